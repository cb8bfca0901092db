// Shared by `terms`, `substitution` and rule contexts: find a list of literal phrases as whole
// words, optionally ignoring case, with one automaton for the whole list. "risk free" also matches
// "risk\u00a0free", "won't" matches "won’t". A phrase ending in "*" matches any word starting with
// it, and the match runs to the end of that word ("guarantee*" finds "guaranteed" whole).

import { leftmostLongest, TermAutomaton } from '../text/automaton';
import { foldCase, normaliseLookalikes } from '../text/fold';
import { charAt, isWholeWord, isWordChar } from '../text/words';
import type { CheckInput } from './types';

export type LiteralMatch = { start: number; end: number; term: number };

export type LiteralOptions = { caseSensitive: boolean; wholeWord: boolean };

const PREFIX_MARK = '*';

/** Every match of every phrase, overlapping ones included (context lists need them all). */
export function compileLiteralScan(terms: readonly string[], options: LiteralOptions): (input: CheckInput) => LiteralMatch[] {
  const prefix = terms.map((term) => term.trim().endsWith(PREFIX_MARK));
  const normalised = terms.map((term, index) => {
    const trimmed = term.trim();
    const plain = normaliseLookalikes(prefix[index] ? trimmed.slice(0, -PREFIX_MARK.length).trimEnd() : trimmed);
    return options.caseSensitive ? plain : foldCase(plain);
  });
  const phrase = normalised.map((term) => /\s/.test(term));
  const automaton = new TermAutomaton(normalised);
  return (input) => {
    const haystack = options.caseSensitive ? input.normalised() : input.folded();
    const matches: LiteralMatch[] = [];
    for (const match of automaton.scan(haystack)) {
      if (prefix[match.term]) {
        const end = endOfWord(input.text, match.end);
        if (!options.wholeWord || isWholeWord(input.text, match.start, end)) matches.push({ ...match, end });
      } else if (!options.wholeWord || (isWholeWord(input.text, match.start, match.end) && !(phrase[match.term] && opensCompound(input.text, match.end)))) {
        matches.push(match);
      }
    }
    return matches;
  };
}

/** The leftmost-longest matches: what a reader sees as "the" phrases in the text. */
export function compileLiterals(terms: readonly string[], options: LiteralOptions): (input: CheckInput) => LiteralMatch[] {
  const scan = compileLiteralScan(terms, options);
  return (input) => leftmostLongest(scan(input));
}

/** A phrase whose last word runs on into a compound is a different phrase: "for life-threatening emergencies" is not "for life". */
function opensCompound(text: string, end: number): boolean {
  return (text[end] === '-' || text[end] === '\u2011') && isWordChar(charAt(text, end + 1));
}

function endOfWord(text: string, index: number): number {
  let end = index;
  for (let char = charAt(text, end); isWordChar(char); char = charAt(text, end)) end += (char as string).length;
  return end;
}
