// UK prescription-only medicines named, or stood for, in a post that sells them (CAP 12.12, HMR
// 2012): brand names and the euphemisms the ASA treats as naming them ("baby tox", "frown-line
// freezing", "wrinkle relaxers", "you-know-what", "weight-loss pens"). Each medicine class gets a
// suggestion that fits it. Balanced information that sells nothing ("weight loss injections
// explained: ... side effects ... speak to your GP") passes; so does NHS clinical wording
// ("botulinum toxin treatment for chronic migraine").

import { eachMatch, words } from './find';
import type { ClaimConstruction, ClaimHit } from './types';

type MedicineClass = { pattern: RegExp; topic: string; soft?: RegExp };

const CLASSES: MedicineClass[] = [
  {
    topic: 'treatments for lines and wrinkles',
    pattern: words(
      "\\b(?:baby\\s+)?botox\\b|\\b(?:beautox|brotox|bocouture|azzalure|dysport|xeomin|letybo|vistabel|relfydess)\\b|\\b(?:baby\\s+)?tox\\b|\\banti-?\\s?wrinkle\\b(?!\\s+(?:creams?|serums?|skincare|moisturi[sz]ers?|products?|range))(?:\\s+(?:injections?|treatments?|jabs?))?|\\bwrinkle[- ]relax(?:ing|ers?)\\b|\\b(?:wrinkle|frown[- ]lines?|forehead(?:\\s+lines?)?|crow's\\s+feet|11s|elevens)\\s+(?:injections?|freez\\w*|relax\\w*|jabs?)\\b|\\b(?:jaw(?:line)?|masseter)\\s+(?:slimming\\s+)?(?:botox|injections?|tox)\\b|\\b(?:sweat|sweating)[- ](?:stop(?:ping)?\\s+|busting\\s+)?injections?\\b|\\banti[- ]sweat\\s+injections?\\b|\\blip\\s+flip\\b|\\bgummy\\s+smile\\s+injections?\\b|(?<!\\bbotulinum\\s)\\btoxin\\s+(?:treatments?|injections?)\\b|\\byou-know-what\\b|\\btweakments?\\b",
    ),
    soft: /^tweakments?$/iu,
  },
  {
    topic: 'medically supported weight loss',
    pattern: words(
      "\\b(?:ozempic|wegovy|mounjaro|saxenda|zepbound|rybelsus|semaglutide|tirzepatide|liraglutide|orlistat)\\b|\\b(?:skinny|fat|weight[- ]?loss|slimming|glp-?1|magic|miracle|fat[- ](?:melting|burning|busting)|appetite)(?:\\s+(?:weight[- ]?loss|medication))?\\s+(?:jabs?|injections?|pens?|shots?)\\b|\\bglp-?1\\s+(?:weight[- ]?loss\\s+)?(?:medications?|meds)\\b",
    ),
  },
  { topic: 'hair loss', pattern: words('\\b(?:finasteride|propecia|dutasteride|oral\\s+minoxidil|minoxidil\\s+tablets)\\b') },
  { topic: 'acne and skin conditions', pattern: words('\\b(?:roaccutane|isotretinoin|accutane|tretinoin)\\b') },
  { topic: 'erectile dysfunction', pattern: words('\\b(?:viagra|cialis|sildenafil|tadalafil)\\b') },
  { topic: 'hay fever', pattern: words('\\bkenalog\\b|\\bhay\\s?fever\\s+(?:injections?|jabs?|shots?)\\b') },
];

/** Signs the post sells: prices, offers, stock, booking, delivery, "our ...". */
const SELLS =
  /[£$€]\s?\d|\b(?:from|only|just)\s+[£$€]|\b(?:offers?|deals?|special|sale|vouchers?|packages?|in\s+stock|now\s+available|available\s+(?:at|now|here)|delivered|delivery|order|book|booking|dm|link\s+in\s+bio|per\s+month|\/month|evening|our|we\s+offer|consult)\b/i;

/** Signs of balanced information: risks, evidence, "speak to your GP". */
const INFORMS = /\b(?:explained|evidence|side[- ]effects?|risks?|prescription[- ]only|speak\s+to|talk\s+to|ask\s+your|shortages?|recalls?|counterfeit|fake|safety|warning|not\s+(?:right|suitable)\s+for\s+everyone)\b/i;

export const prescriptionOnly: ClaimConstruction = {
  meta: { id: 'prescription-only', docs: 'UK prescription-only medicines and their euphemisms (tox, frown-line freezing, weight-loss pens, you-know-what) unless the post only informs (risks, evidence, speak to your GP).' },
  find(text) {
    if (INFORMS.test(text) && !SELLS.test(text)) return [];
    return CLASSES.flatMap(({ pattern, topic, soft }) =>
      eachMatch(pattern, text, (m): ClaimHit => {
        const softly = soft?.test(m.text);
        return {
          start: m.start,
          end: m.end,
          ...(softly ? { severity: 'warning' as const } : {}),
          detail: `${softly ? `"${m.text}" is often read as prescription-only anti-wrinkle injections` : `"${m.text}" names (or stands for) a prescription-only medicine`}, which may not be advertised to the UK public. Promote the consultation instead, for example "Book a consultation to discuss ${topic}".`,
        };
      }),
    );
  },
};
