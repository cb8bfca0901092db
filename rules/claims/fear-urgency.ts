// Fear and urgency in a sale: "before it's too late", "ends at midnight", "places filling fast",
// "stocks flying", "the only thing you'll regret is waiting". Only in a post that sells a treatment
// (a cosmetic, fertility or elective treatment): "get checked before it's too
// late" from a screening service is advice, and free NHS classes with limited places are not deals.

import { eachMatch, words } from './find';
import type { ClaimConstruction } from './types';

const PRESSURE = words(
  "\\b(?:before|until)\\s+it'?s\\s+too\\s+late\\b|\\b(?:tomorrow|next\\s+(?:week|month|year)|later)\\s+(?:might|may|could|will)\\s+be\\s+too\\s+late\\b|\\b(?:don't|do\\s+not)\\s+leave\\s+it\\s+(?:too\\s+)?late\\b|\\b(?:offer|deal|sale|price|pricing|discount|promo)s?\\s+ends?\\s+(?:at\\s+)?(?:midnight|tonight|today|tomorrow|soon|on\\s+\\w+|this\\s+\\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{1,2}[/.]\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}|[a-z]{3,9}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b|\\b(?:half[- ]price|\\d+\\s?%\\s+off|[£$€]\\d+\\s+off)\\s+(?:this|until\\s+the\\s+end\\s+of\\s+(?:the|this))\\s+(?:month|week|weekend)\\b|\\b(?:offer|deal|sale|price|pricing|discount|promo)s?\\s+(?:vanish(?:es)?|disappears?|expires?|goes|is\\s+gone)\\s+(?:at\\s+)?(?:midnight|tonight|today|tomorrow|soon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b|\\bends?\\s+(?:at\\s+)?midnight\\b|\\b(?:don't|do\\s+not)\\s+be\\s+the\\s+(?:\\w+\\s+)?(?:one|friend|person|only\\s+one)\\s+who\\s+miss(?:ed|es)\\s+out\\b|\\b(?:before|by|until|till)\\s+midnight\\b|\\b(?:places|spots|slots|spaces|appointments|dates|vouchers|stocks?)\\s+(?:are\\s+|is\\s+)?(?:filling|going|booking|selling|flying)(?:\\s+up)?(?:\\s+fast|\\s+quickly|\\s+out)?\\b|\\blimited\\s+(?:vouchers|spaces|places|slots|spots|stock|availability|numbers)\\b|\\b(?:only|just)\\s+\\d+\\s+(?:[\\w-]+\\s+)?(?:spots|slots|places|spaces|appointments|chairs|seats|openings|memberships)\\s+(?:left|remaining|remain)\\b|\\btime\\s+is\\s+running\\s+out\\b|\\brunning\\s+out\\s+of\\s+time\\b|\\bthe\\s+clock\\s+is\\s+ticking\\b|\\b(?:you'll|you\\s+will)\\s+regret\\s+(?:waiting|not\\s+\\w+|it)\\b|\\bregret\\s+is\\s+waiting\\b|\\bdon't\\s+snooze\\b|\\bsnooze\\s+(?:you|and\\s+you)\\s+lose\\b|\\bnow\\s+or\\s+never\\b|\\b(?:24|48|72)[- ]hours?\\s+(?:[\\w-]+\\s+)?(?:sale|offer|deal|flash)\\b|\\bflash\\s+sale\\b|\\bbefore\\s+(?:they|it)(?:'re|'s|\\s+are|\\s+is)?\\s+(?:gone|vanish\\w*|sold\\s+out)\\b|\\bbefore\\s+they\\s+vanish\\b|\\bbefore\\s+(?:it|they)\\s+kills?\\s+you\\b|\\bgamble\\s+with\\s+your\\s+life\\b|\\b(?:don't|do\\s+not)\\s+let\\s+(?:another|one\\s+more)\\s+(?:year|month|summer|season)\\s+(?:slip|go|pass)\\b|\\bor\\s+wait\\s+(?:another|a\\s+whole)\\s+(?:year|month)\\b|\\b(?:roster|list|books|enrol(?:l)?ment|membership|spaces|places|spots)\\s+(?:closes?|fills?)\\s+(?:soon|fast|tonight|on\\s+\\w+day)\\b",
);

/** A treatment or procedure on sale: pressure about a café offer is not about care. */
const TREATMENT =
  /\b(?:treatments?|treating|hearing\s+aids?|physicals?|memberships?|members|add-?ons?|consults?|procedures?|surgery|consultations?|filler|fillers|botox|tox|lasik|laser\s+eye|ivf|egg\s+freezing|freeze|whitening|veneers?|aligners?|lipo\w*|tummy\s+tucks?|facials?|injectables?|aesthetic\w*|cosmetic|hifu|fat\s+freezing|contouring|pens?|jabs?|drips?|tweakments?|peels?|implants?|facelifts?|rhinoplasty|bbl|adjustments?|eggs|massages?|acupuncture|chiropractic|invisalign|braces|per\s+unit|\/\s?unit)\b|\/\s?unit\b/i;
// (unless the free check sells a product: "book your free hearing check ... our hearing aids")
const FREE_PUBLIC_SERVICE = /\b(?:free\s+(?:class|classes|course|session|sessions|clinic|check|checks|event|talk|workshop|screening)|nhs|flu\s+(?:jab|clinic|vaccine)|blood\s+donors?|screening)\b/i;

const PRODUCT = /\b(?:hearing\s+aids?|add-?ons?|packages?|memberships?|exclusive|premium|AI-powered)\b/i;

export const fearUrgency: ClaimConstruction = {
  meta: { id: 'fear-urgency', docs: 'Fear and urgency (too late, ends at midnight, filling fast, regret waiting) in a post that sells a treatment.' },
  find(text) {
    if (!TREATMENT.test(text) || (FREE_PUBLIC_SERVICE.test(text) && !PRODUCT.test(text))) return [];
    return eachMatch(PRESSURE, text, (m) => ({
      start: m.start,
      end: m.end,
      detail: `"${m.text}" pressures people to decide quickly about a medical or cosmetic treatment. Remove the deadline or scarcity and give people time to consider.`,
    }));
  },
};
