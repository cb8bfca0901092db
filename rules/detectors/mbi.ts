// Medicare Beneficiary Identifiers: 11 characters, C A AN N A AN N A A N N, letters excluding S L O I B Z.
import { textBefore } from './context';
import type { Detector, DetectorHit } from './types';

const L = '[AC-HJKMNP-RT-Y]';
const LN = '[AC-HJKMNP-RT-Y0-9]';
const MBI = new RegExp(`(?<![\\w-])[1-9]${L}${LN}\\d-?${L}${LN}\\d-?${L}{2}\\d{2}(?![\\w-])`, 'g');
// Device and product codes share the shape ("lot number 3CA9-N41-YJ06").
const PRODUCT_CUE = /\b(?:lot|batch|serial|part|model|ref(?:erence)?|SKU|product|code|catalog(?:ue)?|order|device|UDI|tracking)\b[^\n]{0,15}$/i;
const MEDICARE_CUE = /\b(?:MBI|Medicare|beneficiary|member|ID|card)\b[^\n]{0,20}$/i;
// A post about Medicare or MBIs makes any MBI-shaped string in it one ("Example from a claim: 1EG4-TE5-MK73").
const MEDICARE_POST = /\b(?:MBI|Medicare)\b/;

export const mbi: Detector = {
  meta: {
    id: 'mbi',
    description:
      'Medicare Beneficiary Identifiers (1EG4-TE5-MK73 form, with or without hyphens, capitals only), as errors after a Medicare/MBI cue and warnings otherwise. Ignores lot, serial and product codes, and strings using the excluded letters S, L, O, I, B, Z or the wrong letter/digit positions.',
  },
  detect({ text }) {
    const hits: DetectorHit[] = [];
    for (const match of text.matchAll(MBI)) {
      const before = textBefore(text, match.index, 40);
      const cued = MEDICARE_CUE.test(before) || MEDICARE_POST.test(text);
      if (!cued && PRODUCT_CUE.test(before)) continue;
      hits.push({
        start: match.index,
        end: match.index + match[0].length,
        severity: cued ? undefined : 'warning',
        detail: `'${match[0]}' has the format of a Medicare Beneficiary Identifier: remove it.`,
      });
    }
    return hits;
  },
};
