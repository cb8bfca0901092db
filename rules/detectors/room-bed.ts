// Where a patient lies: room, bed, ward, bay, cubicle, side room or theatre numbers.
import { isAboutStaff, VENUE_SENTENCE } from './not-a-patient';
import { CARE_CUE_ALL, PERSON_CUE } from './cues';
import { findCue, nearestCue, sentenceAround, textAfter, textBefore, type Span } from './context';
import { possiblePatientIn } from '../people/roles';
import { orgIndex } from './org';
import { GIVEN_NAMES } from './names/given-names';
import type { Detector, DetectorHit } from './types';
import { matchAllGated } from '../text/regex-gate';

const LOCATION =
  /\b([Rr]oom|ROOM|[Rr][Mm]|[Bb]ed|[Ww]ard|[Bb]ay|[Cc]ubicle|[Ss]ide[ -]?[Rr]oom|[Bb]ed[ -]?[Ss]pace|[Tt]heatre|[Ii]solation [Rr]oom)\.?[ \u00a0]*(?:[Nn]o\.?|[Nn]umber|#)?[ \u00a0]*(\d{1,4}[A-Z]?|[A-Z]\d{0,3})(?![\w/%-])/g;
// Ward and bed as written on boards and lists: "W22 B14", "Ward 22 Bed 14", "W22/B14".
const WARD_BED = /\b[Ww](?:ard)?[ -]?\d{1,3}[A-Z]?[ ,/-]{1,3}[Bb](?:ed)?[ -]?\d{1,3}\b/g;
const PATIENT_BOARD = /\b(?:(?:tracking|handover|patient|bed|status|ward) ?boards?|whiteboard|patient list)\b/i;
// US inpatient units named by floor and wing: "on 4 West", "to 6 East".
const FLOOR_UNIT = /(?<=\b(?:on|to|from|at)[ \u00a0])(\d{1,2}[ \u00a0-]?(?:North|South|East|West))\b/g;
// Rooms of a building, not of a patient: "Conference Room B", "the education centre's Room 3".
const NON_CLINICAL_BEFORE =
  /\b(?:conference|meeting|seminar|auditorium|boardroom|lecture theatre|board|training|education|lecture|committee|waiting|family|quiet|relatives'?|staff|break|dining|function|changing|interview|study|teaching|tutorial|prayer|multi-faith|sensory|play|group|event|community|hotel|class|music|IT|computer|exhibition|press|green|escape)[ \u00a0]+$/i;
const NON_CLINICAL_AFTER =
  /^[ \u00a0,]*(?:of|at|in|on)[ \u00a0]+(?:the[ \u00a0]+)?[\w' -]{0,30}?(?:centre|center|building|hall|library|hotel|house|academy|college|university|campus|school|institute|floor|education|conference|postgraduate|town hall)\b/i;
// A ward or room named as a team or a place to visit: "Ward 7 team", "Ward 7 nurses raised £500".
const TEAM_AFTER = /^[ \u00a0]*(?:team|staff|nurses|colleagues|manager|sister|volunteers|rota|refurbishment|reopens|reopened|opening|is (?:now )?(?:open|closed))\b/i;
const PRONOUN = /\b(?:he|she|him|her|his|hers)\b/gi;
// An age describes someone: "Majors Bed 14 is a 22yo who tried to backflip off a wheelie bin".
const PERSON_AGE = /\b\d{1,3}[ -]?(?:yo|y\/o|(?:years?|yrs?)[ -]old)\b|\baged? \d{1,3}\b(?!%)/gi;
const PERSON_CUE_ALL = new RegExp(PERSON_CUE.source, 'gi');
// Named wards: "on Elm Ward", "Ward: Maple".
const NAMED_WARD = /(?<=\b(?:on|to|from|in)[ \u00a0])(?:[A-Z][a-z]+[ \u00a0]){1,2}Ward\b|\bWard:[ \u00a0]?[A-Z][a-z]+\b/g;

type Location = { start: number; end: number; keyword: string; shown: string };

function locations(text: string): Location[] {
  const found: Location[] = [];
  for (const match of matchAllGated(LOCATION, text)) found.push({ start: match.index, end: match.index + match[0].length, keyword: match[1]!, shown: match[0] });
  for (const match of matchAllGated(WARD_BED, text)) found.push({ start: match.index, end: match.index + match[0].length, keyword: 'bed', shown: match[0] });
  for (const match of matchAllGated(FLOOR_UNIT, text)) found.push({ start: match.index, end: match.index + match[0].length, keyword: 'unit', shown: match[0] });
  for (const match of matchAllGated(NAMED_WARD, text)) found.push({ start: match.index, end: match.index + match[0].length, keyword: 'ward', shown: match[0] });
  // "Ward 22 Bed 14" is one location, not three: keep the longest of overlapping matches.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let keptEnd = -1;
  return found.filter((location) => {
    if (location.start < keptEnd) return false;
    keptEnd = location.end;
    return true;
  });
}

const RANGE_AFTER = /^[ \u00a0]*(?:to|through|thru|[-–])[ \u00a0]*(?:(?:bed|room|bay|ward)s?[ \u00a0]*)?\d/i;
const RANGE_BEFORE = /\b(?:from|between)[ \u00a0]+$|\d[ \u00a0]*(?:to|through|thru|[-–])[ \u00a0]*$/i;

const BED_LIKE = /^(?:bed|bay|cubicle|side[ -]?room|bed[ -]?space|isolation room)$/i;

// A ward holds dozens of people: a thank-you card "for my dad" on Ward 5 locates nobody.
const RELATIVE = /^(?:mum|mother|dad|father|wife|husband|son|daughter|grand(?:mother|father|son|daughter)|relatives?|carer)$/i;

function wardWithOnlyARelative(text: string, keyword: string, span: Span, sentence: Span): boolean {
  if (!/^ward$/i.test(keyword)) return false;
  const cue = nearestCue(text, PERSON_CUE_ALL, span, sentence);
  return cue !== null && RELATIVE.test(cue.word);
}

export const roomBed: Detector = {
  meta: {
    id: 'room-bed',
    description:
      "Room, bed, ward, bay, cubicle and theatre numbers that locate a patient ('our patient in Room 412', 'Bed 7', 'Ward 23, Bay 3'); errors next to a person, warnings for a bed/bay/cubicle with no person. Ignores meeting and education rooms ('Conference Room B', 'Room 3 of the education centre'), wards named as teams or places ('Ward 7 team'), rooms and wards with no care context, and the surname Ward.",
  },
  detect({ text, org }) {
    const index = orgIndex(org);
    const hits: DetectorHit[] = [];
    for (const { start, end, keyword, shown } of locations(text)) {
      const span = { start, end };
      const before = textBefore(text, start, 30);
      if (NON_CLINICAL_BEFORE.test(before) || NON_CLINICAL_AFTER.test(textAfter(text, end, 50))) continue;
      // "Bed 1 to bed 24 all have ceiling hoists": a range describes the unit, not where someone lies.
      if (RANGE_AFTER.test(textAfter(text, end, 20)) || RANGE_BEFORE.test(before)) continue;
      const previousWord = /([A-Za-z]+)[ \u00a0]+$/.exec(before)?.[1];
      if (keyword === 'Ward' && previousWord && GIVEN_NAMES.has(previousWord)) continue; // "Sarah Ward 5 ..." is a surname
      const sentence = sentenceAround(text, span);
      const words = text.slice(sentence.start, sentence.end);
      if (isAboutStaff(words) || VENUE_SENTENCE.test(words)) continue;
      const cue = wardWithOnlyARelative(text, keyword, span, sentence) ? null : (nearestCue(text, PERSON_CUE_ALL, span, sentence) ?? nearestCue(text, PRONOUN, span, sentence) ?? nearestCue(text, PERSON_AGE, span, sentence));
      const person =
        cue ??
        // (a builder thanked for funding scanners for Ward 9 does not lie there)
        possiblePatientIn(text, sentence, index) ??
        // A board or list of patients shown in a photo names whoever lies there.
        findCue(text, PATIENT_BOARD, sentence);
      const care = nearestCue(text, CARE_CUE_ALL, span, sentence);
      if (!person && TEAM_AFTER.test(textAfter(text, end, 30))) continue;
      if (!person && !care && !BED_LIKE.test(keyword)) continue;
      hits.push({
        ...span,
        severity: person ? undefined : 'warning',
        detail: person
          ? `'${shown}' tells readers where a patient is (next to '${person.word}'): remove the location.`
          : `'${shown}' can locate a patient: remove it unless it is a public place.`,
      });
    }
    return hits;
  },
};
