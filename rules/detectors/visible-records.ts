// Records in the picture: a post whose photo (as its text or alt text describes it) shows a
// handover whiteboard, a tracking board, a sign-in sheet, a wristband or a screen with patients'
// details. Many real breaches are exactly this: the caption is innocent, the background is not.
import type { Detector, DetectorHit } from './types';
import { matchAllGated } from '../text/regex-gate';

const RECORD_SURFACE =
  '(?:screenshot|caseload|waiting[- ]list|referral list|white ?board|handover (?:board|sheet|list)|tracking board|bed board|patient (?:board|list|lists)|ward (?:board|list)|board|sign-?in sheet|sign-?in list|register|clipboard|wristband|name ?band|ID band|label|screen|monitor|computer|PC|laptop|dashboard|printout|notes|chart|drug chart|obs chart|list|rota|spreadsheet|appointment book|diary)';
const SHOWS = '(?:behind|in the background|visible|shows?|showing|shown|with|incl(?:uding|\\.)?|listing|readable|legible|clearly|next to|on it|on the)';
// A board or screen whose words the description quotes: 'whiteboard behind them reads "TODAY: 9:00 Hernandez, M."'.
const QUOTED = new RegExp(`\\b${RECORD_SURFACE}\\b[^.!?\\n]{0,30}?\\b(?:reads?|says|shows?|showing|lists?|listing|view)\\b[ \\u00a0]*(?:[:—–-][ \\u00a0]*)?["“'‘][^"”’\\n]{0,80}?\\d`, 'gi');
const PATIENT_DETAILS =
  "(?:names?|patients?['’]? (?:names?|details|list)|bed numbers?|DOBs?|dates? of birth|NHS numbers?|MRNs?|hospital numbers?|diagnos[ie]s|conditions|addresses|phone numbers|tonight's patients|today's patients|patient list|patient details|who's in which bed|(?:RM|room|bed|bay|cubicle) ?\\d+[A-Z]?)";
// Surface + what it shows, in either order, within one clause.
const VISIBLE = new RegExp(
  `\\b${RECORD_SURFACE}\\b[^.!?\\n]{0,40}?\\b${SHOWS}\\b[^.!?\\n]{0,40}?\\b${PATIENT_DETAILS}\\b|\\b${PATIENT_DETAILS}\\b[^.!?\\n]{0,30}?\\b(?:on|in|visible on|readable on)\\b[^.!?\\n]{0,20}?\\b${RECORD_SURFACE}\\b`,
  'gi',
);
// A list of three or more people written out in a photo description: "(photo: ... sheet — K. Alvarez, T. Brooks, S. O'Donnell)".
const NAME_LIST = /\b(?:\p{Lu}\.[ \u00a0]?\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+,?[ \u00a0]\p{Lu}\.?)(?:[ \u00a0]*[,;/][ \u00a0]*(?:\p{Lu}\.[ \u00a0]?\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+,?[ \u00a0]\p{Lu}\.?)){2,}/gu;
// First names on badges or tags in a photo of a patient group: "nametags – Chris, Marisol, Dee, Antwan".
const NAME_TAGS = /\bname[- ]?(?:tags?|badges?|stickers?|labels?)\b[^.!?\n]{0,20}?(?:[\p{Lu}][\p{L}'’-]+[ \u00a0]*[,;/&][ \u00a0]*){2,}[\p{Lu}][\p{L}'’-]+/gu;
// A patient board in the shot, whatever it says: "(ignore the whiteboard behind us lol)", "in front of the delivery board".
const CLINICAL_BOARD = String.raw`(?:(?:patient|delivery|assignment|census|tracking|handover|bed|ward|status|theatre)[- ]boards?|white ?boards?)`;
const BOARD_IN_VIEW = new RegExp(
  String.raw`\b${CLINICAL_BOARD}\b[^.!?\n]{0,30}?\b(?:behind (?:us|them|her|him)|in (?:the )?background|in view|in shot|visible)\b|\b(?:in front of|behind|next to|beside)[ \u00a0]+(?:the|our|a)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?${CLINICAL_BOARD}\b`,
  'gi',
);
const PHOTO = /\b(?:photo|pic|picture|image|img|screenshot|snap|alt|background|sheet|board|list)\b|📸|📷/i;
// Policies and reminders about boards, not pictures of them.
const ADVICE = /\b(?:never|don't|do not|please (?:don't|do not|check|make sure)|remember to|always|make sure|check (?:that|your)|before you post|no (?:names|patient details))\b/i;

export const visibleRecords: Detector = {
  meta: {
    id: 'visible-records',
    description:
      "Photo descriptions and alt text that say patients' details are in the picture: a whiteboard, tracking board, sign-in sheet, wristband or screen showing names, bed numbers or dates of birth, or a written-out list of three or more people in a photo caption. Ignores reminders and policies about boards ('never post photos showing the patient board').",
  },
  detect({ text }) {
    if (ADVICE.test(text)) return [];
    const hits: DetectorHit[] = [];
    for (const match of [...matchAllGated(VISIBLE, text), ...matchAllGated(QUOTED, text)]) {
      if (hits.some((hit) => match.index < hit.end && hit.start < match.index + match[0].length)) continue;
      hits.push({
        start: match.index,
        end: match.index + match[0].length,
        detail: `The picture shows patients' details ('${match[0]}'): crop or blur them, or take the photo again away from the board or screen.`,
      });
    }
    if (PHOTO.test(text)) {
      for (const match of text.matchAll(BOARD_IN_VIEW)) {
        if (hits.some((hit) => match.index < hit.end && hit.start < match.index + match[0].length)) continue;
        hits.push({ start: match.index, end: match.index + match[0].length, detail: `A patient board is in the picture ('${match[0]}'): crop or blur it, or take the photo away from the board.` });
      }
    }
    for (const match of text.matchAll(NAME_TAGS)) {
      hits.push({ start: match.index, end: match.index + match[0].length, detail: `The picture shows people's names ('${match[0]}'): crop or blur the name tags before posting.` });
    }
    if (PHOTO.test(text)) {
      for (const match of text.matchAll(NAME_LIST)) {
        if (hits.some((hit) => match.index < hit.end && hit.start < match.index + match[0].length)) continue;
        hits.push({
          start: match.index,
          end: match.index + match[0].length,
          detail: `The picture shows a list of people ('${match[0]}'): crop or blur the names before posting.`,
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
