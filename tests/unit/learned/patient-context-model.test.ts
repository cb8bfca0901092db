import { describe, expect, it } from 'vitest';
import { PATIENT_CONTEXT_MODEL } from '../../../rules/learned/patient-context-model';
import { developmentExamples, trainPatientContext } from '../../../scripts/learned/patient-context-training';

describe('the committed patient-context model', () => {
  it('is what scripts/train-patient-context.ts makes of the development sets (retrain after adding a batch)', () => {
    expect(trainPatientContext(developmentExamples())).toEqual(PATIENT_CONTEXT_MODEL);
  }, 60_000);
});
