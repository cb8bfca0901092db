// The organisation's own details, normalised once per org object so detectors compare cheaply:
// phone numbers as E.164, emails and their domains in lower case, staff names as plain tokens.

import { toE164 } from './phone/parse';
import { staffName, type OrgContext } from './types';

export type OrgIndex = {
  phones: Set<string>;
  emails: Set<string>;
  emailDomains: Set<string>;
  /** Other contacts (street addresses, postcodes), lower case, single-spaced. */
  texts: string[];
  /** Staff full names without titles, lower case ("priya shah"). */
  staffNames: string[];
  /** Org names, lower case. */
  names: string[];
};

const TITLE = /^(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|sister|nurse|charge nurse|staff nurse|matron|midwife|paramedic|porter|chaplain|pastor|father|sir|dame|rev|reverend)\.?\s+/i;
const EMAIL = /^[^\s@]+@([^\s@]+)$/;

const cache = new WeakMap<OrgContext, OrgIndex>();

export function normaliseSpace(text: string): string {
  // (accents folded: the draft is read with them folded, "Siân" as "Sian")
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s,]+/g, ' ').trim();
}

export function stripTitles(name: string): string {
  let rest = name.trim();
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(TITLE, '');
  }
  return rest;
}

function build(org: OrgContext): OrgIndex {
  const index: OrgIndex = { phones: new Set(), emails: new Set(), emailDomains: new Set(), texts: [], staffNames: [], names: [] };
  for (const contact of org.contacts) {
    const email = EMAIL.exec(contact.trim());
    if (email) {
      index.emails.add(contact.trim().toLowerCase());
      index.emailDomains.add(email[1]!.toLowerCase());
      continue;
    }
    const phone = /^[+\d(][\d\s().\-+]{6,}$/.test(contact.trim()) ? toE164(contact) : null;
    if (phone) index.phones.add(phone);
    else index.texts.push(normaliseSpace(contact));
  }
  // (a directory entry may carry credentials or a role after a comma: "Jenna Moore, NP")
  // A nickname in quotes is a name the post may use alone: "Paramedic Ian 'Mac' McAllister" is also "Ian McAllister" and "Mac".
  index.staffNames = org.staff
    .flatMap((entry) => {
      const name = stripTitles(staffName(entry).split(',')[0]!);
      const nickname = /['‘"“]([^'’"”]+)['’"”]/.exec(name);
      return nickname ? [name.replace(nickname[0], ' '), nickname[1]!] : [name];
    })
    .map(normaliseSpace)
    .filter(Boolean);
  index.names = org.names.map(normaliseSpace).filter(Boolean);
  return index;
}

export function orgIndex(org: OrgContext): OrgIndex {
  let index = cache.get(org);
  if (!index) {
    index = build(org);
    cache.set(org, index);
  }
  return index;
}

/** True when `candidate` (an address or postcode) is part of one of the org's own contacts. */
export function isOrgText(index: OrgIndex, candidate: string): boolean {
  const needle = normaliseSpace(candidate);
  return index.texts.some((contact) => contact.includes(needle));
}

/** True when `name` is a listed staff member, in full or by surname ("Dr Shah" for "Dr Priya Shah"). */
export function isStaffName(index: OrgIndex, name: string): boolean {
  if (index.staffNames.length === 0) return false;
  // ("'Mac' McAllister": a nickname before the surname is not part of it)
  const needle = normaliseSpace(stripTitles(name.replace(/^['‘"“][^'’"”]+['’"”]\s*/, '')));
  if (!needle) return false;
  return index.staffNames.some((staff) => staff === needle || staff.endsWith(' ' + needle));
}
