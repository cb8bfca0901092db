// Replies to reviews and messages that confirm someone was a patient: a visit, diagnosis, treatment,
// results or insurance. OCR fined dental and psychiatric practices for exactly these replies
// (research/domain.md §1).
import { textBefore } from './context';
import { findNames } from './names/find-names';
import { isStaffOrPublic } from './names/staff';
import { orgIndex } from './org';
import type { Detector, DetectorHit, OrgContext } from './types';
import { matchAllGated } from '../text/regex-gate';

/** The text reads as a reply to, or a message for, one person. */
const REPLY_CONTEXT =
  /^\s*@\w|^\s*(?:Hi|Hey|Hello|Dear|Thanks|Thank you|Reply to|Replying to|Re:)\b|^\s*(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z]|\b(?:thanks?(?: you)? (?:so much )?for (?:your|the|leaving|taking)[\w ]{0,20}(?:review|feedback|comment|kind words|post|message|rating|stars?)|sorry (?:to (?:hear|read)|that|your|about|for|you)|we(?:'re|’re| are) (?:so |very |truly )?sorry|we (?:sincerely )?apologi[sz]e|apologies|responding to)\b/i;
const CARE_NOUN =
  "visits?|appointments?|intake|assessment|stay|admission|treatment(?: plan)?|procedure|surgery|operation|op|consultation|scans?|MRI|CT|x-?rays?|ultrasound|mammogram|colonoscopy|endoscopy|smear|Pap|biopsy|tests?|test results?|results|blood (?:test|work|results)|diagnosis|prescriptions?|medication|meds|filling|crown|root canal|extraction|implant|cleaning|whitening|braces|aligners|Invisalign|veneers|dentures?|fillers?|botox|tox|injections?|peel|facial|LASIK|touch[- ]?up|check-?up|recheck|follow-?up|fitting|coil|adjustment|therapy|sessions?|claim|insurance(?: ID)?|copay|co-pay|bill|deductible|Medicaid|Medicare|plan|exemption|referral|labou?r|delivery|condition|symptoms|chart|records?|notes|wisdom teeth|teeth|tooth|eyes?|knee|hip|(?<!money )back|shoulder|skin|lips|stitches|wound|cast|recovery|care with us|time with us|voicemail|fax|paperwork|abscess|swelling|mum|mom|dad|father|mother|son|daughter|wife|husband|child|baby";
const CONFIRMATION = new RegExp(
  [
    `\\b(?:your|ur) (?!next |upcoming )(?:[\\w'’-]+ ){0,3}(?:${CARE_NOUN})\\b`,
    `\\b(?:glad|pleased|happy|great|good) (?:to (?:hear|see) )?(?:that )?(?:your|the) (?:[\\w'’-]+ ){0,3}(?:${CARE_NOUN})\\b`,
    `\\bas your (?:dentist|doctor|GP|physician|therapist|surgeon|provider|practice|optometrist|orthodontist|midwife|consultant|care team|psychiatrist|counsell?or)\\b`,
    `\\b(?:when|while) you (?:were (?:here|with us|in|admitted|seen|treated)|came in|visited|saw (?:Dr|us|our)|had your)\\b`,
    `\\byou (?:came in|missed|cancelled|attended|underwent|were (?:seen|treated|admitted|discharged|diagnosed|prescribed|billed|charged))\\b`,
    `\\bour records (?:show|indicate)\\b`,
  ].join('|'),
  'gi',
);
// Invitations and reminders to everyone, not confirmations about one person.
const INVITATION_BEFORE =
  /\b(?:book|booking|start|begin|schedule|scheduling|make|request|manage|plan|planning|arrange|cancel|reschedule|prepare for|ahead of|before|confirm|for|remember|forget|bring|attend|keep|get|take|tell us about|tell us how|share|rate|review|off|towards)[ \u00a0]+$/i;

export type Confirmation = { start: number; end: number; phrase: string };

function addressesSomeone(text: string, org: OrgContext): boolean {
  if (REPLY_CONTEXT.test(text)) return true;
  const index = orgIndex(org);
  return /\byour?\b/i.test(text) && findNames(text).some((name) => !isStaffOrPublic(text, name, index));
}

/** Phrases that confirm a person's care, in a text written to or about that person. */
export function findConfirmations(text: string, org: OrgContext): Confirmation[] {
  if (!addressesSomeone(text, org)) return [];
  const found: Confirmation[] = [];
  for (const match of matchAllGated(CONFIRMATION, text)) {
    if (INVITATION_BEFORE.test(textBefore(text, match.index, 25))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, phrase: match[0] });
  }
  return found;
}

export const reviewReply: Detector = {
  meta: {
    id: 'review-reply',
    description:
      "Replies and messages to one person (thanks for your review, we're sorry, Hi <name>, @handle, Mrs <name>) that confirm a visit, treatment, results, diagnosis, insurance or a relative's stay ('sorry your visit on Tuesday...', 'as your dentist', 'your knee surgery', 'our records show'). Ignores generic replies ('please contact us') and invitations ('book your appointment', 'remember your check-up').",
  },
  detect({ text, org }) {
    return findConfirmations(text, org).map(
      ({ start, end, phrase }): DetectorHit => ({
        start,
        end,
        detail: `'${phrase}' confirms someone's care in a public message: don't mention visits, care, results or insurance; thank them and invite them to contact you privately.`,
      }),
    );
  },
};
