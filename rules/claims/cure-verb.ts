// Cure-type verb + condition: "BEATS anxiety", "reversed my diabetes", "melt fat", "flush out
// toxins", "supercharge your immune system", "erase 10 years". The verb alone is everyday English
// ("beat the queues", "clear your diary"); with an illness, symptom or sign of age after it, it
// claims to end it. Campaign slogans ("together we will beat cancer") and prevention advice about
// vaccines are not treatment claims.

import { CONDITION } from './lexicon';
import { eachMatch, sentenceOf, words } from './find';
import type { ClaimConstruction } from './types';

const VERB =
  "(?:beat|beats|beating|sort(?:s|ed|ing)?\\s+out|clear(?:s|ed|ing)?(?:\\s+up|\\s+away)?|melt(?:s|ed|ing)?(?:\\s+away)?|fix(?:es|ed|ing)?|restor(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|rewir(?:e|es|ed|ing)|banish(?:es|ed|ing)?|flush(?:es|ed|ing)?\\s+(?:out|away)|detox(?:es|ify|ifies)?|supercharg(?:e|es|ed|ing)|turbocharg(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|wip(?:e|es|ed|ing)\\s+out|zap(?:s|ped|ping)?|cur(?:e|es|ed|ing)|heal(?:s|ed|ing)?|resolv(?:e|es|ed|ing)|gets?\\s+rid\\s+of|got\\s+rid\\s+of|say(?:ing)?\\s+(?:goodbye|bye|ta-ra|farewell)\\s+to|kiss(?:es)?\\s+goodbye\\s+to|dissolv(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|conquer(?:s|ed)?|overc[ao]me|knocks?\\s+out|regrow(?:s|n)?|rebuild(?:s)?|regenerat(?:e|es|ed))";
const FILLER = "(?:\\s+(?:your|my|his|her|their|the|those|that|all|any|100%|full|perfect|natural|normal|complete|brain['’]s|body['’]s|stubborn|chronic|painful|persistent|nagging|annoying|pesky|unwanted|type\\s+2|treatment-resistant|severe|years\\s+of|for\\s+good|once\\s+and\\s+for\\s+all|up\\s+to|a\\s+whole|an?)){0,3}";
const VERB_CONDITION = words(`\\b${VERB}${FILLER}\\s+${CONDITION}\\b`);

/** Compounds and set phrases that carry the verb and its object together. */
const COMPOUND = words(
  "\\b(?:fat|cellulite|wrinkle|pain|toxin|stress)[- ](?:melting|busting|blasting|burning|zapping|erasing|dissolving|flushing)\\b|\\bturn(?:s|ing)?\\s+back\\s+the\\s+clock\\b|\\btake\\s+(?:\\d+|ten|five)\\s+(?:years|yrs)\\s+off\\b|\\blook(?:ing)?\\s+(?:\\d+|ten|five)\\s+(?:years|yrs)\\s+younger\\b|\\b(?:has|have|get|gets|got|getting)\\s+(?:people|patients|you|them|clients)\\s+(?:walking|running|dancing|seeing|hearing|sleeping)\\s+again\\b|\\bboost(?:s|ed|ing)?\\s+(?:your\\s+)?(?:(?:baby|child|kid|little\\s+one)'s\\s+)?(?:immunity|immune\\s+system|fertility|metabolism)\\b|\\bimmune\\s+system\\s+a\\s+(?:big\\s+|real\\s+)?boost\\b|\\bdetox(?:es|ify|ifies|ing)?\\s+(?:your\\s+)?(?:liver|body|blood|system|kidneys|skin|gut)\\b|\\b(?:melts?|banish(?:es)?|erases?|zaps?)\\s+(?:away\\s+)?(?:your\\s+)?stress\\b|\\bkeeps?\\s+(?:colds?|flu|illness|infections?|bugs|viruses|sickness)(?:\\s+and\\s+(?:colds?|flu|bugs|viruses|infections?))?\\s+away\\b",
);

/** "Wrinkles? ... they're history", "make joint pain a thing of the past": the idiom, counted when a condition is named shortly before it. */
const HISTORY_IDIOM = words("\\b(?:(?:they're|it's|they\\s+are|it\\s+is)\\s+history|(?:an?\\s+)?things?\\s+of\\s+the\\s+past)\\b");
const NAMES_CONDITION = new RegExp(`\\b${CONDITION}\\b`, 'i');
const IDIOM_REACH = 80;

const CAMPAIGN_OR_HEDGE = /\b(?:let's|together(?:\s+we)?(?:\s+(?:can|will))?|help(?:s|ed|ing)?\s+(?:us\s+|you\s+|people\s+|patients\s+|them\s+)?(?:to\s+)?|can\s+help\s+|research(?:ers)?\s+(?:to|will)|fundrais\w*\s+to|race\s+to|mission\s+to|determined\s+to|we\s+will)\s*$/i;
const PREVENTION_ADVICE = /\b(?:vaccin\w*|jabs?|flu\s+shots?|immunis\w*|screening|hand\s*washing|wash\s+your\s+hands)\b/i;

/** Manual and complementary therapies offered for conditions they cannot treat: "chiropractic adjustments can help with colic, ear infections and even asthma". */
const UNPROVEN_FOR = words(
  "\\b(?:chiropract\\w*|osteopath\\w*|cranial\\s+\\w+|craniosacral|reflexolog\\w*|homeopath\\w*|naturopath\\w*|spinal\\s+adjustments?|adjustments?)\\b[^.!?\\n]{0,40}?\\b(?:help(?:s)?\\s+with|treat(?:s)?|ease(?:s)?|relieve(?:s)?|for)\\s+(?:[\\w-]+,?\\s+){0,3}?(?:colic|ear\\s+infections?|asthma|autism|adhd|bedwetting|infertility|cancer|allergies|reflux)\\b",
);

/** "clear symptoms of sepsis": the adjective, not the verb. */
const ADJECTIVE_CLEAR = /^clear\s+(?:symptoms|conditions?|disease|damage|signs)/i;

const detail = (match: string) =>
  `"${match}" claims to end an illness or symptom, which needs strong clinical evidence (and for medicines, a licence). Say what the treatment can do for many patients, for example "can ease symptoms", and point to the evidence.`;

export const cureVerb: ClaimConstruction = {
  meta: { id: 'cure-verb', docs: 'A cure-type verb (beat, clear, melt, fix, restore, reverse, rewire, banish, flush out, supercharge ...) with a condition, symptom or sign of age.' },
  find(text) {
    const goneForGood = eachMatch(HISTORY_IDIOM, text, (m) =>
      NAMES_CONDITION.test(text.slice(Math.max(0, m.start - IDIOM_REACH), m.start)) ? { start: m.start, end: m.end, detail: detail(m.text) } : undefined,
    );
    const unproven = eachMatch(UNPROVEN_FOR, text, (m) => ({ start: m.start, end: m.end, detail: detail(m.text) }));
    return [VERB_CONDITION, COMPOUND].flatMap((pattern) =>
      eachMatch(pattern, text, (m) => {
        if (CAMPAIGN_OR_HEDGE.test(text.slice(Math.max(0, m.start - 30), m.start))) return undefined;
        if (ADJECTIVE_CLEAR.test(m.text)) return undefined;
        if (PREVENTION_ADVICE.test(sentenceOf(text, m.start, m.end))) return undefined;
        return { start: m.start, end: m.end, detail: detail(m.text) };
      }),
    ).concat(goneForGood, unproven);
  },
};
