// Testimonials used as promises: a quoted first-person result in a post that sells ("I lost 3
// stone in 12 weeks!" ⭐⭐⭐⭐⭐), and the lines that turn one person's result into everyone's ("real
// patient, real results", "results like these can be yours", "we can make it happen for you too").

import { eachMatch, words } from './find';
import { SELLING } from './lexicon';
import type { ClaimConstruction } from './types';

const QUOTE = /["“]([^"”\n]{12,220})["”]/gu;
const FIRST_PERSON_RESULT =
  /\b(?:i|i'm|i've|my|me)\b[^]*\b(?:lost|cured|reversed|healed|gone|disappeared|off\s+(?:all\s+)?(?:of\s+)?my\s+(?:meds|medication|tablets|pills)|pain[- ]free|never\s+(?:felt|looked)\s+better|changed\s+my\s+life|life[- ]changing|new\s+(?:person|woman|man)|years\s+younger|got\s+my\s+life\s+back|miracle|can\s+(?:finally\s+)?see|no\s+more|never\s+going\s+back)\b/i;
const PROMOTED = /⭐|★|\b(?:real\s+\w*\s*patients?|our\s+(?:clients|patients|customers)\s+say|review|testimonial|you\s+could\s+be\s+next)\b/i;

const GENERALISED = words(
  "\\breal\\s+(?:patients?|people|clients?|mums?|women|men|smiles)[,.!]?\\s+real\\s+(?:results?|stories|people|smiles)\\b|\\breal\\s+results\\s+from\\s+real\\b|\\b(?:results?|transformations?|smiles?|bodies)\\s+like\\s+(?:these|this|hers|his|theirs)\\s+(?:can|could|will)\\s+be\\s+(?:yours|you)(?:\\s+too)?\\b|\\b(?:you|yours)\\s+could\\s+be\\s+next\\b|\\byou'?ll\\s+get\\s+the\\s+same\\s+results?\\b|\\byou\\s+(?:can|could|will)\\s+(?:have|get|see)\\s+(?:the\\s+)?same\\s+results?\\b|\\bresults\\s+(?:are|like\\s+this\\s+are)\\s+typical\\b|\\b(?:can|could|will)\\s+(?:make\\s+it\\s+happen|do\\s+it|do\\s+the\\s+same)\\s+for\\s+you(?:\\s+too)?\\b|\\b(?:it|this)\\s+could\\s+be\\s+you\\b|\\bjoin\\s+(?:\\d[\\d,]*\\+?|1000s|thousands|hundreds|\\d+k)\\s+(?:of\\s+)?(?:happy|satisfied|delighted|thrilled)\\b|\\b(?:that's|this\\s+is)\\s+what\\s+our\\s+(?:clients|patients|customers)\\s+say\\b|\\bproof\\s+that\\b|\\bthen\\s+(?:vs\\.?|v\\.?|versus|and|&)\\s+now\\b|\\b(?:slide|swipe|scroll)\\s+(?:through|across|left|right)?\\s*to\\s+see\\s+the\\s+(?:difference|results?|transformation|change)\\b",
);

const DETAIL =
  "A testimonial or one patient's result is presented as what others will get. Results vary: show typical results with their source, say results vary, and hold the patient's written consent.";

export const testimonial: ClaimConstruction = {
  meta: { id: 'testimonial', docs: "A quoted first-person result in a promotional post, and lines that promise one patient's result to everyone." },
  find(text) {
    const promoted = SELLING.test(text) || PROMOTED.test(text);
    const quoted = promoted
      ? eachMatch(QUOTE, text, (m) => (FIRST_PERSON_RESULT.test(m.groups[0] ?? '') ? { start: m.start, end: m.end, detail: DETAIL } : undefined))
      : [];
    return [...quoted, ...eachMatch(GENERALISED, text, (m) => ({ start: m.start, end: m.end, detail: DETAIL }))];
  },
};
