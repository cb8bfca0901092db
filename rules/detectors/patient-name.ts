// A person's name is a patient identifier only where the text ties that person to care. Staff named
// as staff, listed staff, supporters thanked for fundraising and public figures are left alone.
import { CARE_CUE_ALL } from './cues';
import { nearestCue, neighbourhoodAround, sentenceAround, textAfter, textBefore } from './context';
import { findNames, type NameCandidate } from './names/find-names';
import { isStaffName, orgIndex } from './org';
import type { Detector, DetectorHit } from './types';

// Titles and roles right before a name mark staff or public figures ("Dr Priya Shah", "our nurse Jane Lee").
const STAFF_BEFORE =
  /\b(?:Dr|Doctor|Prof|Professor|Nurse|Sister|Matron|Midwife|Consultant|Surgeon|Rev|Reverend|Chaplain|Sir|Dame|Lord|Lady|Baroness|Baron|King|Queen|Prince|Princess|Duke|Duchess|President|Senator|Governor|Mayor|Cllr|Councillor|Captain|nurse|midwife|doctor|consultant|surgeon|physio(?:therapist)?|therapist|paramedic|porter|receptionist|pharmacist|radiographer|sonographer|HCA|healthcare assistant|support worker|student|trainee|registrar|GP|dentist|hygienist|technician|scientist|researcher|fundraiser|ambassador|apprentice|volunteer|colleague|manager|director|chair|chairman|chairwoman|chief executive|CEO|officer|coordinator|practitioner|assistant|specialist|chef|cleaner|speaker|guest|author|MP|minister|secretary|team|staff)\.?(?: and)?[ \u00a0]*$/;
// ...or right after it ("Jane Lee, our ward manager", "Ahmed Khan performed the operation").
const STAFF_AFTER =
  /^(?:['’]s)?,? *(?:\(|-|–|—)? *(?:(?:our|the|a|an|new|senior|lead|head|chief|staff|ward|charge|clinical|specialist|consultant|deputy|associate|junior|student|trainee|retiring|longest-serving)[ -]+)*(?:nurse|midwife|doctor|consultant|surgeon|physio(?:therapist)?|therapist|paramedic|porter|receptionist|pharmacist|radiographer|sonographer|HCA|support worker|registrar|GP|dentist|hygienist|technician|scientist|researcher|volunteer|colleague|manager|director|chair|chief executive|CEO|officer|coordinator|practitioner|assistant|specialist|matron|sister|chaplain|chef|cleaner|MP|minister)\b|^(?:['’]s)?,? *(?:from|of|in|on|at) (?:our|the) [\w &-]{0,30}?(?:team|department|staff|service)\b|^,? *(?:who )?(?:has )?(?:performed|operated|carried out|led|leads|presented|joined|joins|retires|retired|retiring|qualified|was awarded|won|has worked|works|worked|has been (?:a|our) (?:nurse|doctor|midwife|volunteer))\b/i;
// Supporters thanked for what they did, not for being treated ("thanks to Sam Lee for running the 10K").
const SUPPORTER_AFTER =
  /^,? *(?:for|who) (?:organi[sz]ing|running|ran|raising|raised|donating|donated|volunteering|leading|hosting|supporting|baking|cycling|walking|climbing|swimming|knitting|sharing your)\b/i;
// Context strong enough to outweigh a supporter reading.
const STRONG_PATIENT_CUE = /\b(?:our patient|patient|admitted|discharged|diagnosed|recovering|born)\b/i;
// Public figures who appear in healthcare posts without being anyone's patient.
const PUBLIC_FIGURES = /^(?:Florence Nightingale|Mary Seacole|Aneurin Bevan|Nye Bevan|Captain Tom(?: Moore)?|Edith Cavell|Elizabeth Garrett Anderson|Taylor Swift|Joe Biden|Barack Obama|Donald Trump|Keir Starmer|Rishi Sunak|Boris Johnson|Kate Middleton|Alexander Fleming|Louis Pasteur|Edward Jenner)$/;

export type NameFinder = (text: string) => NameCandidate[];

function isStaffOrPublic(text: string, candidate: NameCandidate, staff: ReturnType<typeof orgIndex>): boolean {
  if (isStaffName(staff, candidate.name) || PUBLIC_FIGURES.test(candidate.name)) return true;
  const before = textBefore(text, candidate.start, 40);
  const after = textAfter(text, candidate.end, 60);
  return STAFF_BEFORE.test(before) || STAFF_AFTER.test(after);
}

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
