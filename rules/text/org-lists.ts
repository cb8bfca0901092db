// The organisation's own names, staff and contacts are never reported as a patient's. Comparison
// ignores case, spacing and punctuation; phone numbers compare by digits, so "+44 161 555 0100"
// and "0161 555 0100" are the same number.

import { staffName, type OrgContext } from '../detectors/types';

const MIN_PHONE_DIGITS = 7;
// National and international forms of a number share (at least) their last 9 digits.
const PHONE_SUFFIX_DIGITS = 9;

function normalised(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}

function samePhone(a: string, b: string): boolean {
  if (a.length < MIN_PHONE_DIGITS || b.length < MIN_PHONE_DIGITS) return false;
  if (a === b) return true;
  return a.length >= PHONE_SUFFIX_DIGITS && b.length >= PHONE_SUFFIX_DIGITS && a.slice(-PHONE_SUFFIX_DIGITS) === b.slice(-PHONE_SUFFIX_DIGITS);
}

/** A predicate telling whether a piece of text is one of the organisation's own entries. */
export function compileOrgAllowList(org: OrgContext): (text: string) => boolean {
  const entries = [...org.names, ...org.staff.map(staffName), ...org.contacts, ...(org.addresses ?? [])];
  const texts = new Set(entries.map(normalised).filter(Boolean));
  const phones = entries.map(digitsOf).filter((digits) => digits.length >= MIN_PHONE_DIGITS);
  return (text) => {
    if (texts.has(normalised(text))) return true;
    const digits = digitsOf(text);
    // Only compare by digits when the text is mostly a number (not "Room 12, 0161 555 0100").
    if (digits.length < MIN_PHONE_DIGITS || /\p{L}{2,}/u.test(text)) return false;
    return phones.some((phone) => samePhone(phone, digits));
  };
}
