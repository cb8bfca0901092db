// A person's name is a patient identifier only where the text ties that person to care. Staff named
// as staff, listed staff, supporters thanked for fundraising and public figures are left alone.
import { CARE_CUE_ALL } from './cues';
import { nearestCue, neighbourhoodAround, sentenceAround, textAfter } from './context';
import { findNames, type NameCandidate } from './names/find-names';
import { isStaffOrPublic } from './names/staff';
import { orgIndex } from './org';
import type { Detector, DetectorHit } from './types';

// Supporters thanked for what they did, not for being treated ("thanks to Sam Lee for running the 10K").
const SUPPORTER_AFTER =
  /^,? *(?:for|who) (?:organi[sz]ing|running|ran|raising|raised|donating|donated|volunteering|leading|hosting|supporting|baking|cycling|walking|climbing|swimming|knitting|sharing your)\b/i;
// Context strong enough to outweigh a supporter reading.
const STRONG_PATIENT_CUE = /\b(?:our patient|patient|admitted|discharged|diagnosed|recovering|born)\b/i;

export type NameFinder = (text: string) => NameCandidate[];

/** Built with an injectable name finder so the lexicon can be compared with NLP (see compare-name-finders.ts). */
export function createPatientNameDetector(findCandidates: NameFinder): Detector {
  return {
    meta: {
      id: 'patient-name',
      description:
        "People's names tied to care in the same sentence (patient, admitted, discharged, diagnosed, surgery, bed, born, recovering, mum of...), as errors; a care word only in a neighbouring sentence gives a warning. Ignores names on the org's staff list, staff named as staff (Dr, Nurse, Sister, 'our nurse', ', our ward manager', 'performed the operation'), supporters thanked for fundraising, and well-known public figures.",
    },
    detect({ text, org }) {
      const index = orgIndex(org);
      const hits: DetectorHit[] = [];
      for (const candidate of findCandidates(text)) {
        if (isStaffOrPublic(text, candidate, index)) continue;
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
