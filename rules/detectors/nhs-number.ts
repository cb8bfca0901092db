// NHS / CHI / H&C numbers: 10 digits passing Modulus 11 (research/domain.md §2).
import { CARE_CUE, PHONE_CUE } from './cues';
import { findCue, sentenceAround, textBefore } from './context';
import type { Detector, DetectorHit } from './types';

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** Modulus 11 check, minus numbers never issued: the 999 test range and repeated digits. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || digits.startsWith('999') || /^(\d)\1{9}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

// 3-3-4 with one consistent separator (space, hyphen) or none; not inside a longer number.
const CANDIDATE = /(?<![\d+\-/.])(\d{3})([ \u00a0-]?)(\d{3})\2(\d{4})(?![\d\-/])/g;
const NHS_LABEL = /\b(?:NHS|CHI|H&C|health and care)(?: (?:no|num|number|#))?\.?(?: is)?[\s:#.\-]*$/i;

export const nhsNumber: Detector = {
  meta: {
    id: 'nhs-number',
    description:
      'NHS, CHI and H&C numbers (10 digits, Modulus 11 valid) in 3-3-4, hyphenated or unbroken form. Ignores the never-issued 999 range, repeated digits, numbers introduced as phone numbers, and unlabelled numbers starting with 0 (UK phone numbers).',
  },
  detect({ text }) {
    const hits: DetectorHit[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const digits = match[1]! + match[3]! + match[4]!;
      if (!isValidNhsNumber(digits)) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      const before = textBefore(text, span.start, 40);
      const labelled = NHS_LABEL.test(before);
      if (!labelled && (digits.startsWith('0') || PHONE_CUE.test(before) || /\(\s*$/.test(before))) continue;
      const care = labelled ? null : findCue(text, CARE_CUE, sentenceAround(text, span));
      hits.push({
        ...span,
        severity: labelled || care ? 'error' : 'warning',
        detail: labelled
          ? `'${match[0]}' is labelled as an NHS number and passes the NHS checksum: remove it.`
          : care
            ? `'${match[0]}' passes the NHS number checksum and sits next to '${care.word}': remove it.`
            : `'${match[0]}' passes the NHS number checksum: if it is an NHS number, remove it.`,
      });
    }
    return hits;
  },
};
