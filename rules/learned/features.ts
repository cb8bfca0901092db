// What the post models read of a text: words, word pairs and where capitalised words sit.
// Chosen for how posts that identify a patient (or make a claim) differ from ordinary posts across authors — "went home",
// "get well", "Mrs <Name>", "<number>-year-old" — not for any one phrasing, so the model sees the
// shape of a care story rather than a word list. Training and checking must call the same function.

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

export function wordFeatures(text: string): WordFeatures[] {
  const found: WordFeatures[] = [];
  let previousWord = '';
  let previousEnd = 0;
  let previousCapital = false;
  for (const match of text.matchAll(TOKEN)) {
    const word = wordFeature(match[0]);
    const startsSentence = found.length === 0 || SENTENCE_BREAK.test(text.slice(previousEnd, match.index));
    previousEnd = match.index + match[0].length;
    const features = [word];
    if (found.length > 0) features.push(`${previousWord} ${word}`);
    // "Mrs <C>", "to <C>", and "<C> <C>" for a run of capitals (a full name, a place).
    const capital = !startsSentence && CAPITALISED.test(match[0]);
    if (capital) features.push(`${previousCapital ? CAPITAL : previousWord} ${CAPITAL}`);
    previousCapital = capital;
    previousWord = word;
    found.push({ start: match.index, features });
  }
  return found;
}

/** The distinct features of a run of words. */
export function distinctFeatures(words: readonly WordFeatures[]): string[] {
  const features = new Set<string>();
  for (const word of words) for (const feature of word.features) features.add(feature);
  return [...features];
}

/** The distinct features of `text` (its canonical form: NFKC, invisibles gone, digits folded). */
export const textFeatures = (text: string): string[] => distinctFeatures(wordFeatures(text));
