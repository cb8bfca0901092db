// UK and North American phone numbers that are not the organisation's.
import { readContactOwner } from './contact-owner';
import { textBefore } from './context';
import { PHONE_CUE } from './cues';
import { isValidNhsNumber } from './nhs-number';
import { orgIndex } from './org';
import { parseUkUsPhone, type ParsedPhone } from './phone/parse';
import type { Detector, DetectorHit } from './types';

// One linear character class (no nested quantifiers): digits, spaces, dots, hyphens, brackets.
const CANDIDATE = /(?<![\w+@/.-])(?:\+|\b00)?\(?\d[\d \u00a0().-]{6,20}\d(?![\w@/-])/g;
const IDENTIFIER_LABEL = /\b(?:NHS|CHI|MRN|hospital|hosp|unit|patient ID|SSN|social security|ref(?:erence)?|order|invoice|account|acct|policy|member|case)\b[^\n\d]{0,16}$/i;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * The candidate class also spans ". " and spaces, so "0161 496 0000. 2 beds" arrives with a tail:
 * retry without trailing groups until a number parses or too few digits remain.
 */
function longestPhonePrefix(candidate: string): { text: string; phone: ParsedPhone } | null {
  for (let text = candidate; digitsOf(text).length >= 10; text = text.replace(/[ \u00a0.()-]+\d+\)?$/, '')) {
    const phone = digitsOf(text).length <= 13 ? parseUkUsPhone(text) : null;
    if (phone) return { text, phone };
    if (!/[ \u00a0.()-]\d+\)?$/.test(text)) break;
  }
  return null;
}

/** A 3-3-4 number that passes Modulus 11 and is not dressed as a phone number is the NHS detector's. */
function looksLikeNhsNumber(candidate: string, before: string): boolean {
  const digits = digitsOf(candidate);
  if (!isValidNhsNumber(digits) || candidate.startsWith('+') || candidate.includes('(')) return false;
  return !PHONE_CUE.test(before);
}

export const phone: Detector = {
  meta: {
    id: 'phone',
    description:
      "UK (0..., +44) and North American (+1, 10-digit) phone and fax numbers, as errors next to a person and warnings otherwise; Ofcom drama and NANP 555-01xx numbers count too (they still show a personal number in the post). Ignores the organisation's contacts, numbers introduced as the organisation's ('call us on'), NHS 111/999/911, numbers labelled as NHS/MRN/reference numbers, and 10-digit NHS numbers not introduced as phone numbers.",
  },
  detect({ text, org }) {
    const index = orgIndex(org);
    const hits: DetectorHit[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const before = textBefore(text, match.index, 40);
      if (IDENTIFIER_LABEL.test(before)) continue;
      if (!/\d{3}/.test(match[0])) continue; // real numbers have a group of 3+ digits; "1 1 1 1" does not
      const found = longestPhonePrefix(match[0]);
      if (!found || index.phones.has(found.phone.e164) || looksLikeNhsNumber(found.text, before)) continue;
      const candidate = found.text;
      const span = { start: match.index, end: match.index + candidate.length };
      const reading = readContactOwner(text, span, 'phone number', candidate, index);
      if (!reading) continue;
      hits.push({ ...span, severity: reading.severity, detail: reading.why });
    }
    return hits;
  },
};
