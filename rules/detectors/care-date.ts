// Dates of a person's birth, admission, discharge or death (HIPAA Safe Harbor (C)).
import { ABOUT_STAFF, isAboutStaff } from './not-a-patient';
import { findCue, sentenceAround, textAfter, textBefore, type Span } from './context';
import { FULL_DATE, LIFESPAN, MONTH_ONLY, NAMED_DAY, WEEKDAY } from './dates';
import { findNames } from './names/find-names';
import { findPeople } from '../people/mentions';
import { onlyNonPatientsIn, possiblePatientIn } from '../people/roles';
import { orgIndex, type OrgIndex } from './org';

// A full date with its year right after a name, as on a list or a sign-in sheet: "HUSSAIN Rukhsana 04.07.1951", "Greer, Tasha 7/15/90".
const RECORD_GAP = /^[ \u00a0]*[,:;(|–—-]?[ \u00a0]*$/;
const HAS_YEAR = /(?:^|[/.-])(?:\d{2}|(?:19|20)\d{2})$/;
// (or a year in words' company: "3 March 2024", "March 3, 2024")
const WITH_YEAR = /[/.-]\d{2}$|\b(?:19|20)\d{2}$/;
import type { Detector, DetectorHit } from './types';

// The life event, tightly before the date ("born on", "discharged home on", "date of birth:").
const EVENT_BEFORE =
  /\b(born|birth|DOB|D\.O\.B|date of birth|birthday|admitted|admission|discharged|discharge|died|death|passed away|passed|RIP|delivered|arrived|brought in(?:to)?|transferred|operated on|diagnosed|came in|rushed in|went home|seen|saw|visited|colonoscopy|removed|positive|presented|transplant|egg collection|egg retrieval|retrieval|transfer|implanted|crushed|injured|collapsed|fell|hurt|lost|broke|(?:was|were) (?:hit|bitten|burned|stabbed|shot)|dialysis(?: since)?|(?:his|her|their|your) (?:[\w-]+ ){0,2}(?:stroke|surgery|operation|op|procedure|transplant|fall|accident|diagnosis|delivery|treatment|scan|appointment|appt|visit|admission|fracture|heart attack|birth|cleaning|filling|extraction|fitting|prep|check|review|consultation|session|implant|root canal|crown|replacement|repair|reconstruction|\w+(?:ectomy|plasty|otomy|oscopy)))\b\.?(?:[ \u00a0,]+[\w'’:-]+){0,12}?[ \u00a0:,(-]*$/i;
// ...or right after it ("12 May: admitted", "on 3/4/2024 she was born").
const EVENT_AFTER =
  /^[\s,:)(-]*(?:(?:he|she|they|we|I|baby|[A-Z][a-z]+) (?:(?:was|were|had|has been) )?)?(born|admitted|discharged|died|passed away|delivered|arrived|transferred|diagnosed|operated on)\b/i;
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
const PERSON_CUE =
  /\b(?:he|she|him|her|his|they|them|their|you|your|baby|patient|pt|son|daughter|mum|dad|wife|husband|Mr|Mrs|Ms|Miss|Dear|man|woman|male|female|girl|boy|gentleman|lady|child|\d{1,3}(?: ?yo|-year-old| years? old)|\d{1,3} ?[MF])\b|@\w/i;
/** A person named or addressed by handle or title, not just "you". */
const NAMED_CUE = /@\w|\b(?:Mr|Mrs|Ms|Miss|Mx)\b|\b[A-Z][a-z]+ & [A-Z][a-z]+ [A-Z][a-z]+/;
// A deadline, schedule or promotion, not something that happened to someone ("book by 30 April",
// "offer ends Friday", "clinics run every Tuesday", "appointments available from 3 June").
const SCHEDULE_BEFORE =
  /\b(?:by|until|till|before|ends?|ending|closes?|closing|deadline|starting|starts?|opens?|opening|launch(?:es|ing)?|valid|expires?|offers?|sale|book(?:ing)?|register|sign up|apply|join us|held|takes place|open day|event|webinar|workshop|every|available|reopens?|closed)\b(?:[ \u00a0:,]+[\w'’-]+){0,2}[ \u00a0:,(]*$/i;

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
      "Dates tied to a person's birth, admission, discharge, death, injury or treatment in many formats ('born on 3/4/2024', 'admitted 02-Dec', 'discharged 12 May', 'DOB 01/02/1950', 'your crown fitting on 12 March', 'on Christmas Eve', 'presented 10/21'), weekdays of a treatment ('came in Saturday'), and recent birth-death years after a name ('(1928-2024)'); an error when labelled DOB or when the sentence names or points to the person (name, pronoun, '34yo male', '58F', @handle), a warning otherwise. Ignores deadlines, schedules and promotions ('book by 30 April', 'offer ends Friday'), counts ('babies born since 1 Jan'), services ('discharge lounge opens 12 May'), colleagues' and volunteers' dates, and public or historical figures.",
  },
  detect({ text, org }) {
    const hits: DetectorHit[] = [];
    const index = orgIndex(org);
    // strength: a full date; a weekday (an error only next to a named person); a month alone (a warning).
    const report = (span: Span, shown: string, event: string, strength: 'date' | 'weekday' | 'month') => {
      const sentence = sentenceAround(text, span);
      const words = text.slice(sentence.start, sentence.end);
      const dob = DOB_LABEL.test(event);
      if (!dob && (PUBLIC_FIGURE.test(words) || isAboutStaff(words))) return;
      if (!dob && SCHEDULE_BEFORE.test(textBefore(text, span.start, 40))) return;
      if (!dob && onlyNonPatientsIn(text, sentence, index)) return;
      const named = findNames(words).length > 0 || NAMED_CUE.test(words);
      const person = named || findCue(text, PERSON_CUE, sentence) !== null;
      // A whole date of birth is one, once the post names someone who may be a patient: "Happy birthday Reg! Born 14/08/1931".
      const birthDate = strength === 'date' && pastTense(event) === 'born' && WITH_YEAR.test(shown) && possiblePatientIn(text, { start: 0, end: text.length }, index) !== null;
      const blocks = dob || birthDate || (strength === 'date' ? person : strength === 'weekday' && named);
      hits.push({
        ...yearOnly(text, span, shown),
        severity: blocks ? undefined : 'warning',
        detail: strength === 'weekday'
          ? `'${shown}' says which day someone was ${pastTense(event)}: remove the day.`
          : `'${shown}' reads as the date someone was ${pastTense(event)}: keep at most the year, or remove it.`,
      });
    };
    for (const [pattern, strength] of [[FULL_DATE, 'date'], [NAMED_DAY, 'date'], [MONTH_ONLY, 'month']] as const) {
      for (const match of text.matchAll(pattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        const event = eventFor(text, span) ?? (strength === 'date' && recordDate(text, span, match[0]) ? 'DOB' : null);
        if (event) report(span, match[0], event, strength);
      }
    }
    for (const match of text.matchAll(WEEKDAY)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const event = eventFor(text, span);
      // A weekday says nothing about a date of birth ("his birthday this Friday").
      if (event && pastTense(event) !== 'born') report(span, match[0], event, 'weekday');
    }
    for (const match of text.matchAll(LIFESPAN)) reportLifespan(text, match, hits, index);
    return hits.sort((a, b) => a.start - b.start);
  },
};

function recordDate(text: string, span: Span, shown: string): boolean {
  if (!HAS_YEAR.test(shown)) return false;
  return findPeople(text).some((person) => person.end <= span.start && span.start - person.end <= 4 && RECORD_GAP.test(text.slice(person.end, span.start)));
}

const YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/;

/** The safe fix where the date has a year: the year alone ("born on 3/4/2024" -> "born in 2024"). */
function yearOnly(text: string, span: Span, shown: string): Span & { suggestions?: string[] } {
  const year = YEAR.exec(shown)?.[0];
  if (!year) return span;
  const on = /\b([Oo]n )$/.exec(textBefore(text, span.start, 3));
  if (!on) return { ...span, suggestions: [year] };
  return { start: span.start - on[1]!.length, end: span.end, suggestions: [`${on[1]![0] === 'O' ? 'In' : 'in'} ${year}`] };
}

// A recent life span right after a named person ("Mr. Clarence Booker (1928-2024)") dates a death;
// historical figures ("Florence Nightingale (1820-1910)") and public figures are left alone.
const NAMED_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx)\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3},? \(?$/;
const RECENT_DEATH_FROM = 1990;

function reportLifespan(text: string, match: RegExpMatchArray & { index: number }, hits: DetectorHit[], index: OrgIndex): void {
  const [born, died] = [Number(match[1]), Number(match[2])];
  if (died < RECENT_DEATH_FROM || died <= born || died - born > 115) return;
  if (!NAMED_BEFORE.test(textBefore(text, match.index, 60))) return;
  const words = text.slice(sentenceAround(text, { start: match.index, end: match.index + match[0].length }).start, match.index + match[0].length + 200);
  if (PUBLIC_FIGURE.test(words) || ABOUT_STAFF.test(words) || onlyNonPatientsIn(text, sentenceAround(text, { start: match.index, end: match.index }), index)) return;
  hits.push({
    start: match.index,
    end: match.index + match[0].length,
    detail: `'${match[0]}' gives the years someone named here was born and died: remove them.`,
  });
}
