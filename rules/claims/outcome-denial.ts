// Denials of risk, pain or change in fresh wording, beyond the word lists: "zero danger", "no
// downsides at all", "nothing that can go wrong", "none of the complications"; "you'll feel
// nothing", "hurt-free", "won't sting one bit"; "never thins again", "never to return", "for
// keeps". Each shape is a negative quantifier or "never ... again" around a risk, a sensation or a
// result, in a post about a treatment. Safety advice ("never leave children alone") names no
// treatment result and passes.

import { eachMatch, sentenceOf, words } from './find';
import type { ClaimConstruction, ClaimHit } from './types';

/** A denial of risk blocks like tone/risk-free; the others warn. */
type Shape = { pattern: RegExp; detail: (match: string) => string; blocks?: boolean };

const SHAPES: Shape[] = [
  {
    pattern: words(
      "\\b(?:zero|no|none\\s+of\\s+the|not\\s+a\\s+single|without\\s+(?:any|the)?|free\\s+(?:of|from))\\s+(?:\\w+\\s+)?(?:dangers?|downsides?|risks?|complications?|side[- ]effects?|adverse\\s+(?:effects|reactions)|harm)(?:\\s+(?:at\\s+all|whatsoever))?\\b|\\bnothing\\s+(?:that\\s+)?(?:can|could|will)\\s+go\\s+wrong\\b|\\b(?:completely|totally|100\\s?%|perfectly|absolutely|utterly)\\s+(?:safe|harmless|risk[- ]?less)\\b",
    ),
    blocks: true,
    detail: (match) => `"${match}" denies that the treatment carries risk. Every treatment can have side effects or complications: name the main ones, or say "ask us about the risks and benefits".`,
  },
  {
    pattern: words(
      "\\b(?:you'?ll|you\\s+will|you\\s+won't|you\\s+will\\s+not)\\s+feel\\s+(?:nothing|a\\s+thing|anything|no\\s+pain)\\b|\\b(?:won't|will\\s+not|doesn't|does\\s+not|don't|do\\s+not|never)\\s+(?:hurt|sting|ache|pinch|burn)(?:\\s+(?:one|a)\\s+bit|\\s+at\\s+all|\\s+a\\s+bit)?\\b|\\b(?:hurt|sting|ouch|discomfort|needle)[- ]free\\b",
    ),
    detail: (match) => `"${match}" promises the treatment won't hurt, but people feel treatments differently. Describe the numbing and what most people feel, for example "comfortable for most patients".`,
  },
  {
    pattern: words(
      "\\bnever\\s+(?:\\w+\\s+){0,2}?(?:thins?|returns?|grows?\\s+back|comes?\\s+back|sags?|fades?|wrinkles?|wears?\\s+off|needs?\\s+(?:topping|redoing)|worry|suffer|hurts?|hide|struggle|wear|feel|deal)\\s+(?:[\\w']+\\s+){0,5}?again\\b|\\bnever\\s+to\\s+return\\b|\\bfor\\s+keeps\\b|\\bgone\\s+for\\s+ever\\b",
    ),
    detail: (match) => `"${match}" promises a result that never changes, but results can fade and conditions can return. Say "long-lasting results for many patients" and explain what may change.`,
  },
  {
    pattern: words(
      "\\b(?:eagle|hawk)[- ]eyed?(?:\\s+(?:vision|sight))?\\b|\\b(?:see|seeing|vision)\\s+like\\s+an?\\s+(?:hawk|eagle)\\b|\\bpin[- ]sharp\\s+(?:vision|sight|eyesight)\\b|\\bread\\s+the\\s+(?:smallest|small|tiniest)\\s+print\\b|\\bwithout\\s+(?:squinting|reading\\s+glasses|readers)\\b",
    ),
    detail: (match) => `"${match}" is a vision outcome claim that needs published outcome data for the procedure. Say "clearer vision for many patients" and that results vary.`,
  },
  {
    pattern: words(
      "\\bholy\\s+grail\\b|\\bnothing\\s+short\\s+of\\s+(?:magic|magical|a\\s+miracle|miraculous|incredible|amazing)\\b|\\bmind[- ]blowing\\b|\\bmagic\\s+(?:bullet|pill|wand|cure|results?|treatment)\\b|\\blike\\s+magic\\b|\\bfountain\\s+of\\s+youth\\b|\\bwonder\\s+(?:drug|treatment|jab|pill)s?\\b",
    ),
    detail: (match) => `"${match}" exaggerates what the treatment does and raises expectations patients may not meet. Say what is new and what the evidence shows.`,
  },
];

/** The post is about a treatment, procedure or medicine (not a car park, an outage or a swimming pool). */
const TREATMENT =
  /\b(?:treatments?|procedures?|surgery|surgeon|operation|clinic|injections?|jabs?|filler|botox|laser|lasik|lens|lenses|implants?|veneers?|whitening|braces|aligners?|ivf|facials?|peels?|lipo\w*|tummy|drips?|pens?|tablets?|pills?|medication|therapy|sessions?|appointment|consultation|hair|skin|teeth|eyes?|vision|sight|results?|microneedling|hifu|tweakments?|coolsculpting|fat\s+freezing|threads?|rhinoplasty|facelifts?|augmentation|bbl|contouring|dermal|cosmetic|aesthetic\w*|lips?|lifts?|removal|numbing|tattoos?|scalpel|\w+(?:ectomy|plasty|otomy|oscopy))\b/i;
/** A report of how one visit went ("seen for follow-up with no complications") is not a promise. */
const VISIT_REPORT = /\b(?:follow-?up|followed\s+up|check-?up\s+on)\b/i;

const VACCINE_OR_SCREENING = /\b(?:vaccin\w*|immunis\w*|flu\s+(?:jab|shot)s?|screening|blood\s+donor|donat\w+)\b/i;

export const outcomeDenial: ClaimConstruction = {
  meta: { id: 'outcome-denial', docs: 'Risk, pain and change denied in fresh wording (zero danger, you\'ll feel nothing, never thins again, eagle-eye vision, holy grail) in a post about a treatment.' },
  find(text) {
    if (!TREATMENT.test(text) || VACCINE_OR_SCREENING.test(text)) return [];
    return SHAPES.flatMap(({ pattern, detail, blocks }) =>
      eachMatch(pattern, text, (m): ClaimHit | undefined =>
        VISIT_REPORT.test(sentenceOf(text, m.start, m.end)) ? undefined : { start: m.start, end: m.end, detail: detail(m.text), ...(blocks ? { severity: 'error' as const } : {}) },
      ),
    );
  },
};
