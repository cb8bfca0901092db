// Which words are given names. The compact list (detectors/names/given-names.ts) is always there:
// it is small enough for the content script. Where size does not matter (Node, the CLI, extension
// pages), rules/index.ts adds the generated name data (people/name-data.ts, ~8,000 names), and the
// content script can add the same data once the background has handed it over. Lookups fold
// diacritics, so "Zoë" and "Inés" are found as "Zoe" and "Ines".
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../detectors/names/given-names';

const added = new Set<string>();
const addedAmbiguous = new Set<string>();

const fold = (word: string): string => (/[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word);

/** Adds names (space-separated, capitalised, without diacritics) to every later lookup. */
export function addGivenNames(names: string, ambiguous = ''): void {
  for (const name of names.split(' ')) if (name) added.add(name);
  for (const name of ambiguous.split(' ')) if (name) addedAmbiguous.add(name);
}

export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  // "Ana-Lucía", "Isla-Rose": a double given name is a name when its first part is.
  const hyphen = word.indexOf('-');
  if (hyphen > 1) return isGivenName(word.slice(0, hyphen));
  const folded = fold(word);
  return GIVEN_NAMES.has(folded) || added.has(folded) || addedAmbiguous.has(folded);
}

/** A given name that is also an everyday word ("Will", "Hope", "Amber"): it needs a surname or a cue. */
export function isAmbiguousName(word: string): boolean {
  if (AMBIGUOUS_GIVEN_NAMES.has(word)) return true;
  const folded = fold(word);
  return !GIVEN_NAMES.has(folded) && addedAmbiguous.has(folded);
}
