// How the post models are made from the development sets, shared by the training script and the
// test that checks the committed weights are what this code makes of those sets.
import { fileURLToPath } from 'node:url';
import { trainLogistic, type Example, type Trained } from './logistic.ts';
import { loadBlindBatches } from '../eval/blind.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { textFeatures } from '../../rules/learned/features.ts';
import { packWeights } from '../../rules/learned/packed-weights.ts';
import { featureScale, type PackedModel } from '../../rules/learned/post-model.ts';
import { normaliseText } from '../../rules/text/normalise.ts';

const OPTIONS = { minCount: 3, l2: 3e-5, iterations: 1500, rate: 4, scale: featureScale };
/** Features whose first-pass weight is smaller than this barely move a score; the models ship without them. */
const SHIPPED_WEIGHT = 0.2;

/** A development post: its features, which batch it came from, and what reviewers said of it. */
export type DevelopmentPost = { batch: string; features: string[]; leak: boolean; claim: boolean };

/** The models, by the file they are written to and what they learn from a post. */
export const POST_MODELS = [
  { name: 'patient-context', constant: 'PATIENT_CONTEXT_MODEL', label: (p: DevelopmentPost) => p.leak },
  { name: 'claim-context', constant: 'CLAIM_CONTEXT_MODEL', label: (p: DevelopmentPost) => p.claim },
] as const;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const featuresOf = (text: string) => textFeatures(normaliseText(text).text);

/** tests/corpus and every measured first-sight batch. */
export function developmentPosts(): DevelopmentPost[] {
  return [
    ...loadCorpus(here('../../tests/corpus')).map((p) => ({ batch: 'corpus', features: featuresOf(p.text), leak: p.block, claim: p.tone.length > 0 })),
    ...loadBlindBatches(here('../../tests/corpus-blind')).map((p) => ({ batch: p.batch, features: featuresOf(p.text), leak: p.leak, claim: p.claim })),
  ];
}

export const examplesFor = (posts: readonly DevelopmentPost[], label: (p: DevelopmentPost) => boolean): Example[] =>
  posts.map((p) => ({ features: p.features, label: label(p) ? 1 : 0 }));

/** Trained, cut to the features that matter, trained again on those alone, packed. */
export function trainPostModel(examples: readonly Example[]): PackedModel {
  const first = trainLogistic(examples, OPTIONS);
  const only = new Set(Object.keys(first.weights).filter((feature) => Math.abs(first.weights[feature] as number) >= SHIPPED_WEIGHT));
  const model: Trained = trainLogistic(examples, { ...OPTIONS, only });
  return { bias: Math.round(model.bias * 1000) / 1000, weights: packWeights(new Map(Object.entries(model.weights))) };
}
