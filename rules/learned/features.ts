// What the patient-context model reads of a text: words, word pairs and where capitalised words sit.
// Chosen for how posts that identify a patient differ from ordinary posts across authors — "went home",
// "get well", "Mrs <Name>", "<number>-year-old" — not for any one phrasing, so the model sees the
// shape of a care story rather than a word list. Training and checking must call the same function.

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SENTENCE_BREAK = /[.!?\n:]/;
/** Stands in for a capitalised word inside a sentence: a name or a place, whichever it is. */
const CAPITAL = '⟨C⟩';

/** Digits by size, so "58" and "91" are one feature and a year another: the model learns "an age", not an age. */
function wordFeature(word: string): string {
  return word.toLowerCase().replace(/\d+/g, (digits) => (digits.length <= 2 ? '0' : digits.length === 4 ? '0000' : '000'));
}

/** The distinct features of `text` (its canonical form: NFKC, invisibles gone, digits folded). */
export function textFeatures(text: string): string[] {
  const words: string[] = [];
  const features = new Set<string>();
  let previousEnd = 0;
  let previousCapital = false;
  for (const match of text.matchAll(TOKEN)) {
    const word = wordFeature(match[0]);
    const startsSentence = words.length === 0 || SENTENCE_BREAK.test(text.slice(previousEnd, match.index));
    previousEnd = match.index + match[0].length;
    // "Mrs <C>", "to <C>", and "<C> <C>" for a run of capitals (a full name, a place).
    const capital = !startsSentence && CAPITALISED.test(match[0]);
    if (capital) features.add(`${previousCapital ? CAPITAL : words[words.length - 1]} ${CAPITAL}`);
    previousCapital = capital;
    features.add(word);
    if (words.length > 0) features.add(`${words[words.length - 1]} ${word}`);
    words.push(word);
  }
  return [...features];
}
