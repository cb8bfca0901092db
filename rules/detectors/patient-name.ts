// A person's name is a patient identifier only where the text ties that person to care. Staff named
// as staff, listed staff, supporters thanked for fundraising and public figures are left alone.
import { CARE_CUE_ALL } from './cues';
import { nearestCue, neighbourhoodAround, sentenceAround, textAfter } from './context';
import { findPeople } from '../people/mentions';
import { NOT_PATIENT, roleOf, saysPatient } from '../people/roles';
import type { NameCandidate } from './names/find-names';
import { becamePatient, isStaffOrPublic } from './names/staff';
import { orgIndex, stripTitles, type OrgIndex } from './org';
import { findConfirmations } from './review-reply';
import type { Detector, DetectorHit } from './types';

// Supporters thanked for what they did, not for being treated ("thanks to Sam Lee for running the 10K").
const SUPPORTER_AFTER =
  /^,? *(?:for|who) (?:organi[sz]ing|running|ran|raising|raised|donating|donated|volunteering|leading|hosting|supporting|baking|cycling|walking|climbing|swimming|knitting|sharing your)\b/i;
// Context strong enough to outweigh a supporter reading.
const STRONG_PATIENT_CUE = /\b(?:our patient|patient|admitted|discharged|diagnosed|recovering|born)\b/i;

// Personas and actors, not patients: "Sarah is not a real patient", "names have been changed".
const FICTIONAL =
  /\b(?:composite|fictional|fictitious|imaginary) (?:character|patient|persona|case|story)|\b(?:not|isn['’]t|is not|aren['’]t|are not) a real (?:patient|person)|\bis a composite\b|\b(?:names|details) (?:have been|are|were) changed|\bplayed by\b|\bstock (?:photo|image)/i;

export type NameFinder = (text: string) => NameCandidate[];

/**
 * Drops staff and public figures, and first-name-only mentions of them ("Sister Janet Okoye ...
 * Janet has led Ward 14"), whether recognised by role or by the org's staff list.
 */
function notStaff(text: string, candidates: NameCandidate[], index: OrgIndex): NameCandidate[] {
  const staffFirstNames = new Set<string>();
  const staffFullNames: string[] = [];
  const lowerText = text.toLowerCase();
  // (named by full name, or by surname with a nickname between: 'Patricia "Patti" Lindqvist, RN')
  for (const staff of index.staffNames) if (staff.includes(' ') && (lowerText.includes(staff) || lowerText.includes(' ' + staff.split(' ').pop()!))) staffFirstNames.add(staff.split(' ')[0]!);
  const people = candidates.filter((candidate) => {
    if (!isStaffOrPublic(text, candidate, index) || saysPatient(text, candidate)) return true;
    const name = stripTitles(candidate.name).toLowerCase();
    staffFirstNames.add(name.split(/\s+/)[0]!);
    staffFullNames.push(name);
    return false;
  });
  // (a double given name counts too: "Betty Lou Harrington, RN ... Congratulations, Betty Lou")
  const shortFormOfStaff = (name: string) => staffFirstNames.has(name) || staffFullNames.some((full) => full.startsWith(name + ' '));
  return people.filter((candidate) => !shortFormOfStaff(candidate.name.toLowerCase()) || becamePatient(text, candidate));
}

/** Built with an injectable name finder so the lexicon can be compared with NLP (see compare-name-finders.ts). */
export function createPatientNameDetector(findCandidates: NameFinder): Detector {
  return {
    meta: {
      id: 'patient-name',
      description:
        "People named in a post (full names, first names, initials, titles, inverted 'SURNAME, Given', nicknames, handles) whose role in the post is a patient's: the text says they were admitted, treated, discharged, in a bed, recovering..., or names them next to a care word without saying they are anyone else; any name in a reply that confirms care. Errors; a care word only in a neighbouring sentence gives a warning. Each person's role is read from every sentence that names them: staff (the org's list, titles, 'our colleague', 'joins us', retirement), supporters (volunteers, donors, fundraisers), public figures, people from history, fictional personas, animals and training mannequins are never flagged unless the text says they were a patient.",
    },
    detect({ text, org }) {
      if (FICTIONAL.test(text)) return [];
      const index = orgIndex(org);
      const mentions = findCandidates(text);
      const people = notStaff(text, mentions, index);
      const confirmation = people.length > 0 ? findConfirmations(text, org)[0] : undefined;
      const hits: DetectorHit[] = [];
      for (const candidate of people) {
        if (confirmation) {
          hits.push(hit(candidate, suggestionFor(text, candidate), `'${candidate.name}' is named in a message that confirms their care ('${confirmation.phrase}'): remove the name and the care details.`));
          continue;
        }
        const reading = roleOf(text, candidate, mentions, index);
        if (NOT_PATIENT.has(reading.role)) continue;
        if (reading.role === 'patient') {
          hits.push(hit(candidate, suggestionFor(text, candidate), `'${candidate.name}' is described as a patient ('${reading.evidence}'): remove the name, or confirm written consent is on file.`));
          continue;
        }
        const sentence = sentenceAround(text, candidate);
        const cue = nearestCue(text, CARE_CUE_ALL, candidate, sentence);
        if (cue && SUPPORTER_AFTER.test(textAfter(text, candidate.end, 40)) && !STRONG_PATIENT_CUE.test(text.slice(sentence.start, sentence.end))) continue;
        if (cue) {
          hits.push(hit(candidate, suggestionFor(text, candidate), `'${candidate.name}' looks like a patient's name next to '${cue.word}': remove it, or confirm written consent is on file.`));
          continue;
        }
        const around = neighbourhoodAround(text, candidate);
        const nearby = nearestCue(text, CARE_CUE_ALL, candidate, around);
        if (nearby) {
          // "IT'S TWINS for Priya & Dev! Egg retrieval 6/3, transfer 6/8": a care story told right
          // after the only people named is theirs.
          // (a short post is one story: "the guy in chair 3 ... whiten his dentures. sir. (hi mr pruitt)")
          const story = careCuesIn(text, text.length <= SHORT_POST ? { start: 0, end: text.length } : around) >= 2 && mentions.every((other) => other === candidate || sameEntity(other, candidate, text));
          hits.push({
            ...hit(candidate, suggestionFor(text, candidate), `'${candidate.name}' is named next to a care story ('${nearby.word}'): if this person is a patient or relative, remove the name or confirm consent is on file.`),
            ...(story ? {} : { severity: 'warning' as const }),
          });
        }
      }
      return hits;
    },
  };
}

const SHORT_POST = 300;

function careCuesIn(text: string, span: { start: number; end: number }): number {
  const words = new Set<string>();
  for (const match of text.slice(span.start, span.end).matchAll(CARE_CUE_ALL)) words.add(match[0].toLowerCase());
  return words.size;
}

/** Two mentions of one person, or of a couple named together ("Priya & Dev Raman"). */
function sameEntity(a: NameCandidate, b: NameCandidate, text: string): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^[ \u00a0]*(?:&|and|\+)[ \u00a0]*$/.test(text.slice(first.end, second.start)) || first.name.includes(second.name) || second.name.includes(first.name);
}

function hit(candidate: NameCandidate, suggestion: string, detail: string): DetectorHit {
  return { start: candidate.start, end: candidate.end, detail, suggestions: [suggestion] };
}

/** A safe replacement that keeps the sentence readable: "Maria Gonzalez was discharged" -> "One of our patients was discharged". */
function suggestionFor(text: string, candidate: NameCandidate): string {
  const atSentenceStart = /(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, candidate.start - 3), candidate.start));
  if (/^@/.test(candidate.name)) return 'a patient';
  if (/['’]s$/.test(text.slice(candidate.end, candidate.end + 2))) return atSentenceStart ? 'Our patient' : 'our patient';
  return atSentenceStart ? 'One of our patients' : 'one of our patients';
}

export const patientName = createPatientNameDetector(findPeople);
