// Re-reading extension storage whenever it changes, one read at a time: a slow read never
// overwrites a newer one, and a failed read (e.g. a broken engine build) does not stop later ones.

export type StorageChangeEvent = {
  addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
};

/** Runs `step` now and after every relevant change; `isActive()` turns false once stopped. */
export function watchStorageSerially(
  onChanged: StorageChangeEvent,
  relevant: (changes: Record<string, unknown>, area: string) => boolean,
  step: (isActive: () => boolean) => Promise<void>,
): () => void {
  let active = true;
  let pending = Promise.resolve();
  const isActive = () => active;
  const run = () => {
    pending = pending.then(() => step(isActive)).catch((error: unknown) => console.error('Clearpost: reading the ruleset settings failed', error));
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (relevant(changes, area)) run();
  };
  onChanged.addListener(listener);
  run();
  return () => {
    active = false;
    onChanged.removeListener(listener);
  };
}
