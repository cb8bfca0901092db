// Every built-in claim construction, by name.

import { absoluteOutcome } from './absolute-outcome';
import { claimContext } from './claim-context';
import { clinicallyProven } from './clinically-proven';
import { cureVerb } from './cure-verb';
import { fearUrgency } from './fear-urgency';
import { fertilityPressure } from './fertility-pressure';
import { outcomeDenial } from './outcome-denial';
import type { ClaimName } from './names';
import { prescriptionOnly } from './prescription-only';
import { promise } from './promise';
import { providerSuperlative } from './provider-superlative';
import { stopMedicine } from './stop-medicine';
import { testimonial } from './testimonial';
import type { ClaimConstruction } from './types';

export { CLAIM_NAMES, type ClaimName } from './names';
export type { ClaimConstruction, ClaimHit } from './types';

export const CLAIMS: Record<ClaimName, ClaimConstruction> = {
  'absolute-outcome': absoluteOutcome,
  'cure-verb': cureVerb,
  'clinically-proven': clinicallyProven,
  'provider-superlative': providerSuperlative,
  'fear-urgency': fearUrgency,
  testimonial,
  'stop-medicine': stopMedicine,
  'prescription-only': prescriptionOnly,
  'fertility-pressure': fertilityPressure,
  'outcome-denial': outcomeDenial,
  promise,
  'claim-context': claimContext,
};
