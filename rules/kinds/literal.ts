// Shared by `terms` and `substitution`: find a list of literal phrases as whole words, optionally
// ignoring case, with one automaton for the whole list. "risk free" also matches "risk\u00a0free",
// "won't" matches "won’t".

import { leftmostLongest, TermAutomaton } from '../text/automaton';
import { foldCase, normaliseLookalikes } from '../text/fold';
import { isWholeWord } from '../text/words';
import type { CheckInput } from './types';

export type LiteralMatch = { start: number; end: number; term: number };

export type LiteralOptions = { caseSensitive: boolean; wholeWord: boolean };

export function compileLiterals(terms: readonly string[], options: LiteralOptions): (input: CheckInput) => LiteralMatch[] {
  const normalised = terms.map((term) => {
    const plain = normaliseLookalikes(term.trim());
    return options.caseSensitive ? plain : foldCase(plain);
  });
  const automaton = new TermAutomaton(normalised);
  return (input) => {
    const haystack = options.caseSensitive ? input.normalised() : input.folded();
    const found = automaton.scan(haystack);
    const bounded = options.wholeWord ? found.filter((m) => isWholeWord(input.text, m.start, m.end)) : found;
    return leftmostLongest(bounded);
  };
}
