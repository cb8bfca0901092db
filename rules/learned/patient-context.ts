// A learned reading of a whole post: how much it reads like one person's care told in public.
// Rules find identifiers by their shape; across authors, the posts they missed were stories told
// in words no list held ("flown to Morriston with pelvic injuries", "picked up her 90-day chip").
// A logistic model over textFeatures, trained by scripts/train-patient-context.ts on the
// development sets (tests/corpus and each first-sight batch once measured), scores the post; the
// weights are committed (patient-context-model.ts) so every build checks the same way.
import { distinctFeatures, wordFeatures, type WordFeatures } from './features';
import { featureHash, unpackWeights } from './packed-weights';
import { PATIENT_CONTEXT_MODEL } from './patient-context-model';
import { memoLast } from '../text/memo-last';

/** From here up the post reads as a patient's story: the patient-context rule reports it. */
export const READS_AS_CARE = 0.7;
/** Below this the post reads as about no one's care: rules that opt in lower their hits one step. */
export const READS_AS_NOT_CARE = 0.25;
/** A line or two gives the model too few words to tell a story from a rota ("Thanks for the 5 stars!"):
 * shorter posts are left to the rules. */
export const MIN_WORDS = 20;
// All three chosen by replaying batches 06-08 with the rules as they stood at first sight and a
// model trained only on the batches before each: together they blocked 95-96% of leaks and wrongly
// blocked 4-9% of other posts, against 76-85% and 10-16% for the rules alone.

export type PatientContextModel = { bias: number; weights: ReadonlyMap<number, number> };

const trained: PatientContextModel = { bias: PATIENT_CONTEXT_MODEL.bias, weights: unpackWeights(PATIENT_CONTEXT_MODEL.weights) };

/** Divided by the square root of the count, so a long post and a short one speak at the same volume. */
export const featureScale = (known: number): number => (known > 0 ? 1 / Math.sqrt(known) : 0);

/** Probability that a text with these features tells of an identifiable patient's care, 0..1. */
export function scoreWith(model: PatientContextModel, features: readonly string[]): number {
  let known = 0;
  let sum = 0;
  for (const feature of features) {
    const weight = model.weights.get(featureHash(feature));
    if (weight === undefined) continue;
    known++;
    sum += weight;
  }
  const z = model.bias + sum * featureScale(known);
  return 1 / (1 + Math.exp(-z));
}

export type PostReading = 'care' | 'not-care' | 'unsure';

/** A post's words and their features, read once per text however many rules ask. */
const wordsOf = memoLast(wordFeatures);

/** How the whole post reads. */
export const readPost = memoLast((text: string): PostReading => {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return 'unsure';
  const score = scoreWith(trained, distinctFeatures(words));
  return score >= READS_AS_CARE ? 'care' : score < READS_AS_NOT_CARE ? 'not-care' : 'unsure';
});

/** Of the sentences ending at `ends`, the one that reads most like a patient's story, as word offsets. */
export function strongestSentence(text: string, ends: readonly number[]): { start: number; end: number } {
  const words = wordsOf(text);
  let best = { start: 0, end: text.length, score: -1 };
  let first = 0;
  let sentenceStart = 0;
  for (const end of ends) {
    let last = first;
    while (last < words.length && (words[last] as WordFeatures).start < end) last++;
    if (last > first) {
      const score = scoreWith(trained, distinctFeatures(words.slice(first, last)));
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

/** The words of `text` that push hardest towards "a patient's story", strongest first, for explanations. */
export function strongestCues(text: string, count: number): string[] {
  return distinctFeatures(wordsOf(text))
    .filter(explains)
    .map((feature) => ({ feature, weight: trained.weights.get(featureHash(feature)) ?? 0 }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count)
    .map(({ feature }) => feature);
}
