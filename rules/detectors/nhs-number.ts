// NHS / CHI / H&C numbers: 10 digits passing Modulus 11 (research/domain.md §2).
import { CARE_CUE, PHONE_CUE } from './cues';
import { findCue, sentenceAround, textBefore } from './context';
import { spelledNumbers } from './spelled-digits';
import type { Detector, DetectorHit } from './types';

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** The 999 test range and repeated digits: never a real patient's, even when labelled. */
const isNeverIssued = (digits: string) => digits.startsWith('999') || /^(\d)\1{9}$/.test(digits);

/** Modulus 11 check, minus numbers never issued. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || isNeverIssued(digits)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

// Ten digits in any grouping ("943 476 5919", "943 4765919", "943.476.59.19", "943/476/5919"), up to three
// separator characters (" - ") between digits; not inside a longer number.
const CANDIDATE = /(?<![\d+\-/.])\d(?:[ ./-]{0,3}\d){9}(?![ ./-]{0,3}\d)/g;
// Unlabelled, only the groupings people write (3-3-4, 3-7, 3-3-2-2...): a list of small numbers is not one.
const WRITTEN_GROUPS = /^\d{2,}(?:[ ./-]{1,3}\d{2,})*$/;
const NHS_LABEL = /\b(?:NHS|CHI|H&C|health and care)(?: (?:no|num|number|#))?\.?(?: is)?[\s:#.\-]*$/i;

export const nhsNumber: Detector = {
  meta: {
    id: 'nhs-number',
    description:
      'NHS, CHI and H&C numbers (10 digits, Modulus 11 valid) in any grouping (3-3-4, 3-7, spaces, dots, slashes, hyphens, unbroken), and any 10-digit number labelled as one even when its check digit fails; also read out digit by digit in words (four eight five, seven seven seven ...). Ignores the never-issued 999 range, repeated digits, numbers introduced as phone numbers, and unlabelled numbers starting with 0 (UK phone numbers).',
  },
  detect({ text }) {
    const hits: DetectorHit[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const digits = match[0].replace(/\D/g, '');
      const span = { start: match.index, end: match.index + match[0].length };
      const before = textBefore(text, span.start, 40);
      const labelled = NHS_LABEL.test(before);
      if (labelled && !isValidNhsNumber(digits) && !isNeverIssued(digits)) {
        hits.push({ ...span, severity: 'error', detail: `'${match[0]}' is labelled as an NHS number (its check digit does not match, so it may be mistyped): remove it.` });
        continue;
      }
      if (!isValidNhsNumber(digits)) continue;
      if (!labelled && (!WRITTEN_GROUPS.test(match[0]) || digits.startsWith('0') || PHONE_CUE.test(before) || /\(\s*$/.test(before))) continue;
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
    // Read out in words ("four eight five, seven seven seven, three four five six"): the digits must pass
    // the checksum, or be labelled as an NHS number.
    for (const spelled of spelledNumbers(text)) {
      if (spelled.digits.length !== 10) continue;
      const labelled = NHS_LABEL.test(textBefore(text, spelled.start, 40));
      if (!isValidNhsNumber(spelled.digits) && !labelled) continue;
      const shown = text.slice(spelled.start, spelled.end);
      hits.push({ ...spelled, severity: 'error', detail: `'${shown}' spells out ${labelled ? 'an NHS number' : 'a number that passes the NHS checksum'}: remove it.` });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
