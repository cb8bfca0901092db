// Staff named as staff, listed staff and public figures: never a patient.
import { sentenceAround, textAfter, textBefore } from '../context';
import { isStaffName, type OrgIndex } from '../org';
import type { NameCandidate } from './find-names';

// Titles and roles right before a name mark staff or public figures ("Dr Priya Shah", "our nurse Jane Lee").
const STAFF_BEFORE =
  /\b(?:Dr|Doctor|Prof|Professor|RN|LPN|NP|PA|CNA|MD|APRN|CRNA|Nurse|Sister|Matron|Midwife|Consultant|Surgeon|Rev|Reverend|Chaplain|Sir|Dame|Lord|Lady|Baroness|Baron|King|Queen|Prince|Princess|Duke|Duchess|President|Senator|Governor|Mayor|Cllr|Councillor|Captain|nurse|midwife|doctor|consultant|surgeon|physio(?:therapist)?|therapist|paramedic|porter|receptionist|pharmacist|radiographer|sonographer|HCA|healthcare assistant|support worker|student|trainee|registrar|GP|dentist|hygienist|technician|scientist|researcher|fundraiser|ambassador|apprentice|volunteer|colleague|manager|director|chair|chairman|chairwoman|chief executive|CEO|officer|coordinator|practitioner|assistant|specialist|chef|cleaner|speaker|guest|author|MP|minister|secretary|presenter|host|DJ|organi[sz]er|trustee|governor|team|staff|Porter|Receptionist|Paramedic|Pharmacist|Physio|Volunteer|Chef|Cleaner|Housekeeper|Student)\.?(?: and)?[ \u00a0,]*$/;
// ...or right after it ("Jane Lee, our ward manager", "Ahmed Khan performed the operation").
const STAFF_AFTER =
  /^,? *\(?(?:RN|RGN|RMN|LPN|LVN|NP|FNP|APRN|CRNA|CNM|CNA|CNO|CMO|PA-C|MD|DDS|DMD|RDH|RD|RDN|PharmD|DPT|OTR|LCSW|LMFT|LPC|MSW|BSN|MSN|DNP|MBBS|FRCS|MRCP|CEO|COO|CFO)\b|^(?:['’]s)?,? *(?:\(|-|–|—)? *(?:(?:our|the|a|an|new|senior|lead|head|chief|staff|ward|charge|clinical|specialist|consultant|deputy|associate|junior|student|trainee|retiring|longest-serving)[ -]+)*(?:[a-z]+[ -]+){0,3}?(?:nurse|midwife|doctor|consultant|surgeon|physio(?:therapist)?|therapist|paramedic|porter|receptionist|pharmacist|radiographer|sonographer|HCA|support worker|registrar|GP|dentist|hygienist|technician|scientist|researcher|volunteer|colleague|manager|director|chair|chief executive|CEO|officer|coordinator|practitioner|assistant|specialist|matron|sister|chaplain|chef|cleaner|MP|minister|RN|LPN|NP|CNA)\b|^(?:['’]s)?,? *(?:from|of|in|on|at) (?:our|the) [\w &-]{0,30}?(?:team|department|staff|service)\b|^,? *(?:who )?(?:has )?(?:performed|operated|carried out|led|leads|presented|joined|joins|retires|retired|retiring|qualified|was awarded|won|has worked|works|worked|gave|administered|vaccinated|organi[sz]ed|hosted|has been (?:a|our) (?:nurse|doctor|midwife|volunteer))\b/i;
// Not people at all: "Mr. Bones, our ER's unofficial skeleton mascot".
const NOT_A_PERSON_BEFORE = /\b(?:dog|cat|puppy|kitten|mascot|horse|pony|robot|teddy|bear|parrot)[ ,]*$/i;
const NOT_A_PERSON_AFTER = /^,? *(?:our|the|a|an) [\w'’ ,-]{0,40}?(?:mascot|puppet|doll|dummy|skeleton|manikin|mannequin|teddy|bear|dog|cat|robot|simulator)\b/i;
// Public figures who appear in healthcare posts without being anyone's patient.
const PUBLIC_FIGURES = /^(?:Florence Nightingale|Mary Seacole|Aneurin Bevan|Nye Bevan|Captain Tom(?: Moore)?|Edith Cavell|Elizabeth Garrett Anderson|Taylor Swift|Joe Biden|Barack Obama|Donald Trump|Keir Starmer|Rishi Sunak|Boris Johnson|Kate Middleton|Alexander Fleming|Louis Pasteur|Edward Jenner)$/;

// Staff and public figures who are patients themselves ("nurse Tanya Brooks, who spent 3 weeks as a
// patient in our own ICU", "Get well soon Sir Geoffrey!").
const BECAME_PATIENT_AFTER =
  /^[^.!?\n]{0,60}?\b(?:as a patient|(?:was|were|is|has been|had been|being) (?:admitted|treated|diagnosed|discharged|rushed|brought in|a patient|cared for)|spent [\w ]{1,20} (?:in|on) (?:our |the )?(?:own )?(?:ICU|ward|hospital|intensive care))/i;
const BECAME_PATIENT_BEFORE = /\bget well soon[ ,]*(?:to )?$/i;

// Every detector that reads people asks this of each mention, and role reading asks it of each
// mention's namesakes: answer once per mention of the text being checked.
const answers = new WeakMap<NameCandidate, { text: string; staff: OrgIndex; answer: boolean }>();

export function isStaffOrPublic(text: string, candidate: NameCandidate, staff: OrgIndex): boolean {
  const known = answers.get(candidate);
  if (known && known.text === text && known.staff === staff) return known.answer;
  const answer = readStaffOrPublic(text, candidate, staff);
  answers.set(candidate, { text, staff, answer });
  return answer;
}

function readStaffOrPublic(text: string, candidate: NameCandidate, staff: OrgIndex): boolean {
  // Only this sentence: "... & orthopaedic team. Zoë Ní Bhriain, who was crushed" is not "team Zoë".
  const before = text.slice(Math.max(sentenceAround(text, candidate).start, candidate.start - 40), candidate.start);
  const after = textAfter(text, candidate.end, 80);
  if (NOT_A_PERSON_AFTER.test(after) || NOT_A_PERSON_BEFORE.test(before)) return true;
  const staffOrPublic = isStaffName(staff, candidate.name) || PUBLIC_FIGURES.test(candidate.name) || STAFF_BEFORE.test(before) || STAFF_AFTER.test(after);
  return staffOrPublic && !becamePatient(text, candidate);
}

/** The text says this (staff or public) person is or was a patient. */
export function becamePatient(text: string, candidate: NameCandidate): boolean {
  return BECAME_PATIENT_AFTER.test(textAfter(text, candidate.end, 80)) || BECAME_PATIENT_BEFORE.test(textBefore(text, candidate.start, 40));
}

