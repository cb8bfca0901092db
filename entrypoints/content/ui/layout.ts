// Everything that measures the page runs here, once per frame at most, never in an input handler.
const pending = new Set<() => void>();
let frame = 0;

export function requestLayout(task: () => void): void {
  pending.add(task);
  if (!frame) {
    frame = requestAnimationFrame(() => {
      frame = 0;
      const tasks = [...pending];
      pending.clear();
      for (const t of tasks) t();
    });
  }
}
