// Patient stories: patient of the week, success stories, bell ringing, "meet John, walking again".
// Not wrong in themselves, but they need written authorization (US) or explicit consent (UK) on file.
import { CARE_CUE_ALL } from './cues';
import { nearestCue, sentenceAround } from './context';
import { findNames } from './names/find-names';
import { isStaffOrPublic } from './names/staff';
import { orgIndex } from './org';
import type { Detector, DetectorHit } from './types';
import { matchAllGated } from '../text/regex-gate';

const STORY =
  /\b(?:patient|star|hero|warrior|fighter|survivor) of the (?:week|month|year)\b|\b(?:bravest|brave|strongest|star|little|littlest|youngest|oldest|favourite|favorite) (?:little )?patients?\b|\bpatient this week\b|\b(?:amazing |incredible |inspiring )?(?:recovery|survivor|birth|transplant|cancer) stor(?:y|ies)\b|\b(?:makeover|transformation|smile|hero|warrior|star|survivor|fighter) of the (?:week|month|year)\b|\b(?:shared|sent|wrote) (?:us )?(?:this|these) (?:[a-z]+ )?(?:message|words|note|card|letter|review|photos?|story)\b|\b(?:share|tell us) your (?:story|journey|experience)\b|\bmeet one of our (?:[a-z]+ )?(?:heroes|patients|warriors|stars|fighters|survivors|mums|families)\b|\b(?:patient |recovery |)success stor(?:y|ies)\b|\bpatient (?:stor(?:y|ies)|testimonials?|spotlight|journey|of the day)\b|\b(?:rang|rings?|ringing) (?:the|our) (?:end[- ]of[- ](?:treatment|chemo)[- ])?bell\b|\b(?:shares?|shared|sharing|tells?|told|telling) (?:his|her|their) (?:story|journey|experience)\b|\bin (?:his|her|their) own words\b|\b(?:#?(?:PatientStory|PatientStories|SuccessStory|RingTheBell|PatientOfTheWeek|MotivationMonday))\b/gi;
const MEET = /\b[Mm]eet\b/g;
/** The post says the person agreed to it being shared. */
export const CONSENT_STATED = /\b(?:with (?:(?:his|her|their|the family'?s|kind|written|full) )?(?:kind |written |full )?(?:permission|consent)|(?:has |have )?(?:given|gave) (?:us )?(?:written |their |his |her )?(?:permission|consent)|consented|#consented)\b/i;

function storyHit(start: number, end: number, shown: string, consent: boolean): DetectorHit {
  return {
    start,
    end,
    severity: consent ? 'info' : undefined,
    detail: consent
      ? `'${shown}' is a patient story and the post says consent was given: make sure the signed form is on file.`
      : `'${shown}' introduces a patient story: post it only with the patient's written authorization/explicit consent on file.`,
  };
}

export const patientStory: Detector = {
  meta: {
    id: 'patient-story',
    description:
      "Patient stories: 'patient of the week', success stories, ringing the bell, 'shares her story', and 'Meet <name>' next to a care word. A reminder that written authorization (US) or explicit consent (UK) must be on file; info when the post says consent was given. Ignores 'Meet <name>' introducing staff ('Meet Chloe from our physio team').",
  },
  detect({ text, org }) {
    const consent = CONSENT_STATED.test(text);
    const hits: DetectorHit[] = [];
    for (const match of matchAllGated(STORY, text)) hits.push(storyHit(match.index, match.index + match[0].length, match[0], consent));
    const index = orgIndex(org);
    for (const meet of matchAllGated(MEET, text)) {
      const after = meet.index + meet[0].length;
      const name = findNames(text.slice(after, after + 40)).find((n) => n.start <= 1);
      if (!name) continue;
      const candidate = { start: after + name.start, end: after + name.end, name: name.name };
      if (isStaffOrPublic(text, candidate, index)) continue;
      if (!nearestCue(text, CARE_CUE_ALL, candidate, sentenceAround(text, candidate))) continue;
      hits.push(storyHit(meet.index, candidate.end, text.slice(meet.index, candidate.end), consent));
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
