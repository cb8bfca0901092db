// Learned readings of a whole post. Rules find identifiers and claims by their shape; across
// authors, what they missed was told in words no list held ("flown to Morriston with pelvic
// injuries", "home to your family with the body you deserve"). A small logistic model over
// textFeatures, trained by scripts/train-post-models.ts on the development sets (tests/corpus and
// each first-sight batch once measured), scores the post; the weights are committed
// (*-model.ts) so every build checks the same way. This module is what the models share.
import { spellFeatures, wordFeatureHashes, type WordHashes } from './features';
import { featureHash, unpackWeights } from './packed-weights';
import { memoLast } from '../text/memo-last';
import { sentenceEnds } from '../text/sentences';

export type PostModel = { bias: number; weights: ReadonlyMap<number, number> };
/** A model as the trainer writes it: bias, and weights packed by packWeights. */
export type PackedModel = { bias: number; weights: string };

export const unpackModel = (packed: PackedModel): PostModel => ({ bias: packed.bias, weights: unpackWeights(packed.weights) });

/** A line or two gives a model too few words to tell a story from a rota ("Thanks for the 5 stars!"):
 * shorter posts are left to the rules. */
export const MIN_WORDS = 20;

/** Divided by the square root of the count, so a long post and a short one speak at the same volume. */
export const featureScale = (known: number): number => (known > 0 ? 1 / Math.sqrt(known) : 0);

/** The model's probability for a text whose distinct features hash to these, 0..1. */
function scoreHashes(model: PostModel, hashes: readonly number[]): number {
  let known = 0;
  let sum = 0;
  for (const hash of hashes) {
    const weight = model.weights.get(hash);
    if (weight === undefined) continue;
    known++;
    sum += weight;
  }
  const z = model.bias + sum * featureScale(known);
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability for a text with these distinct features, 0..1. */
export const scoreWith = (model: PostModel, features: readonly string[]): number => scoreHashes(model, features.map(featureHash));

/** A post's words and their features' hashes, read once per text however many rules and models ask. */
const hashedWordsOf = memoLast(wordFeatureHashes);

function distinctHashes(words: readonly WordHashes[]): number[] {
  const hashes = new Set<number>();
  for (const word of words) for (const hash of word.hashes) hashes.add(hash);
  return [...hashes];
}

/** The post's distinct features, hashed once for every model. */
const postHashes = memoLast((text: string): number[] => distinctHashes(hashedWordsOf(text)));

/**
 * Below this share of a post's distinct words known to the model, the post is in a language it
 * barely learned and three loan words would speak for the whole (a clinic's notice in Vietnamese,
 * 3 words of 29 known, read as a patient's story on 'little', 'bác', 'phòng'). In the development
 * sets the lowest share of a post it rightly reads as care is 0.21 (a birthday in romanised Punjabi).
 */
export const MIN_KNOWN_WORDS = 0.15;

/** Each distinct word of the post, hashed (a word's first feature is the word itself). */
const wordHashes = memoLast((text: string): number[] => [...new Set(hashedWordsOf(text).map((word) => word.hashes[0] as number))]);

function knownShare(model: PostModel, text: string): number {
  const hashes = wordHashes(text);
  let known = 0;
  for (const hash of hashes) if (model.weights.has(hash)) known++;
  return known / hashes.length;
}

/** The model's score for a whole post, or undefined when it is too short, or too foreign, to judge. */
export function scorePost(model: PostModel, text: string): number | undefined {
  if (hashedWordsOf(text).length < MIN_WORDS || knownShare(model, text) < MIN_KNOWN_WORDS) return undefined;
  return scoreHashes(model, postHashes(text));
}

/** Of the sentences ending at `ends`, the one the model scores highest, as offsets. */
function strongestSentence(model: PostModel, text: string, ends: readonly number[]): { start: number; end: number } {
  const words = hashedWordsOf(text);
  let best = { start: 0, end: text.length, score: -1 };
  let first = 0;
  let sentenceStart = 0;
  for (const end of ends) {
    let last = first;
    while (last < words.length && (words[last] as WordHashes).start < end) last++;
    if (last > first) {
      const score = scoreHashes(model, distinctHashes(words.slice(first, last)));
      if (score > best.score) best = { start: sentenceStart, end, score };
    }
    first = last;
    sentenceStart = end;
  }
  return best;
}

// Small words weigh in a story ("her", "was", "after") but explain nothing to the writer.
const FUNCTION_WORDS = new Set(
  'a about after again all also an and are as at back be been but by came can did for from got had has have he her him his i in is it its just me mr mrs ms my next not now of off on one or our out over she so that the their them they this to today up us very was we went were who will with would you your'.split(' '),
);
const explains = (feature: string) => !feature.includes('⟨') && !/\d/.test(feature) && !feature.split(' ').every((word) => FUNCTION_WORDS.has(word));

/** The words of `text` that push the model's score up hardest, strongest first, for explanations. */
function strongestCues(model: PostModel, text: string, count: number): string[] {
  const ranked = postHashes(text)
    .map((hash) => ({ hash, weight: model.weights.get(hash) ?? 0 }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
  // (only the features that could be shown are spelled out)
  const spelled = spellFeatures(text, new Set(ranked.map(({ hash }) => hash)));
  return ranked
    .map(({ hash }) => spelled.get(hash) as string)
    .filter(explains)
    .slice(0, count);
}

/** A sentence's span without the spaces and line breaks around it. */
function trimmed(text: string, { start, end }: { start: number; end: number }): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

const CUES_SHOWN = 3;

/** Where a model's finding sits (its strongest sentence) and why, as " (words such as 'x', 'y')". */
export function explainedSpan(model: PostModel, text: string): { start: number; end: number; why: string } {
  const cues = strongestCues(model, text, CUES_SHOWN);
  return {
    ...trimmed(text, strongestSentence(model, text, sentenceEnds(text))),
    why: cues.length > 0 ? ` (words such as ${cues.map((cue) => `'${cue}'`).join(', ')})` : '',
  };
}
