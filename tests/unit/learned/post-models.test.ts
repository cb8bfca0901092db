import { describe, expect, it } from 'vitest';
import { CLAIM_CONTEXT_MODEL } from '../../../rules/learned/claim-context-model';
import { PATIENT_CONTEXT_MODEL } from '../../../rules/learned/patient-context-model';
import { developmentPosts, examplesFor, POST_MODELS, trainPostModel } from '../../../scripts/learned/post-model-training';

const COMMITTED = { 'patient-context': PATIENT_CONTEXT_MODEL, 'claim-context': CLAIM_CONTEXT_MODEL };

describe('the committed post models', () => {
  const posts = developmentPosts();
  for (const { name, label } of POST_MODELS) {
    it(`${name} is what scripts/train-post-models.ts makes of the development sets (retrain after adding a batch)`, () => {
      expect(trainPostModel(examplesFor(posts, label))).toEqual(COMMITTED[name]);
    }, 60_000);
  }
});
