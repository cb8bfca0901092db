// Medical record / hospital numbers. No standard format exists, so the label is the evidence.
import type { Detector, DetectorHit } from './types';

const LABEL =
  /\b(?:MRN|M\.R\.N\.?|med(?:ical)?\.? ?rec(?:ord)?s?\.?(?: ?(?:number|num|no|#))?|hosp(?:ital)?\.?(?: ?(?:number|num|no|#|ID))|unit (?:number|num|no|#)|patient (?:ID|number|num|no|#)|chart (?:number|num|no|#)|case ?note (?:number|no))\.?(?: (?:for|of) (?:Mr|Mrs|Ms|Miss|Mx)?\.? ?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})?(?: is| was)?[\s:#=.\-]*/gi;
// The value: optional letter prefix, then digits (at least four in all), possibly hyphenated.
const VALUE = /^(?:[A-Z]{1,3}[ -]?)?\d[\d-]{2,14}[A-Z]?(?![\w-])/i;

export const mrn: Detector = {
  meta: {
    id: 'mrn',
    description:
      'Medical record / hospital / unit numbers and patient IDs: a label (MRN, medical record no., hospital number, Hosp No, unit number, patient ID, chart no.) followed by a value with at least four digits. Ignores the labels alone ("patient ID wristbands") and unlabelled reference numbers.',
  },
  detect({ text }) {
    const hits: DetectorHit[] = [];
    for (const label of text.matchAll(LABEL)) {
      const valueStart = label.index + label[0].length;
      const value = VALUE.exec(text.slice(valueStart, valueStart + 24));
      if (!value || (value[0].match(/\d/g)?.length ?? 0) < 4) continue;
      hits.push({
        start: valueStart,
        end: valueStart + value[0].length,
        detail: `'${value[0]}' is labelled as a medical record number ('${label[0].trim()}'): remove it.`,
      });
    }
    return hits;
  },
};
