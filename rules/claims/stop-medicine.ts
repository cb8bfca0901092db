// Advice to stop, skip or distrust a medicine or vaccine: "no need for the antidepressants your GP
// keeps pushing", "skip the flu shot this year", "stop wasting years on antidepressants that don't
// work". Dangerous whatever the product. Safety advice ("don't stop your antidepressants
// suddenly") is negated and so never reaches here.

import { MEDICINE } from './lexicon';
import { eachMatch, words } from './find';
import type { ClaimConstruction } from './types';

const DETERMINER = "(?:\\s+(?:the|your|all|any|those|that|these|them|of|more|(?:\\w+-)?\\w+(?=\\s)))??";
const STOP = words(
  `\\bno\\s+(?:more\\s+)?need\\s+(?:for|to\\s+take)${DETERMINER}${DETERMINER}\\s+${MEDICINE}\\b|\\b(?:skip|skipping|ditch|ditching|dump|quit|stop(?:\\s+taking)?|come\\s+off|get\\s+off|throw\\s+(?:away|out)|bin|say\\s+no\\s+to|forget(?:\\s+about)?)\\s+(?:the|your|their|his|her|my|all(?:\\s+(?:your|those|of\\s+your))?|those|that|these)(?:\\s+\\w+)?\\s+${MEDICINE}\\b|\\bstop\\s+taking\\s+(?:daily\\s+|those\\s+)?${MEDICINE}\\b|\\bstop\\s+wasting\\s+(?:\\w+\\s+){0,2}on\\s+(?:\\w+\\s+)?${MEDICINE}\\b|\\b${MEDICINE}\\s+(?:that|which)\\s+(?:don't|do\\s+not|never|won't)\\s+work\\b|\\b${MEDICINE}\\s+that\\s+(?:only|just)\\s+mask\\b|\\b(?:off|ditched|quit|stopped|came\\s+off)\\s+all\\s+(?:of\\s+)?my\\s+(?:meds|medications?|medicines?|pills|tablets)\\b|\\b(?:have|has|had)\\s+stopped\\s+(?:their|his|her|my|your)\\s+(?:[\\w-]+\\s+)?(?:tablets|meds|medications?|medicines?|pills|insulin|inhalers?|statins?)(?:\\s+altogether)?\\b|\\b(?:get|gets|getting|got|come|comes|coming)\\s+off\\s+(?:their|your|his|her|my)\\s+(?:[\\w-]+\\s+){0,2}(?:meds|medications?|medicines?|pills|tablets|insulin|inhalers?|statins?)\\b|\\b(?:kiss(?:ing)?|wav(?:e|ing)|say(?:ing)?)\\s+goodbye\\s+to\\s+[^.!?\\n]{0,40}?\\b${MEDICINE}\\b|\\b(?:off|came\\s+off|got\\s+off)\\s+(?:my|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}(?:meds|medications?|medicines?|pills|tablets|insulin|inhalers?|statins?)\\s+(?:in|within|after)\\s+(?:just\\s+)?(?:\\d+|one|two|three|four|five|six|a\\s+few)\\s+(?:days|weeks|months)\\b|\\b(?:completely|entirely|totally|fully)\\s+off\\s+(?:[\\w-]+\\s+){0,2}(?:meds|medications?|medicines?|pills|tablets|insulin|inhalers?|statins?)\\b|\\b(?:start|begin)\\s+tapering\\b|\\byour\\s+body\\s+(?:knows\\s+how\\s+to|can)\\s+heal\\s+itself\\b|\\b(?:your|the)\\s+gp\\s+keeps\\s+(?:pushing|prescribing)\\b|\\bbig\\s+pharma\\b|\\b${MEDICINE}\\s+(?:are|is)\\s+(?:dangerous|toxic|unnecessary|poison(?:ous)?|a\\s+scam|useless|pointless)\\b`,
);

export const stopMedicine: ClaimConstruction = {
  meta: { id: 'stop-medicine', docs: 'Advice to stop, skip or distrust a prescribed medicine or a vaccine.' },
  find(text) {
    return eachMatch(STOP, text, (m) => ({
      start: m.start,
      end: m.end,
      detail: `"${m.text}" tells people to stop, skip or distrust a medicine or vaccine. Stopping treatment can cause serious harm: never advise it in a post. Say "talk to your GP or pharmacist before changing any medicine".`,
    }));
  },
};
