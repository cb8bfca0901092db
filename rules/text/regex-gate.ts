// Whether a fixed regular expression can match a text at all: every match needs one of the
// pattern's necessary literals (rules/text/regex-factors.ts), and one literal pass per text finds
// the literals of every pattern the gate has seen. Built-in constructions (claims) run a few dozen
// long case-insensitive alternations over each post, and most posts hold none of their literals.

import { foldCase, normaliseLookalikes } from './fold';
import { LiteralScanner } from './literal-scanner';
import { memoLast } from './memo-last';
import { gateText, patternFactors } from './regex-factors';

/** A pattern with an alternative that needs no literal: it is always run. */
const ALWAYS = -1;

/**
 * Patterns seen for the first time run ungated until this many more gate questions have been
 * asked; then they join the literal pass together. Adding a list rebuilds the shared automaton, so
 * one rebuild per batch of new patterns, not one per pattern in the middle of a check.
 */
const ADD_AFTER_QUESTIONS = 256;

export class RegexGate {
  private readonly scanner = new LiteralScanner();
  private readonly lists = new WeakMap<RegExp, number>();
  private readonly waiting = new Set<RegExp>();
  private questionsSinceFirstWaiting = 0;

  /** `addAfterQuestions` Infinity: patterns join only through prepare(). */
  constructor(private addAfterQuestions = ADD_AFTER_QUESTIONS) {}

  onlyPrepared(): void {
    this.addAfterQuestions = Infinity;
  }

  /**
   * Reads waiting patterns' literals while `timeLeft()` stays positive, then builds the literal pass
   * if none is left, so the next check pays for neither. Returns whether patterns still wait.
   */
  prepare(timeLeft: () => number): boolean {
    if (this.waiting.size === 0 && this.scanner.built) return false;
    for (const pattern of this.waiting) {
      if (timeLeft() <= 0) return true;
      this.lists.set(pattern, this.register(pattern));
      this.waiting.delete(pattern);
    }
    this.questionsSinceFirstWaiting = 0;
    this.scanner.build();
    return false;
  }
  // The gate text the pattern gates of rule kinds read, for any text the pattern runs on.
  private readonly gateTextOf = memoLast((text: string) => gateText(foldCase(normaliseLookalikes(text))));

  /** False only when no match of `pattern` is possible in `text`. */
  mayMatch(pattern: RegExp, text: string): boolean {
    if (this.waiting.size > 0 && ++this.questionsSinceFirstWaiting >= this.addAfterQuestions) this.addWaiting();
    const list = this.lists.get(pattern);
    if (list === undefined) {
      this.waiting.add(pattern);
      return true;
    }
    return list === ALWAYS || this.scanner.find(this.gateTextOf(text), list).length > 0;
  }

  private addWaiting(): void {
    for (const pattern of this.waiting) this.lists.set(pattern, this.register(pattern));
    this.waiting.clear();
    this.questionsSinceFirstWaiting = 0;
  }

  private register(pattern: RegExp): number {
    const required = patternFactors(pattern.source)?.required;
    if (!required || required.some((literals) => literals === null || literals.includes(''))) return ALWAYS;
    return this.scanner.add([...new Set(required.flat() as string[])]);
  }
}

// One gate for every built-in pattern: one literal pass per text serves them all. Reading the
// patterns' literals costs about a tenth of a second in all: batch runs and the background read new
// patterns during a check, a batch at a time (thousands of posts repay it, and no page waits), while
// editors read them only in the page's idle time (prepareGate), never in a check a writer waits for.
const shared = new RegexGate();
let gating = false;

/** From now on, built-in patterns are skipped on texts without their necessary literals. */
export function gateBuiltInPatterns(options: { onlyPrepared?: boolean } = {}): void {
  gating = true;
  if (options.onlyPrepared) shared.onlyPrepared();
}

/** Idle-time work for an editor's gate (see RegexGate.prepare); true while patterns still wait. */
export function prepareGate(timeLeft: () => number): boolean {
  return gating && shared.prepare(timeLeft);
}

/** False only when no match of `pattern` is possible in `text` (then exec and test need not run). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return !gating || shared.mayMatch(pattern, text);
}

/** `text.matchAll(pattern)`, or nothing at once when no match is possible. */
export function matchAllGated(pattern: RegExp, text: string): Iterable<RegExpExecArray> {
  return mayMatch(pattern, text) ? text.matchAll(pattern) : [];
}
