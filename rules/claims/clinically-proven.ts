// Evidence claims: "clinically proven", "scientifically proven", "proven to melt fat". They need
// the evidence itself; a sentence that names its study or source, and public-health statements
// about vaccines and screening, pass.

import { eachMatch, sentenceOf, words } from './find';
import type { ClaimConstruction } from './types';

const PROVEN = words(
  "\\b(?:clinically|scientifically|medically|dermatologically|doctor|science)[- ](?:proven|tested\\s+and\\s+proven|backed|approved|recommended)\\b|\\bproven\\s+to\\s+(?:work|cure|heal|reduce|remove|eliminate|reverse|boost|melt|deliver|give|make|get\\s+rid|clear|banish|restore)\\b|\\b(?:100\\s?%\\s+)?proven\\s+results\\b",
);
const SOURCED_OR_PUBLIC_HEALTH = /\b(?:according\s+to|published|study|studies|trial|trials|nice|cochrane|source|doi|vaccin\w*|jabs?|immunis\w*|screening)\b|\[\d+\]/i;

export const clinicallyProven: ClaimConstruction = {
  meta: { id: 'clinically-proven', docs: '"Clinically/scientifically proven", "proven to ...", "proven results" without a named source in the sentence.' },
  find(text) {
    return eachMatch(PROVEN, text, (m) =>
      SOURCED_OR_PUBLIC_HEALTH.test(sentenceOf(text, m.start, m.end))
        ? undefined
        : {
            start: m.start,
            end: m.end,
            detail: `"${m.text}" is an evidence claim: it needs published clinical evidence for this treatment. Name the study or source, or describe what the treatment does without claiming proof.`,
          },
    );
  },
};
