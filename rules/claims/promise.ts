// Promises and prizes in fresh wording: "You WILL conceive with us", "you'll be back on the golf
// course in six weeks", "we'll pay you back if you don't drop two dress sizes"; "we'll pick one at
// random", "your chance to bag a free HydraFacial", "be in with a shot at free lip filler". The
// shapes: a definite future outcome for the reader, a refund tied to a result, and a prize draw
// word with a free treatment.

import { eachMatch, words } from './find';
import type { ClaimConstruction, ClaimHit } from './types';

const OUTCOME_PROMISE = words(
  "\\b(?:you\\s+will|you'll|you\\s+WILL)\\s+(?:definitely\\s+|certainly\\s+|100%\\s+)?(?:conceive|get\\s+pregnant|take\\s+home\\s+a\\s+baby|have\\s+(?:a|your)\\s+baby|lose\\s+\\d+|drop\\s+(?:\\d+|one|two|three)\\s+(?:dress\\s+)?sizes?|be\\s+(?:back\\s+on|pain[- ]free|glasses[- ]free|cured)|never\\s+(?:need|wear|have\\s+to))\\b|\\b(?:we'll|we\\s+will)\\s+(?:pay\\s+you\\s+back|refund\\s+(?:you|every\\s+penny|in\\s+full)|give\\s+you\\s+your\\s+money\\s+back)\\s+if\\b",
);
/** Results promised against the clock: "many patients noticing results within hours". */
const FAST_RESULT = words(
  "\\b(?:see|seeing|sees|notice|noticing|notices|feel|feeling|feels|get|getting)\\s+(?:the\\s+)?(?:results?|a\\s+difference|the\\s+difference|relief)\\s+(?:with)?in\\s+(?:just\\s+|only\\s+)?(?:hours|minutes|days|(?:\\d+|one|two|three|a\\s+few|24|48)\\s+(?:hours?|minutes?|days?|sessions?))\\b",
);
const PRIZE = words(
  "\\b(?:pick|picking|draw|drawing|choose|choosing)\\s+(?:one|a|two|three|\\d+)?\\s*(?:lucky\\s+)?(?:winners?|followers?|people|person|names?)?\\s*(?:at\\s+random|out\\s+of\\s+a\\s+hat)\\b|\\b(?:chance|shot)\\s+(?:to|at)\\s+(?:win|bag|grab|nab|score|get|bagging|winning)?\\s*(?:a\\s+|an\\s+|your\\s+)?free\\b|\\bbag\\s+(?:yourself\\s+)?(?:a\\s+)?free\\b|\\bin\\s+with\\s+a\\s+(?:shot|chance)\\b",
);
const TREATMENT = /\b(?:filler|botox|tox|facials?|hydrafacial|peels?|laser|lasik|whitening|veneers?|aligners?|ivf|treatments?|procedures?|sessions?|injections?|lipo\w*|microneedling|hifu|drips?|consultation)\b/i;
const CHARITY = /\b(?:raffle\s+in\s+aid|charity|fundrais\w*|league\s+of\s+friends|hamper|staff\s+(?:award|prize))\b/i;

export const promise: ClaimConstruction = {
  meta: { id: 'promise', docs: 'A definite outcome promised to the reader (you WILL conceive), a refund tied to a result, and a prize draw for a treatment.' },
  find(text) {
    const promises = eachMatch(OUTCOME_PROMISE, text, (m): ClaimHit => ({
      start: m.start,
      end: m.end,
      detail: `"${m.text}" promises an outcome no treatment can guarantee. Describe what is typical and say results vary.`,
    }));
    const fast = eachMatch(FAST_RESULT, text, (m): ClaimHit => ({
      start: m.start,
      end: m.end,
      detail: `"${m.text}" promises quick results that not every patient gets. Say what is typical, how long it usually takes, and that results vary.`,
    }));
    const prizes =
      TREATMENT.test(text) && !CHARITY.test(text)
        ? eachMatch(PRIZE, text, (m): ClaimHit => ({
            start: m.start,
            end: m.end,
            detail: `"${m.text}" offers a medical or cosmetic treatment as a prize. Treatments need a consultation and time to decide: remove the competition.`,
          }))
        : [];
    return [...promises, ...fast, ...prizes];
  },
};
