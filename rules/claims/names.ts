// The built-in claim constructions by the names rulesets use in `claim:` (kept apart from their
// code so the schema can list them without loading it).

export const CLAIM_NAMES = [
  'absolute-outcome',
  'cure-verb',
  'clinically-proven',
  'provider-superlative',
  'fear-urgency',
  'testimonial',
  'stop-medicine',
  'prescription-only',
  'fertility-pressure',
  'outcome-denial',
  'promise',
  'claim-context',
] as const;
export type ClaimName = (typeof CLAIM_NAMES)[number];
