// Absolute quantifier + outcome: "every single one went home with a baby", "we've never had a
// single complication", "right first time, every time", "works on everyone". No trigger word makes
// these claims; the shape does: everyone/every time/never + a result.

import { eachMatch, words } from './find';
import type { ClaimConstruction } from './types';

const QUANTIFIER =
  "(?:every\\s+single\\s+(?:one|patient|client|couple|mum|person|woman|man|case|procedure|treatment|cycle)|every\\s+(?:patient|client|couple|one\\s+of\\s+(?:our|them|us)|case|procedure|treatment|cycle)|each\\s+and\\s+every\\s+(?:one|patient|client)|all\\s+(?:of\\s+)?our\\s+(?:patients|clients|couples|mums|customers)|100\\s?%\\s+of\\s+(?:our\\s+)?(?:patients|clients|couples|women|people|customers|cases)|everyone\\s+who|everybody\\s+who|not\\s+(?:a\\s+)?single\\s+(?:one|patient|client|person)|not\\s+one\\s+(?:patient|client|person))";
const OUTCOME =
  "(?:went\\s+home\\s+with|take\\s+home|left\\s+(?:with|smiling|happy)|bab(?:y|ies)|pregnan\\w*|conceived|success\\w*|results?|cured|healed|recovered|perfect\\w*|20\\/20|improv\\w*|satisfied|delighted|thrilled|happy|smil\\w*|lost|los(?:e|es|ing)|pain[- ]free|complications?|fail\\w*|regret\\w*|complain\\w*|unhappy|disappointed|see\\s+(?:clearly|perfectly|better)|walked\\s+out|glasses[- ]free|transformed)";
// Rights, welcomes and routine ("every patient deserves ...", "every patient will be offered ...") are not outcomes.
const NOT_AN_OUTCOME = /\b(?:deserves?|should|is\s+(?:different|unique|an\s+individual)|matters|can\s+(?:ask|book|request|bring|expect\s+to\s+be)|will\s+be\s+(?:offered|seen|invited|contacted|asked|given)|welcome|has\s+the\s+right|receives?|gets?\s+a\s+(?:call|letter|text|leaflet)|vary|varies|differ)/i;

const QUANTIFIED = words(`\\b${QUANTIFIER}\\b([^.!?\\n]{0,60}?)\\b${OUTCOME}`);
const NEVER_FAILED = words(
  "\\b(?:(?:we|i|they|our\\s+\\w+)(?:'ve|\\s+have|\\s+has)?\\s+)?never\\s+(?:once\\s+)?(?:had|seen|lost|caused|experienced|recorded|left)\\s+(?:a|an|one|any)?\\s*(?:single\\s+)?(?:complications?|failures?|failed\\s+\\w+|unhappy\\s+(?:patient|client|customer)s?|dissatisfied\\s+\\w+|disappointed\\s+\\w+|bad\\s+(?:result|outcome|review)s?|problems?|infections?|complaints?|side[- ]effects?|patients?\\s+(?:unhappy|disappointed|dissatisfied))\\b|\\bnever\\s+(?:fails?|failed)\\b|\\bzero\\s+(?:failures?|failed\\s+\\w+|unhappy\\s+\\w+)|\\bnot\\s+(?:a\\s+single|one)\\s+(?:complication|failure|complaint|unhappy\\s+\\w+|bad\\s+result)\\b",
);
const EVERY_TIME = words(
  "\\b(?:right\\s+first\\s+time|results?|works?|perfect\\w*|flawless\\w*|20\\/20(?:\\s+or\\s+better)?|success\\w*|same\\s+results?|better|guaranteed)\\b[^.!?\\n]{0,25}?\\bevery\\s+(?:single\\s+)?time\\b",
);
/** "Perfect teeth in just 5 days", "flawless results": a perfect result promised, often against the clock. */
const PERFECT_RESULT = words(
  "\\b(?:perfect|flawless|picture-perfect)\\s+(?:teeth|smile|skin|body|nose|lips|figure|complexion|hairline|jawline|bum|abs)\\s+in\\s+(?:just\\s+|only\\s+)?(?:\\d+|one|two|three|a)\\s+(?:days?|weeks?|hours?|minutes?|sessions?|visits?|appointments?)\\b|\\b(?:perfect|flawless)\\s+results\\b",
);
/** "Flu jab = ZERO chance of flu", "100% protection": protection no vaccine or treatment gives. */
const CERTAIN_PROTECTION = words(
  "\\b(?:zero|no|nil)\\s+(?:chance|risk|danger)\\s+of\\s+(?:getting\\s+|catching\\s+|ever\\s+)?(?:flu|covid|infections?|illness|sick|ill|cancer|relapse|recurrence|it\\s+coming\\s+back|a\\s+cold|colds?)\\b|\\b100\\s?%\\s+(?:protection|protected|immun\\w+)\\b|\\b(?:you|you'll)\\s+(?:simply\\s+|just\\s+)?(?:won't|will\\s+not|never)\\s+(?:get|catch|fall)\\s+(?:sick|ill|flu|a\\s+cold|colds?|covid)\\b|\\bkeeps?\\s+you\\s+(?:bulletproof|invincible|illness[- ]proof|sickness[- ]free|flu[- ]free)\\b|\\bzero\\s+(?:needles?\\s+felt|pain|downtime|regrets|side[- ]effects|risks?|scarring|recovery\\s+time)\\b|\\bguaranteed?\\s+(?:protection|immunity)\\b",
);
const WORKS_ON_EVERYONE = words(
  "\\b(?:works|worked|effective|results)\\s+(?:for|on|with)\\s+(?:everyone|everybody|anyone|every(?:\\s+single)?\\s+(?:patient|client|body|skin\\s+type|one)|all\\s+(?:patients|skin\\s+types|ages|hair\\s+types))\\b",
);

/** "Catches every cancer early", "detects every serious illness", "never end up in the ER": what no test or service achieves. */
const NOTHING_MISSED = words(
  "\\b(?:catch(?:es)?|detects?|finds?|spots?|picks?\\s+up|prevents?)\\s+(?:every|all|any|100\\s?%\\s+of)\\s+(?:single\\s+)?(?:[\\w-]+\\s+)?(?:cancers?|illness(?:es)?|diseases?|conditions?|problems?|tumou?rs?|heart\\s+attacks?|strokes?)\\b|\\bnever\\s+(?:end|wind)\\s+up\\s+in\\s+(?:the\\s+)?(?:ER|A&E|ED|hospital|emergency\\s+room)\\b",
);
/** "If it worked for us, it will work for you", "a baby on their very first cycle", "delivers babies, period": one result promised to everyone. */
const SAME_FOR_YOU = words("\\b(?:bring|take|go)\\s+home\\s+a\\s+baby\\s+(?:on|after|from)\\s+(?:their|your|the)\\s+(?:very\\s+)?first\\s+(?:cycle|try|round|transfer|attempt)\\b|\\bdelivers?\\s+babies,?\\s+period\\b|\\bit(?:'ll|\\s+will)\\s+(?:definitely\\s+)?work\\s+for\\s+you(?:\\s+too)?\\b");

const DETAIL =
  'An absolute outcome ("everyone", "every time", "never a complication") promises every patient the same result, which no treatment can. Give the typical outcome with its source and say results vary.';

export const absoluteOutcome: ClaimConstruction = {
  meta: { id: 'absolute-outcome', docs: 'An absolute quantifier with an outcome: everyone/every time/never + a result, a baby, a complication.' },
  find(text) {
    return [
      ...eachMatch(QUANTIFIED, text, (m) => (NOT_AN_OUTCOME.test(m.groups[0] ?? '') ? undefined : { start: m.start, end: m.end, detail: DETAIL })),
      ...[NEVER_FAILED, EVERY_TIME, WORKS_ON_EVERYONE, PERFECT_RESULT, CERTAIN_PROTECTION, NOTHING_MISSED, SAME_FOR_YOU].flatMap((pattern) => eachMatch(pattern, text, (m) => ({ start: m.start, end: m.end, detail: DETAIL }))),
    ];
  },
};
