// A person's name is a patient identifier only where the text ties that person to care. Staff named
// as staff, listed staff, supporters thanked for fundraising and public figures are left alone.
import { CARE_CUE_ALL } from './cues';
import { nearestCue, neighbourhoodAround, sentenceAround, textAfter } from './context';
import { findNames, type NameCandidate } from './names/find-names';
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
  /\b(?:composite|fictional|fictitious|imaginary) (?:character|patient|persona|case|story)|\bnot a real (?:patient|person)|\b(?:names|details) (?:have been|are|were) changed|\bplayed by\b|\bstock (?:photo|image)/i;

export type NameFinder = (text: string) => NameCandidate[];

/**
 * Drops staff and public figures, and first-name-only mentions of them ("Sister Janet Okoye ...
 * Janet has led Ward 14"), whether recognised by role or by the org's staff list.
 */
function notStaff(text: string, candidates: NameCandidate[], index: OrgIndex): NameCandidate[] {
  const staffFirstNames = new Set<string>();
  const lowerText = text.toLowerCase();
  for (const staff of index.staffNames) if (staff.includes(' ') && lowerText.includes(staff)) staffFirstNames.add(staff.split(' ')[0]!);
  const people = candidates.filter((candidate) => {
    if (!isStaffOrPublic(text, candidate, index)) return true;
    staffFirstNames.add(stripTitles(candidate.name).toLowerCase().split(/\s+/)[0]!);
    return false;
  });
  return people.filter((candidate) => candidate.name.includes(' ') || !staffFirstNames.has(candidate.name.toLowerCase()) || becamePatient(text, candidate));
}

/** Built with an injectable name finder so the lexicon can be compared with NLP (see compare-name-finders.ts). */
export function createPatientNameDetector(findCandidates: NameFinder): Detector {
  return {
    meta: {
      id: 'patient-name',
      description:
        "People's names and social handles tied to care in the same sentence (patient, admitted, discharged, diagnosed, surgery, bed, born, recovering, mum of, -plasty/-ectomy procedures, NHS number, insurance...), and any name in a reply that confirms care, as errors; a care word only in a neighbouring sentence gives a warning. Ignores names on the org's staff list, staff named as staff (Dr, Nurse, Sister, RN, 'our nurse', ', our ward manager', 'performed the operation') unless the text says they were a patient, supporters thanked for fundraising, public figures, mascots and therapy animals, and personas ('not a real patient').",
    },
    detect({ text, org }) {
      if (FICTIONAL.test(text)) return [];
      const index = orgIndex(org);
      const people = notStaff(text, findCandidates(text), index);
      const confirmation = people.length > 0 ? findConfirmations(text, org)[0] : undefined;
      const hits: DetectorHit[] = [];
      for (const candidate of people) {
        if (confirmation) {
          hits.push({
            start: candidate.start,
            end: candidate.end,
            detail: `'${candidate.name}' is named in a message that confirms their care ('${confirmation.phrase}'): remove the name and the care details.`,
          });
          continue;
        }
        const sentence = sentenceAround(text, candidate);
        const cue = nearestCue(text, CARE_CUE_ALL, candidate, sentence);
        if (cue && SUPPORTER_AFTER.test(textAfter(text, candidate.end, 40)) && !STRONG_PATIENT_CUE.test(text.slice(sentence.start, sentence.end))) continue;
        if (cue) {
          hits.push({
            start: candidate.start,
            end: candidate.end,
            detail: `'${candidate.name}' looks like a patient's name next to '${cue.word}': remove it, or confirm written consent is on file.`,
          });
          continue;
        }
        const nearby = nearestCue(text, CARE_CUE_ALL, candidate, neighbourhoodAround(text, candidate));
        if (nearby) {
          hits.push({
            start: candidate.start,
            end: candidate.end,
            severity: 'warning',
            detail: `'${candidate.name}' is named close to '${nearby.word}': if this person is a patient or relative, remove the name or confirm consent is on file.`,
          });
        }
      }
      return hits;
    },
  };
}

export const patientName = createPatientNameDetector(findNames);
