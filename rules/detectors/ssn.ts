// US Social Security numbers: AAA-GG-SSSS in assignable ranges; undashed only after an SSN cue.
import { textBefore } from './context';
import { spelledNumbers } from './spelled-digits';
import type { Detector, DetectorHit } from './types';

const DASHED = /(?<![\d\-/.])(\d{3})-(\d{2})-(\d{4})(?![\d\-/])/g;
// After an SSN cue, nine digits in any grouping and with any separators ("123 45 6789", "123.456.789").
const CUED = /(?<![\d\-/.])\d(?:[ ./-]{0,3}\d){8}(?![ ./-]{0,3}\d)/g;
// The last four digits after an SSN cue, or a masked SSN that still shows them: still an identifier.
const PARTIAL = /\b(?:SSN|SS#|social security(?: number| no\.?| #)?)[^\n\d]{0,12}?(?:ending(?: in)?|last (?:4|four)(?: digits)?(?: of)?|xx+-?)[ :#]*(\d{4})\b|(?<![\w-])[X*•]{3}-[X*•]{2}-(\d{4})\b/gi;
const SSN_CUE = /\b(?:SSN|SS#|SS ?no\.?|social security(?: number| no\.?| #)?|soc\.? ?sec\.?|social)\b[^\n\d]{0,12}$/i;
// ("SS 482 11 9034" on a billing line: the bare letters, in capitals, right before the number)
const SS_LABEL = /\bSS[ \u00a0:#]{1,3}$/;

/** Never issued: area 000, 666 or 900-999; group 00; serial 0000 (SSA). */
export function isAssignableSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export const ssn: Detector = {
  meta: {
    id: 'ssn',
    description:
      'US Social Security numbers written AAA-GG-SSSS in assignable ranges, 9 digits in any grouping right after "SSN"/"social security", the same read out digit by digit in words after a cue, and partial or masked SSNs that show the last four digits ("SSN ending 4471", "XXX-XX-2291"). Ignores area 000/666/9xx, group 00, serial 0000, and bare 9-digit numbers without a cue.',
  },
  detect({ text }) {
    const hits: DetectorHit[] = [];
    const taken = new Set<number>();
    for (const match of text.matchAll(DASHED)) {
      if (!isAssignableSsn(match[1]!, match[2]!, match[3]!)) continue;
      taken.add(match.index);
      hits.push({ start: match.index, end: match.index + match[0].length, detail: `'${match[0]}' has the form of a Social Security number: remove it.` });
    }
    for (const match of text.matchAll(CUED)) {
      const digits = match[0].replace(/\D/g, '');
      if (taken.has(match.index) || !isAssignableSsn(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))) continue;
      if (!SSN_CUE.test(textBefore(text, match.index, 40)) && !SS_LABEL.test(textBefore(text, match.index, 8))) continue;
      hits.push({ start: match.index, end: match.index + match[0].length, detail: `'${match[0]}' follows a Social Security cue: remove the number.` });
    }
    // Read out in words after an SSN cue: "social security five one two, four four, ..."
    for (const spelled of spelledNumbers(text)) {
      const { digits } = spelled;
      if (digits.length !== 9 || !isAssignableSsn(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)) || !SSN_CUE.test(textBefore(text, spelled.start, 40))) continue;
      hits.push({ ...spelled, detail: `'${text.slice(spelled.start, spelled.end)}' spells out a number after a Social Security cue: remove it.` });
    }
    for (const match of text.matchAll(PARTIAL)) {
      if (taken.has(match.index)) continue;
      hits.push({ start: match.index, end: match.index + match[0].length, detail: `'${match[0]}' gives part of a Social Security number: remove it.` });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
