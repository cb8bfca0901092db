// Full UK postcodes, valid by the Royal Mail format rules (research/domain.md §2).
import { createContactDetector } from './contact-owner';

// Outward code AN, ANN, AAN, AANN, ANA, AANA (Q, V, X never first; I, J, Z never second), inward 9AA
// with no C, I, K, M, O, V.
const POSTCODE =
  /(?<![A-Za-z0-9])(?:GIR[ \u00a0]?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)[ \u00a0]?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/g;

export const ukPostcode = createContactDetector({
  id: 'uk-postcode',
  description:
    "Full UK postcodes in valid Royal Mail formats ('SW1A 1AA', 'M1 1AE', 'EC1A 1BB'); errors next to a person ('lives in', 'her address', patient), warnings otherwise. Ignores outward codes alone ('M1'), invalid letter positions, and the organisation's own postcodes.",
  pattern: POSTCODE,
  kind: 'postcode',
});
