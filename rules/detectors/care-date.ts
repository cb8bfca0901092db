// Dates of a person's birth, admission, discharge or death (HIPAA Safe Harbor (C)).
import { findCue, sentenceAround, textAfter, textBefore, type Span } from './context';
import { FULL_DATE, MONTH_ONLY, WEEKDAY } from './dates';
import { findNames } from './names/find-names';
import type { Detector, DetectorHit } from './types';

// The life event, tightly before the date ("born on", "discharged home on", "date of birth:").
const EVENT_BEFORE =
  /\b(born|birth|DOB|D\.O\.B|date of birth|birthday|admitted|admission|discharged|discharge|died|death|passed away|passed|RIP|delivered|arrived|brought in|transferred|operated on|diagnosed|came in|rushed in|went home|seen|visited|colonoscopy|removed|positive|presented|transplant|egg collection|transfer|dialysis(?: since)?|(?:his|her|their|your) (?:[\w-]+ ){0,2}(?:stroke|surgery|operation|op|procedure|transplant|fall|accident|diagnosis|delivery|treatment|scan|appointment|visit|admission|fracture|heart attack|birth|cleaning|filling|extraction))\b\.?(?:[ \u00a0,]+[\w'’:]+){0,7}?[ \u00a0:,(-]*$/i;
// ...or right after it ("12 May: admitted", "on 3/4/2024 she was born").
const EVENT_AFTER = /^[\s,:-]*(?:(?:he|she|they|we|baby|[A-Z][a-z]+) (?:was|were) )?(born|admitted|discharged|died|passed away|delivered|arrived)\b/i;
// Aggregates and services, not a person: "babies born since 1 Jan", "discharge lounge opens 12 May".
const NOT_A_PERSON_BEFORE = /\b(?:\d[\d,]* |all |many |more |fewer )?(?:babies|patients|people|children|admissions|births|deaths|discharges)\b[^.!?\n]{0,20}$/i;
const SERVICE_AFTER_EVENT = /^(?:lounge|team|planning|process|policy|unit|suite|centre|center|coordinator|support|service|clinic|workshop|event|rates?|figures|numbers)\b/i;
const PAST_TENSE: Record<string, string> = {
  birth: 'born', dob: 'born', 'd.o.b': 'born', 'date of birth': 'born', birthday: 'born', delivered: 'born', arrived: 'born',
  admission: 'admitted', 'brought in': 'admitted', 'came in': 'admitted', 'rushed in': 'admitted',
  discharge: 'discharged', 'went home': 'discharged',
  death: 'died', 'passed away': 'died', passed: 'died', rip: 'died',
  seen: 'treated', visited: 'treated', visit: 'treated', appointment: 'treated', surgery: 'treated', operation: 'treated', op: 'treated',
  procedure: 'treated', colonoscopy: 'treated', scan: 'treated', removed: 'treated', positive: 'tested',
};
// A labelled date of birth is an identifier whoever it belongs to.
const DOB_LABEL = /^(?:DOB|D\.O\.B|date of birth)$/i;
// Public and historical figures ("Dame Cicely Saunders ... died on 14 July 2005").
const PUBLIC_FIGURE = /\b(?:Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|President|founder of|pioneer)\b/;
const PERSON_CUE = /\b(?:he|she|him|her|his|they|them|their|you|your|baby|patient|pt|son|daughter|mum|dad|wife|husband|Mr|Mrs|Ms|Miss)\b/i;

function pastTense(event: string): string {
  const key = event.toLowerCase();
  return PAST_TENSE[key] ?? (/^(?:born|admitted|discharged|died|transferred|diagnosed|operated on)$/.test(key) ? key : 'treated');
}

function eventFor(text: string, span: Span): string | null {
  const before = textBefore(text, span.start, 60);
  const event = EVENT_BEFORE.exec(before);
  if (event) {
    const eventEnd = span.start - before.length + event.index + event[1]!.length;
    if (SERVICE_AFTER_EVENT.test(textAfter(text, eventEnd + 1, 20).trimStart())) return null;
    if (NOT_A_PERSON_BEFORE.test(textBefore(text, eventEnd - event[1]!.length, 40))) return null;
    return event[1]!;
  }
  const after = EVENT_AFTER.exec(textAfter(text, span.end, 40));
  return after ? after[1]! : null;
}

export const careDate: Detector = {
  meta: {
    id: 'care-date',
    description:
      "Dates tied to a person's birth, admission, discharge, death or treatment ('born on 3/4/2024', 'discharged 12 May', 'DOB 01/02/1950', 'you came in on 04/12'); an error when labelled DOB or when the sentence names or points to the person, a warning otherwise. Ignores event dates, clinic schedules, opening hours, counts ('babies born since 1 Jan', 'discharge lounge opens 12 May') and public figures' dates.",
  },
  detect({ text }) {
    const hits: DetectorHit[] = [];
    const report = (span: Span, shown: string, event: string, weak: boolean) => {
      const sentence = sentenceAround(text, span);
      const words = text.slice(sentence.start, sentence.end);
      if (PUBLIC_FIGURE.test(words) && !DOB_LABEL.test(event)) return;
      const person = findCue(text, PERSON_CUE, sentence) !== null || findNames(words).length > 0;
      hits.push({
        ...span,
        severity: DOB_LABEL.test(event) || (person && !weak) ? undefined : 'warning',
        detail: `'${shown}' reads as the date someone was ${pastTense(event)}: keep at most the year, or remove it.`,
      });
    };
    for (const match of text.matchAll(FULL_DATE)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const event = eventFor(text, span);
      if (event) report(span, match[0], event, false);
    }
    for (const match of text.matchAll(WEEKDAY)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const event = eventFor(text, span);
      // A weekday says nothing about a date of birth ("his birthday this Friday").
      if (event && pastTense(event) !== 'born') report(span, match[0], event, true);
    }
    for (const match of text.matchAll(MONTH_ONLY)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const event = eventFor(text, span);
      if (event) report(span, match[0], event, true);
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
