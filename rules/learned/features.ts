// What the post models read of a text: words, word pairs and where capitalised words sit.
// Chosen for how posts that identify a patient (or make a claim) differ from ordinary posts across authors — "went home",
// "get well", "Mrs <Name>", "<number>-year-old" — not for any one phrasing, so the model sees the
// shape of a care story rather than a word list. Training and checking must call the same function.

import { extendHash, featureHash } from './packed-weights';

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SENTENCE_BREAK = /[.!?\n:]/;
/** Stands in for a capitalised word inside a sentence: a name or a place, whichever it is. */
const CAPITAL = '⟨C⟩';

const DIGITS = /\d+/g;
const HAS_DIGIT = /\d/;

/** Digits by size, so "58" and "91" are one feature and a year another: the model learns "an age", not an age. */
function wordFeature(word: string): string {
  const lower = word.toLowerCase();
  return HAS_DIGIT.test(lower) ? lower.replace(DIGITS, (digits) => (digits.length <= 2 ? '0' : digits.length === 4 ? '0000' : '000')) : lower;
}

/** The features each word brings, with where the word starts: a post's sentences can be scored from one pass. */
export type WordFeatures = { start: number; features: string[] };

/**
 * Walks the words of `text`, giving each with the word before it and, for a capitalised word inside
 * a sentence, what stands before its "⟨C⟩" feature. wordFeatures spells the features out;
 * wordFeatureHashes hashes them without building them.
 */
function eachWord(text: string, visit: (start: number, word: string, previous: string | undefined, beforeCapital: string | undefined) => void): void {
  let previousWord: string | undefined;
  let previousEnd = 0;
  let previousCapital = false;
  for (const match of text.matchAll(TOKEN)) {
    const word = wordFeature(match[0]);
    const startsSentence = previousWord === undefined || SENTENCE_BREAK.test(text.slice(previousEnd, match.index));
    previousEnd = match.index + match[0].length;
    // "Mrs <C>", "to <C>", and "<C> <C>" for a run of capitals (a full name, a place).
    const capital = !startsSentence && CAPITALISED.test(match[0]);
    visit(match.index, word, previousWord, capital ? (previousCapital ? CAPITAL : previousWord) : undefined);
    previousCapital = capital;
    previousWord = word;
  }
}

export function wordFeatures(text: string): WordFeatures[] {
  const found: WordFeatures[] = [];
  eachWord(text, (start, word, previous, beforeCapital) => {
    const features = [word];
    if (previous !== undefined) features.push(`${previous} ${word}`);
    if (beforeCapital !== undefined) features.push(`${beforeCapital} ${CAPITAL}`);
    found.push({ start, features });
  });
  return found;
}

/** A word's features as featureHash hashes them (the word's own first). */
export type WordHashes = { start: number; hashes: number[] };

const CAPITAL_HASH = featureHash(CAPITAL);
const SPACE_CAPITAL = ` ${CAPITAL}`;

/** A word's feature hashes, in wordFeatures' order: the word, the pair with the word before, the capital pair. */
function hashesOf(word: string, previous: string | undefined, beforeCapital: string | undefined, previousHash: number): number[] {
  const hashes = [featureHash(word)];
  if (previous !== undefined) hashes.push(extendHash(previousHash, ` ${word}`));
  if (beforeCapital !== undefined) hashes.push(extendHash(beforeCapital === CAPITAL ? CAPITAL_HASH : previousHash, SPACE_CAPITAL));
  return hashes;
}

/** wordFeatures(text), each feature hashed, without spelling the pairs out: the models read every keystroke's text. */
export function wordFeatureHashes(text: string): WordHashes[] {
  const found: WordHashes[] = [];
  let previousHash = 0;
  eachWord(text, (start, word, previous, beforeCapital) => {
    const hashes = hashesOf(word, previous, beforeCapital, previousHash);
    found.push({ start, hashes });
    previousHash = hashes[0] as number;
  });
  return found;
}

/** The features of `text` whose hashes are `wanted`, spelled out: the few words an explanation shows. */
export function spellFeatures(text: string, wanted: ReadonlySet<number>): Map<number, string> {
  const spelled = new Map<number, string>();
  let previousHash = 0;
  eachWord(text, (_start, word, previous, beforeCapital) => {
    const hashes = hashesOf(word, previous, beforeCapital, previousHash);
    const spellings = [word, ...(previous !== undefined ? [`${previous} ${word}`] : []), ...(beforeCapital !== undefined ? [`${beforeCapital} ${CAPITAL}`] : [])];
    hashes.forEach((hash, i) => {
      if (wanted.has(hash) && !spelled.has(hash)) spelled.set(hash, spellings[i] as string);
    });
    previousHash = hashes[0] as number;
  });
  return spelled;
}

/** The distinct features of a run of words. */
export function distinctFeatures(words: readonly WordFeatures[]): string[] {
  const features = new Set<string>();
  for (const word of words) for (const feature of word.features) features.add(feature);
  return [...features];
}

/** The distinct features of `text` (its canonical form: NFKC, invisibles gone, digits folded). */
export const textFeatures = (text: string): string[] => distinctFeatures(wordFeatures(text));
