// How the patient-context model is made from the development sets, shared by the training script
// and the test that checks the committed weights are what this code makes of those sets.
import { fileURLToPath } from 'node:url';
import { trainLogistic, type Example, type Trained } from './logistic.ts';
import { loadBlindBatches } from '../eval/blind.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { textFeatures } from '../../rules/learned/features.ts';
import { packWeights } from '../../rules/learned/packed-weights.ts';
import { featureScale } from '../../rules/learned/patient-context.ts';
import { normaliseText } from '../../rules/text/normalise.ts';

const OPTIONS = { minCount: 3, l2: 3e-5, iterations: 1500, rate: 4, scale: featureScale };
/** Features whose first-pass weight is smaller than this barely move a score; the model ships without them. */
const SHIPPED_WEIGHT = 0.2;

export type LabelledExample = Example & { batch: string };
export type ShippedModel = { bias: number; weights: string };

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const featuresOf = (text: string) => textFeatures(normaliseText(text).text);

/** tests/corpus and every measured first-sight batch, labelled 1 where the post identifies a patient. */
export function developmentExamples(): LabelledExample[] {
  return [
    ...loadCorpus(here('../../tests/corpus')).map((p) => ({ batch: 'corpus', features: featuresOf(p.text), label: p.block ? 1 : 0 }) as const),
    ...loadBlindBatches(here('../../tests/corpus-blind')).map((p) => ({ batch: p.batch, features: featuresOf(p.text), label: p.leak ? 1 : 0 }) as const),
  ];
}

/** Trained, cut to the features that matter, trained again on those alone, packed. */
export function trainPatientContext(examples: readonly Example[]): ShippedModel {
  const first = trainLogistic(examples, OPTIONS);
  const only = new Set(Object.keys(first.weights).filter((feature) => Math.abs(first.weights[feature] as number) >= SHIPPED_WEIGHT));
  const model: Trained = trainLogistic(examples, { ...OPTIONS, only });
  return { bias: Math.round(model.bias * 1000) / 1000, weights: packWeights(new Map(Object.entries(model.weights))) };
}
