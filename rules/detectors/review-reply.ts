// Replies to reviews that confirm someone was a patient: a visit, diagnosis, treatment or insurance.
// OCR fined dental and psychiatric practices for exactly these replies (research/domain.md §1).
import { textBefore } from './context';
import type { Detector, DetectorHit } from './types';

const REPLY_CONTEXT =
  /\b(?:thanks?(?: you)? (?:so much )?for (?:your|the|leaving|taking)[\w ]{0,20}(?:review|feedback|comment|kind words|post|message|rating|stars?)|sorry (?:to hear|that|your|about|for|you)|we(?:'re|’re| are) (?:so |very |truly )?sorry|we (?:sincerely )?apologi[sz]e|apologies|your (?:review|feedback|comment|rating)|(?:Hi|Hello|Dear) [A-Z][a-z]+|responding to)\b/i;
const CONFIRMATION =
  /\byour (?:recent |last |latest |first |follow-up |)(?:[a-z]+ )?(?:visit|appointment|stay|admission|treatment|procedure|surgery|operation|consultation|scan|test results?|results|diagnosis|prescription|medication|filling|crown|root canal|extraction|implant|cleaning|check-?up|x-?rays?|therapy|session|claim|insurance|copay|co-pay|bill|deductible|Medicaid|Medicare|referral|labou?r|delivery|birth|condition|symptoms|care with us|time with us|son'?s|daughter'?s|mother'?s|father'?s|wife'?s|husband'?s|child'?s)\b|\bas your (?:dentist|doctor|GP|physician|therapist|surgeon|provider|practice|optometrist|orthodontist|midwife|consultant|care team|psychiatrist|counsell?or)\b|\b(?:when|while) you (?:were (?:here|with us|in|admitted|seen|treated)|came in|visited|saw (?:Dr|us|our)|had your)\b|\bour records (?:show|indicate)\b|\byou were (?:seen|treated|admitted|discharged|diagnosed|prescribed|billed)\b/gi;
// Promotional uses of "your appointment/visit": an invitation, not a confirmation.
const INVITATION_BEFORE = /\b(?:book|booking|schedule|scheduling|make|request|manage|plan|planning|arrange|cancel|reschedule|prepare for|ahead of|before|confirm|for)[ \u00a0]+$/i;

export const reviewReply: Detector = {
  meta: {
    id: 'review-reply',
    description:
      "Replies to reviews or comments (thanks for your review, we're sorry, Hi <name>) that confirm a visit, treatment, diagnosis or insurance ('sorry your visit on Tuesday...', 'as your dentist', 'your knee surgery', 'our records show'). Ignores generic replies ('please contact us') and invitations ('book your appointment').",
  },
  detect({ text }) {
    if (!REPLY_CONTEXT.test(text)) return [];
    const hits: DetectorHit[] = [];
    for (const match of text.matchAll(CONFIRMATION)) {
      if (INVITATION_BEFORE.test(textBefore(text, match.index, 25))) continue;
      hits.push({
        start: match.index,
        end: match.index + match[0].length,
        detail: `'${match[0]}' confirms the reviewer was a patient: don't mention visits, care or insurance in public replies; thank them and invite them to contact you privately.`,
      });
    }
    return hits;
  },
};
