// Built-in patterns skip drafts that hold none of their literals (rules/text/regex-gate.ts). Reading
// a pattern's literals is the page's idle-time work, never a keystroke's: a check that meets
// patterns not read yet runs them in full, and they are read once the page is idle again.
import { gateBuiltInPatterns, prepareGate } from '../../rules/text/regex-gate';

/** Left of each idle period for the page's own work. */
const SPARE_MS = 2;
/** Where the browser has no idle callbacks: a short slice after a pause. */
const FALLBACK_SLICE_MS = 8;
const FALLBACK_DELAY_MS = 200;

type Deadline = { timeRemaining(): number };

function whenIdle(run: (deadline: Deadline) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(run, { timeout: 5_000 });
    return;
  }
  setTimeout(() => {
    const until = performance.now() + FALLBACK_SLICE_MS;
    run({ timeRemaining: () => until - performance.now() });
  }, FALLBACK_DELAY_MS);
}

let scheduled = false;

export function gateInIdleTime(): void {
  gateBuiltInPatterns({ onlyPrepared: true });
}

/** After a check: reads the patterns it met for the first time, in the next idle periods. */
export function prepareGateWhenIdle(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle((deadline) => {
    scheduled = false;
    if (prepareGate(() => deadline.timeRemaining() - SPARE_MS)) prepareGateWhenIdle();
  });
}
