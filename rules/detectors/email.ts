// Email addresses that are not the organisation's.
import { readContactOwner } from './contact-owner';
import { orgIndex } from './org';
import type { Detector, DetectorHit } from './types';

const EMAIL = /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;
// Shared mailboxes of an organisation, not of an individual.
// Consumer mail providers: an address there belongs to an individual unless introduced as ours.
const PERSONAL_DOMAIN =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|comcast|verizon|att|sbcglobal|btinternet|btopenworld|sky|virginmedia|talktalk|ntlworld|protonmail|proton|gmx|mail|zoho)\.[a-z.]+$/;
const ROLE_MAILBOX =
  /^(?:info|enquiries|inquiries|contact|hello|help|support|press|media|news|comms|communications|pals|feedback|complaints|appointments?|bookings?|reception|admin|office|careers|jobs|recruitment|volunteer(?:s|ing)?|donate|donations|fundraising|events|marketing|social|team|noreply|no-reply|webmaster|privacy|dpo|foi)(?:[._-][a-z0-9]+)?$/i;
// A part of the local part made only of department or function words: patientrelations@, patient.experience@,
// charity@, maternity-bookings@, referrals.cardiology@, hr-team@ are shared mailboxes.
const ROLE_PART =
  /^(?:patients?|general|main|central|nhs|relations|experience|advocacy|liaison|services|enquir|inquir|referrals?|admissions|bookings?|appointments?|charity|foundation|fundraising|donations?|trust|office|desk|team|helpline|switchboard|reception|secretar|records|results|billing|accounts|finance|payroll|hr|pharmacy|radiology|maternity|midwi|clinic|surgery|practice|unit|ward|department|dept|outpatients|governance|safeguarding|quality|research|education|training|library|estates|facilities|it|ict|digital|comms|press|media|marketing)+$/i;

function isRoleMailbox(local: string): boolean {
  return ROLE_MAILBOX.test(local) || local.split(/[._-]/).some((part) => ROLE_PART.test(part));
}

export const email: Detector = {
  meta: {
    id: 'email',
    description:
      "Email addresses, as errors next to a person (patient, relative, 'her email') or at a personal mail provider (gmail, yahoo, comcast...), warnings otherwise. Ignores the organisation's contacts, any address at the organisation's own email domains, role and department mailboxes (info@, press@, bookings@, patientrelations@, charity@, maternity.bookings@...) and addresses introduced as the organisation's ('email us at').",
  },
  detect({ text, org }) {
    const index = orgIndex(org);
    const hits: DetectorHit[] = [];
    for (const match of text.matchAll(EMAIL)) {
      const address = match[0].toLowerCase();
      const [local = '', domain = ''] = address.split('@');
      if (index.emails.has(address) || index.emailDomains.has(domain) || isRoleMailbox(local)) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      const reading = readContactOwner(text, span, 'email address', match[0], index);
      if (!reading) continue;
      const personal = PERSONAL_DOMAIN.test(domain);
      hits.push({
        ...span,
        severity: personal ? undefined : reading.severity,
        detail: personal && reading.severity ? `'${match[0]}' is a personal email address (${domain}) that is not the organisation's: remove it.` : reading.why,
      });
    }
    return hits;
  },
};
