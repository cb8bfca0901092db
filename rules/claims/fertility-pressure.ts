// Fertility-timing pressure and promises: "your eggs are ageing every day", "don't let your
// biological clock decide", "egg freezing = your fertility insurance policy", "have a family
// whenever you're ready", "whatever your age". Plain facts ("egg numbers decline with age,
// especially after 35") inform and pass.

import { eachMatch, words } from './find';
import type { ClaimConstruction } from './types';

const PRESSURE = words(
  "\\bbiological\\s+clock\\b|\\b(?:your\\s+)?eggs?\\s+(?:are|is)\\s+(?:ag(?:e)?ing|getting\\s+older|running\\s+out|dying)\\b|\\bfertility\\s+(?:falls|drops|plummets|declines?|crashes)\\s+(?:off\\s+a\\s+cliff|fast|rapidly|dramatically|every\\s+\\w+)\\b|\\bfertility\\s+insurance(?:\\s+policy)?\\b|\\binsurance\\s+policy\\s+for\\s+your\\s+fertility\\b|\\bhave\\s+(?:a\\s+family|a\\s+baby|children|kids)\\s+whenever\\s+you(?:'re|\\s+are)?\\s+ready\\b|\\b(?:freeze|pause|stop|beat)\\s+(?:the|your)\\s+(?:biological\\s+)?clock\\b|\\bage\\s+is\\s+(?:just|only)\\s+a\\s+number\\b|\\bwhatever\\s+your\\s+age\\b|\\bat\\s+any\\s+age\\b|\\b(?:don't|do\\s+not)\\s+let\\s+(?:your\\s+)?(?:age|biological\\s+clock|time|the\\s+clock)\\s+(?:decide|stop|get\\s+in\\s+the\\s+way|dictate)\\b|\\byour\\s+(?:miracle\\s+)?baby\\s+is\\s+waiting\\b|\\bbefore\\s+your\\s+fertility\\b",
);
const FERTILITY = /\b(?:ivf|eggs?|fertility|pregnan\w*|conceiv\w*|bab(?:y|ies)|embryos?|icsi|iui|donor)\b/i;

export const fertilityPressure: ClaimConstruction = {
  meta: { id: 'fertility-pressure', docs: 'Fertility-timing pressure and promises (biological clock, eggs ageing, insurance policy, whatever your age) in a post about fertility.' },
  find(text) {
    if (!FERTILITY.test(text)) return [];
    return eachMatch(PRESSURE, text, (m) => ({
      start: m.start,
      end: m.end,
      detail: `"${m.text}" uses fear of age or a promise about timing to sell fertility treatment. Give the facts with their source (how success changes with age) and let people decide in their own time.`,
    }));
  },
};
