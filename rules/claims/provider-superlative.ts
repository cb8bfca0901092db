// Superlatives and leadership about the provider: "the safest place to have a baby", "the most
// advanced robotic surgery center", "nobody in the area does more LASIK", "choose the leader".
// Size and growth ("fastest-growing", "largest employer") are facts, not quality claims; aims
// ("we strive to give the best care") and sourced rankings pass.

import { eachMatch, sentenceOf, words } from './find';
import type { ClaimConstruction } from './types';

const SUPERLATIVE =
  "(?:safest|most\\s+(?:advanced|experienced|trusted|successful|effective|qualified|skilled|awarded|recommended|reliable|innovative|respected|reputable|caring|accurate|precise)|best|finest|top(?:-rated)?|leading(?!\\s+(?:the|a|an|our|their|his|her|on|to|up|cause))|number\\s+one|no\\.?\\s?1|#1|foremost|pre-?eminent|unrivall?ed|unbeatable)";
const PROVIDER =
  "(?:clinics?|hospitals?|centres?|centers?|practices?|surgery|surgeons?|dentists?|dentistry|doctors?|teams?|services?|providers?|place|unit|programmes?|programs?|gps?|specialists?|injectors?|hands|choice|option|care|treatments?|technology|equipment|lasers?|facilit(?:y|ies))";
const SUPERLATIVE_PROVIDER = words(`\\b${SUPERLATIVE}\\b(?:\\s+[\\w'&-]+){0,4}?\\s+${PROVIDER}\\b`);
const LEADERSHIP = words(
  "\\b(?:nobody|no\\s+one|no-one|no\\s+other\\s+(?:clinic|hospital|practice|provider|centre|center|surgeon|dentist|team)s?)\\b[^.!?\\n]{0,40}?\\b(?:does|do|performs?|offers?|treats?|has|have|delivers?|knows?|cares?)\\b[^.!?\\n]{0,30}?\\b(?:more|better|best|like\\s+(?:we\\s+do|us)|as\\s+(?:well|many|much))\\b|\\bchoose\\s+the\\s+(?:leader|leaders|best|experts?|number\\s+one)\\b|\\b(?:the|region's|area's|city's|country's|uk's|nation's|america's|britain's|state's)\\s+leaders?\\s+in\\b",
);

/** "The gentlest in London", "the friendliest team around": a quality superlative placed against a region. */
const BEST_IN_PLACE = words(
  "\\bthe\\s+(?:gentlest|kindest|friendliest|safest|best|finest|cleanest|quickest|most\\s+(?:caring|gentle|experienced|advanced|trusted|skilled))\\s+(?:[\\w-]+\\s+){0,2}?(?:in|around|across)\\s+(?:the\\s+)?([\\w-]+)",
);
/** The place must be a region word or a name (capitalised): "the best in you" is not a place. */
const REGION = /^(?:uk|us|usa|america|britain|country|region|area|city|town|county|state|world|nation|north|south|east|west|midlands)$/i;
const isPlace = (word: string | undefined) => word !== undefined && (REGION.test(word) || /^[A-Z]/.test(word));

const ASPIRATION = /\b(?:aims?|strives?|striving|try|trying|committed|commitment|dedicated|deserves?|want|wants|hope|working|work)\s+(?:to\s+)?(?:\w+\s+){0,4}$|\bdeserve\s+(?:the\s+)?$|\b(?:our|your|their)\s+$|\bone\s+of\s+the\s+$/i;
const SOURCED = /\b(?:according\s+to|ranked|named|rated|awarded|voted\s+by|u\.?s\.?\s+news|newsweek|cqc|healthgrades|leapfrog|source|survey)\b/i;
const EVERYDAY = /^(?:best\s+(?:wishes|practice|interests?|of\s+luck|possible|place\s+to\s+work)|top\s+tips?)/i;

const detail = (match: string) =>
  `"${match}" is a superiority claim about the provider: it needs independent, current proof, and comparisons must be fair. Cite the award or ranking with its source and year, or describe the service without ranking it.`;

export const providerSuperlative: ClaimConstruction = {
  meta: { id: 'provider-superlative', docs: 'A quality superlative (safest, most advanced, best, leading, No.1) about a provider or its care, and leadership claims (nobody does more, choose the leader).' },
  find(text) {
    return [
      ...[SUPERLATIVE_PROVIDER, BEST_IN_PLACE].flatMap((pattern) => eachMatch(pattern, text, (m) => {
        if (EVERYDAY.test(m.text) || ASPIRATION.test(text.slice(Math.max(0, m.start - 40), m.start))) return undefined;
        if (SOURCED.test(sentenceOf(text, m.start, m.end))) return undefined;
        if (pattern === BEST_IN_PLACE && !isPlace(m.groups[0])) return undefined;
        return { start: m.start, end: m.end, detail: detail(m.text) };
      })),
      ...eachMatch(LEADERSHIP, text, (m) => ({ start: m.start, end: m.end, detail: detail(m.text) })),
    ];
  },
};
