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

export class RegexGate {
  private readonly scanner = new LiteralScanner();
  private readonly lists = new WeakMap<RegExp, number>();
  // The gate text the pattern gates of rule kinds read, for any text the pattern runs on.
  private readonly gateTextOf = memoLast((text: string) => gateText(foldCase(normaliseLookalikes(text))));

  /** False only when no match of `pattern` is possible in `text`. */
  mayMatch(pattern: RegExp, text: string): boolean {
    let list = this.lists.get(pattern);
    if (list === undefined) {
      list = this.register(pattern);
      this.lists.set(pattern, list);
    }
    return list === ALWAYS || this.scanner.find(this.gateTextOf(text), list).length > 0;
  }

  private register(pattern: RegExp): number {
    const required = patternFactors(pattern.source)?.required;
    if (!required || required.some((literals) => literals === null || literals.includes(''))) return ALWAYS;
    return this.scanner.add([...new Set(required.flat() as string[])]);
  }
}

// One gate for every built-in pattern: one literal pass per text serves them all.
const shared = new RegexGate();

/** False only when no match of `pattern` is possible in `text` (then exec and test need not run). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return shared.mayMatch(pattern, text);
}

/** `text.matchAll(pattern)`, or nothing at once when no match is possible. */
export function matchAllGated(pattern: RegExp, text: string): Iterable<RegExpExecArray> {
  return shared.mayMatch(pattern, text) ? text.matchAll(pattern) : [];
}
