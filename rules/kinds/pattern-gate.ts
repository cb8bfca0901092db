// Which of a pattern's top-level alternatives can match this text at all. An alternative whose
// necessary literals (rules/text/regex-factors.ts) are nowhere in the text is left out of the
// regex the check runs; the others keep their order, so every match is the one the whole pattern
// finds (at each position the first matching alternative wins, and a left-out one never matches).
// The ruleset's one literal pass per text (literal-scanner.ts) replaces V8 trying dozens of
// alternatives at every position.

import type { LiteralScanners } from '../text/literal-scanner';
import { gateText, patternFactors } from '../text/regex-factors';
import type { CheckInput } from './types';

/** Regexes for the subsets of alternatives texts have needed; bounded for rulesets edited for hours. */
const MAX_SUBSETS = 64;

// The gate text is the same for every pattern rule in one check.
const gateTexts = new WeakMap<CheckInput, string>();

function gateTextOf(input: CheckInput): string {
  let text = gateTexts.get(input);
  if (text === undefined) gateTexts.set(input, (text = gateText(input.folded())));
  return text;
}

/** Returns the regex to run on a text (a fresh one, lastIndex 0), or null when nothing can match. */
export function compileAlternativeGate(pattern: string, flags: string, scanners: LiteralScanners): (input: CheckInput) => RegExp | null {
  const whole = new RegExp(pattern, flags);
  const factors = patternFactors(pattern);
  if (!factors || factors.required.every((literals) => literals === null)) return () => new RegExp(whole);
  const { alternatives, required } = factors;
  const literals = [...new Set(required.flatMap((set) => set ?? []))];
  const literalIndex = new Map(literals.map((literal, index) => [literal, index]));
  const alternativesOf: number[][] = literals.map(() => []);
  required.forEach((set, alternative) => set?.forEach((literal) => alternativesOf[literalIndex.get(literal) as number]?.push(alternative)));
  const scanner = scanners.get('pattern-gate');
  const list = scanner.add(literals);
  const subsets = new Map<string, RegExp>();
  return (input) => {
    const possible = required.map((set) => set === null);
    for (const match of scanner.find(gateTextOf(input), list)) {
      for (const alternative of alternativesOf[match.term] as number[]) possible[alternative] = true;
    }
    if (possible.every(Boolean)) return new RegExp(whole);
    if (!possible.some(Boolean)) return null;
    const key = possible.map((on) => (on ? '1' : '0')).join('');
    let regex = subsets.get(key);
    if (!regex) {
      if (subsets.size >= MAX_SUBSETS) subsets.clear();
      regex = new RegExp(alternatives.filter((_, index) => possible[index]).join('|'), flags);
      subsets.set(key, regex);
    }
    return new RegExp(regex);
  };
}
