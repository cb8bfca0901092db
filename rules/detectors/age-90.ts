// Ages of 90 and over (HIPAA Safe Harbor: only "90 or older" may be shown).
import { CARE_CUE } from './cues';
import { findCue, neighbourhoodAround, sentenceAround, textAfter, textBefore, type Span } from './context';
import { findPeople } from '../people/mentions';
import { NOT_PATIENT, possiblePatientIn, roleOf } from '../people/roles';
import { orgIndex, type OrgIndex } from './org';
import type { Detector, DetectorHit } from './types';

const AGE = '(9\\d|1[0-1]\\d)';
// Each alternative reads as a person's age: "95-year-old", "aged 101", "turns 100", "102nd birthday",
// "93 years young", "Edith, 96,".
// Case-sensitive on purpose: the name-based forms need a capitalised name ("Mabel is 105!", not
// "capacity is 100").
const PERSON_AGE = new RegExp(
  [
    `\\b${AGE}[ -]?(?:[Yy]ears?|[Yy]rs?)[ -][Oo]ld\\b`,
    `\\b${AGE} years young\\b`,
    `\\b[Aa]ged? ${AGE}\\b(?!%)`,
    `\\b(?:[Tt]urns|[Tt]urned|[Tt]urning|[Rr]eached|[Rr]eaches|[Rr]eaching) ${AGE}\\b(?!%| ?(?:years of|patients|beds|staff))`,
    `\\b${AGE}(?:st|nd|rd|th|ST|ND|RD|TH) (?:[Bb]irthday|BIRTHDAY)\\b`,
    `(?<=[A-Za-z.)], )${AGE}(?=,)`,
    `(?<=\\b[A-Z][a-z]+ )\\(${AGE}!?\\)`,
    `(?<=\\b[A-Z][a-z]+ (?:is|was|turned|turns) )${AGE}(?![\\d%])(?= ?[!.,]|$)`,
    `\\b[Hh]appy ${AGE}(?:st|nd|rd|th)\\b(?! birthday)`,
    // in the languages posts mix in: "cumplió 94 años", "82 tuổi", "yn 100 oed", "95 ans"
    `\\b${AGE} (?:años|tuổi|oed|ans|Jahre|lat|anyos|taong gulang)\\b`,
    // "cumpleaños número 91", "100번째 생신", "김순자 할머니 (95세)"
    `\\b(?:[Cc]umpleaños|[Bb]irthday) (?:número |no\\.? |#)${AGE}\\b`,
    `\\b${AGE}(?:번째 ?(?:생신|생일)|세(?![가-힣]))`,
    // (with a birthday said before or after: "97 today ... happy birthday to our Bert")
    `\\b${AGE} today\\b(?:(?<=[Bb]irthday[^]{0,120})|(?=[^]{0,120}[Bb]irthday))`,
  ].join('|'),
  'g',
);
// Birthdays and milestones of organisations ("Riverside Hospital turns 100", "happy 100th birthday, NHS").
const ORG_SUBJECT = /\b(?:hospital|trust|NHS|clinic|practice|surgery|charity|service|foundation|organi[sz]ation|building|ward|we|our (?:hospital|trust|clinic|practice|charity))\b(?:['’]s)?(?:[ \u00a0]+\w+)?[ \u00a0]*$/i;
const ORG_AFTER = /^[^.!?\n]{0,12}\b(?:to (?:the |our )?(?:NHS|hospital|trust|clinic|practice|charity|service|building|ward))\b/i;
// Populations, not a person: "Americans aged 100+", "people aged 90 and over".
const AGGREGATE_BEFORE = /\b(?:Americans|Britons|people|adults|patients|those|residents|women|men|anyone|everyone|over|under|population|number of)[ \u00a0]+$/i;
const AGGREGATE_AFTER = /^(?:\+|[ \u00a0]+(?:and|or) (?:over|older|above|up))/i;
const STAFF = /\b(?:volunteer|nurse|doctor|staff|colleague|fundraiser|employee|porter|midwife)s?\b/i;

/** The age is said of a named person the post shows to be staff, a volunteer, a donor...: "Doreen, 92, our longest-serving volunteer". */
function belongsToNonPatient(text: string, age: Span, sentence: Span, index: OrgIndex): boolean {
  const people = findPeople(text);
  const owner = people
    .filter((person) => person.start >= sentence.start && person.end <= sentence.end)
    .sort((a, b) => distance(a, age) - distance(b, age))[0];
  return owner !== undefined && NOT_PATIENT.has(roleOf(text, owner, people, index).role);
}

const SHORT_POST = 300;

const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start - b.end);

export const age90: Detector = {
  meta: {
    id: 'age-90',
    description:
      "Ages of 90 and over about a person ('our 95-year-old patient', 'aged 101', 'turns 100', '102nd birthday'); a warning otherwise. An error next to a care word or a named person. Ignores anniversaries, counts and populations ('100 years of care', 'our 90th anniversary', '95% of patients', 'Americans aged 100+'), organisations' birthdays and staff or volunteers' ages.",
  },
  detect({ text, org }) {
    const hits: DetectorHit[] = [];
    const orgNames = org.names.map((name) => name.toLowerCase());
    const index = orgIndex(org);
    for (const match of text.matchAll(PERSON_AGE)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const before = textBefore(text, span.start, 40);
      const after = textAfter(text, span.end, 45);
      if (ORG_SUBJECT.test(before) || ORG_AFTER.test(after) || orgNames.some((name) => (before + after).toLowerCase().includes(name))) continue;
      if (AGGREGATE_BEFORE.test(before) || AGGREGATE_AFTER.test(after)) continue;
      const sentence = sentenceAround(text, span);
      if (belongsToNonPatient(text, span, sentence, index)) continue;
      // A short post is one story: "Oldest flu jab of the day goes to a 96-year-old ..." is about a patient.
      const story = text.length <= SHORT_POST ? { start: 0, end: text.length } : neighbourhoodAround(text, span);
      const care = findCue(text, CARE_CUE, story) ?? possiblePatientIn(text, neighbourhoodAround(text, span), index);
      if (!care && STAFF.test(text.slice(sentence.start, sentence.end))) continue;
      const age = match.slice(1).find(Boolean) ?? match[0];
      hits.push({
        ...span,
        severity: care ? undefined : 'warning',
        detail: `An age of ${age} identifies a person (only "90 or older" may be shown${care ? `; next to '${care.word}'` : ''}): write "over 90" or remove it.`,
      });
    }
    return hits;
  },
};
