// Progress on stderr: posts done, rate and, when the input size is known, percent and time left.
// On a terminal the line is redrawn in place; when forced onto a pipe or file (--progress) it
// prints a plain line every few seconds, which reads well in CI logs.

export type ProgressOptions = {
  write: (text: string) => void;
  terminal: boolean;
  /** Total work in the unit of `done` (bytes of input, or posts), when known. */
  total?: number;
  now?: () => number;
};

const REDRAW_MS = 100;
const LOG_MS = 5000;
const BAR_WIDTH = 20;

function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const count = (n: number) => n.toLocaleString('en-GB');

export class Progress {
  private posts = 0;
  private done = 0;
  private readonly started: number;
  private lastDrawn = -Infinity;
  private drawn = false;
  private readonly now: () => number;

  private total: number | undefined;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.total = options.total;
  }

  /** For work whose size is known only once it has started (an archive, after reading it). */
  setTotal(total: number): void {
    this.total = total;
  }

  /** `work` is in the unit of `total` (bytes or posts); defaults to the posts themselves. */
  advance(posts: number, work = posts): void {
    this.posts += posts;
    this.done += work;
    const at = this.now();
    if (at - this.lastDrawn >= (this.options.terminal ? REDRAW_MS : LOG_MS)) this.draw(at);
  }

  /** Prints a message above the bar so the two never mix on one line. */
  log(text: string): void {
    this.clear();
    this.options.write(`${text}\n`);
    if (this.drawn && this.options.terminal) this.draw(this.now());
  }

  /** The final figures, then the line is released. */
  finish(): void {
    this.draw(this.now());
    if (this.options.terminal) this.options.write('\n');
    this.drawn = false;
  }

  line(at = this.now()): string {
    const seconds = (at - this.started) / 1000;
    const rate = seconds > 0 ? this.posts / seconds : 0;
    const parts = [`${count(this.posts)} posts`, `${count(Math.round(rate))}/s`];
    const { total } = this;
    if (total !== undefined && total > 0) {
      const fraction = Math.min(1, this.done / total);
      const filled = Math.round(fraction * BAR_WIDTH);
      parts.push(`[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}%`);
      if (fraction > 0 && fraction < 1) parts.push(`${duration((seconds / fraction) * (1 - fraction))} left`);
    }
    parts.push(`${duration(seconds)} elapsed`);
    return `clearpost: ${parts.join(' · ')}`;
  }

  private draw(at: number): void {
    this.lastDrawn = at;
    this.drawn = true;
    this.options.write(this.options.terminal ? `\r\x1b[2K${this.line(at)}` : `${this.line(at)}\n`);
  }

  private clear(): void {
    if (this.drawn && this.options.terminal) this.options.write('\r\x1b[2K');
  }
}
