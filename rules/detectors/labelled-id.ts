// Identifiers recognised by their label, not their format: record, account, insurance, claim, case and
// booking numbers have no standard shape, so "a value with digits right after an identifier label" is
// the evidence. The medical-record labels belong to the mrn detector (same engine, its own rule id);
// this one covers every other label. Values may mix letters and digits and carry OCR-like confusions
// ("9O2" is 902). NHS/CHI numbers are the nhs-number detector's.
import { findCue, sentenceAround, type Span } from './context';
import type { Detector, DetectorHit } from './types';

/** Words that end a label: "no.", "number", "#", "ID", "ref". */
const SUFFIX = String.raw`(?:[ \t]?(?:no\b\.?|nos?\.|num(?:ber)?\b\.?|nbr\b|#|ID\b|ref(?:erence)?\b\.?|code\b))`;

export type LabelFamily = { what: string; labels: string };

export const RECORD_LABELS: LabelFamily = {
  what: 'a medical record number',
  labels: [
    String.raw`MRN\b`,
    String.raw`M\.R\.N\b\.?`,
    String.raw`MR ?#`,
    String.raw`MR${SUFFIX}`,
    String.raw`med(?:ical)?\.? ?rec(?:ord)?s?\b\.?${SUFFIX}?`,
    String.raw`(?:hosp(?:ital)?|H)\b\.?${SUFFIX}`,
    String.raw`(?:unit|chart|record|case ?note|patient|pt)\b\.?${SUFFIX}`,
    String.raw`PAS\b${SUFFIX}?`,
  ].join('|'),
};

export const OTHER_LABELS: LabelFamily = {
  what: 'an identifier',
  labels: [
    String.raw`(?:patient |pt\.? |billing |invoice )?(?:account|acct|a/c)\b\.?${SUFFIX}?`,
    String.raw`(?:billing|invoice|claim|case|referral|episode|encounter|visit|admission|accession|specimen|sample|lab|prescription|Rx|script|policy|insurance|insurer|subscriber|member(?:ship)?|group|Medicaid|Medicare|plan|beneficiary|client|donor|recipient|resident|couple|cycle|your (?:ref(?:erence)?|booking|appointment))\b\.?${SUFFIX}`,
    String.raw`(?:couple|client|donor|recipient|resident|case|cycle|pt|patient)\s?#`,
    // A bare "ID" counts after an insurer's or plan's name ("Delta Dental ID 9982 0413 776"): see namedId.
    String.raw`ID\b(?: no\b\.?| number\b| #)?`,
  ].join('|'),
};

const BARE_ID = /^ID\b/i;
// Case-sensitive on purpose: a capitalised name before "ID", and not a medical-record label (mrn's).
const NAME_BEFORE_ID = /(?<![\w-])(?!(?:Patient|Pt|Hospital|Hosp|Unit|Chart|Record|PAS|NHS|CHI|MRN|Staff|Employee|Photo|Caller|User)\b)[A-Z][A-Za-z]+ $/;

/** Booking, appointment and confirmation references are a patient's only in a message to a person. */
const BOOKING_LABEL = String.raw`(?:booking|appointment|confirmation|reservation)${SUFFIX}`;
// Case-sensitive: a title, or a greeting to someone by name or handle ("Hi Sam", "@sam_k"), not "Hi all".
const ADDRESSES_A_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Mx)\b|\b(?:Dear|Hi|Hello|Hey|Thanks|Thank you),? (?!All\b|Everyone\b|Everybody\b|Team\b)[A-Z][a-z]+|@\w/;

// Connecting words between label and value: "MRN is 123", "hospital number for Mrs Irene Walsh: 123".
const CONNECTOR = String.raw`(?: (?:for|of) (?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?[A-Z][\w'.-]*(?: (?!is\b|was\b)[A-Z][\w'.-]*){0,3})?(?: is| was)?[ \t:#=.\-]*`;

// Identifiers of the organisation, its staff, events or products, not of a patient.
const NOT_A_PATIENT_BEFORE =
  /\b(?:meeting|webinar|zoom|teams|event|conference|charity|company|registration|registered|VAT|GMC|NMC|HCPC|GPhC|CQC|ODS|provider|practice|organisation|organization|staff|employee|job|vacancy|ticket|order|product|tracking|lot|batch|serial|model|part|SKU|catalog(?:ue)?|flight|room|page|version|ISBN|DOI|NPI|DEA|licen[cs]e|trial|study|grant|award|bus|route|gate|platform|table|stand|booth)\b[^.!?\n]{0,12}$/i;

const TOKEN = /[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*/y;
/** OCR-like confusions inside a run of digits: O for 0, l or I for 1. */
const OCR_DIGIT = /(?<=\d)[Oo]|[Oo](?=\d)|(?<=\d)[lI](?=\d)/g;
const digitCount = (value: string) => value.replace(OCR_DIGIT, '0').replace(/\D/g, '').length;
const MIN_DIGITS = 4;

/** The value after a label: letter/digit tokens joined by single spaces; later tokens must hold a digit. */
function valueAt(text: string, start: number): Span | null {
  let position = start;
  let end = start;
  let tokens = 0;
  for (;;) {
    TOKEN.lastIndex = position;
    const token = TOKEN.exec(text);
    if (!token) break;
    const hasDigit = digitCount(token[0]) > 0;
    // A short capital prefix may lead ("XJH 882 104 37"); after that, every token needs a digit.
    if (!hasDigit && !(tokens === 0 && /^[A-Z]{1,4}$/.test(token[0]))) break;
    tokens++;
    position += token[0].length;
    if (hasDigit) end = position;
    if (text[position] !== ' ' || !/[A-Za-z0-9]/.test(text[position + 1] ?? '')) break;
    position++;
  }
  if (end === start) return null;
  const value = text.slice(start, end);
  // A round number after "patient #" is a milestone ("patient #1000"), a year is a year ("client #2024").
  if (digitCount(value) < MIN_DIGITS || /^(?:\d0+|19\d\d|20\d\d)$/.test(value)) return null;
  return { start, end };
}

/** Every value after a label of `family`, as a span of the value alone (what the writer removes). */
export function findLabelledValues(text: string, family: LabelFamily): (Span & { label: string; value: string })[] {
  const found: (Span & { label: string; value: string })[] = [];
  for (const match of text.matchAll(labelPattern(family))) {
    const valueStart = match.index + match[0].length;
    const value = valueAt(text, valueStart);
    if (!value) continue;
    const label = match[1]!;
    if (BARE_ID.test(label) && !NAME_BEFORE_ID.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    if (NOT_A_PATIENT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index + label.length))) continue;
    if (family === OTHER_LABELS && new RegExp(`^${BOOKING_LABEL}$`, 'i').test(label.trim())) {
      if (!findCue(text, ADDRESSES_A_PERSON, sentenceAround(text, value))) continue;
    }
    found.push({ ...value, label: label.trim(), value: text.slice(value.start, value.end) });
  }
  return found;
}

const patterns = new WeakMap<LabelFamily, RegExp>();
function labelPattern(family: LabelFamily): RegExp {
  let pattern = patterns.get(family);
  if (!pattern) {
    const labels = family === OTHER_LABELS ? `${family.labels}|${BOOKING_LABEL}` : family.labels;
    pattern = new RegExp(String.raw`(?<![\w#])(${labels})${CONNECTOR}`, 'gi');
    patterns.set(family, pattern);
  }
  return pattern;
}

export function labelledDetector(id: string, family: LabelFamily, description: string): Detector {
  return {
    meta: { id, description },
    detect({ text }) {
      return findLabelledValues(text, family).map(
        ({ start, end, label, value }): DetectorHit => ({
          start,
          end,
          detail: `'${value}' is labelled as ${family.what} ('${label}'): remove it.`,
        }),
      );
    },
  };
}

export const labelledId = labelledDetector(
  'labelled-id',
  OTHER_LABELS,
  "Numbers and codes after an identifier label other than a medical record's: patient account / acct #, billing and claim numbers, case and referral numbers, member, policy, subscriber and insurance IDs, an insurer's ID ('Delta Dental ID ...'), client/donor/couple #, and booking or appointment references in a message to a person. The value needs at least four digits; O/l inside a digit run count as 0/1. Ignores labels alone, round milestones ('patient #1000'), and staff, organisation, event, order and product numbers (charity no., GMC number, meeting ID, order number).",
);
