// UK and North American phone numbers via libphonenumber-js with trimmed metadata (see make-metadata.ts).

import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './uk-us-metadata.json';
import { memoLast } from '../../text/memo-last';

const metadata = metadataJson as unknown as MetadataJson;

export type ParsedPhone = {
  e164: string;
  country: CountryCode | undefined;
  /** In a range reserved for drama and examples (Ofcom 07700 900xxx etc., NANP 555-0100..0199). */
  fictional: boolean;
};

// Ofcom's drama ranges (national significant numbers, after the trunk 0). libphonenumber calls some
// of them invalid; they still have the shape of a real person's number.
const UK_DRAMA = /^(?:7700900|2079460|1632960|11[3-8]4960|1214960|1314960|1414960|1514960|1614960|1914980|2896496|2920180|8081570|9098790|3069990)/;
const NANP_FICTIONAL = /^[2-9]\d{2}55501\d{2}$/;

function defaultCountryFor(raw: string): CountryCode {
  return raw.trimStart().startsWith('0') ? 'GB' : 'US';
}

/**
 * Parses a UK or North American number; null if it is not one (or not possibly one). A draft is
 * checked on every keystroke and its numbers stay the same, while libphonenumber's parse is the
 * costliest step of a number-dense check: the last 256 answers are remembered.
 */
export const parseUkUsPhone: (raw: string) => ParsedPhone | null = memoLast(parseUncached, 256);

function parseUncached(raw: string): ParsedPhone | null {
  const text = raw.trim().replace(/^00(?=[1-9])/, '+');
  const phone = parsePhoneNumberFromString(text, defaultCountryFor(text), metadata);
  if (!phone || !phone.isPossible()) return null;
  const national = String(phone.nationalNumber);
  const fictional = phone.countryCallingCode === '44' ? UK_DRAMA.test(national) : NANP_FICTIONAL.test(national);
  if (!phone.isValid() && !fictional) return null;
  return { e164: phone.number, country: phone.country, fictional };
}

export function toE164(raw: string): string | null {
  return parseUkUsPhone(raw)?.e164 ?? null;
}
