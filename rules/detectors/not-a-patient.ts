// Sentences whose dates, places and rooms are not a patient's: about a colleague or volunteer (a
// retirement, a memorial, a start date, a plaque), a venue for a group or event, or history.
// (The people pass may later give every mention a role; until then date, location and address
// detectors share these.)

export const ABOUT_STAFF =
  /\b(?:colleague|retire[ds]?|retirement|retiring|volunteer(?:ed|s|ing)?|joined (?:us|the trust|the team|our team)|worked (?:here|with us|at|for|on)|started (?:here|with us|on|at|as)|plaque|in memory of|dedicat(?:ed|ion))\b/i;

/** A patient is mentioned all the same ("our patient ... volunteer"): the sentence may still identify them. */
export const MENTIONS_PATIENT = /\bpatients?\b/i;

export function isAboutStaff(sentence: string): boolean {
  return ABOUT_STAFF.test(sentence) && !MENTIONS_PATIENT.test(sentence);
}

/** A meeting place for a group or an event, not where a patient lies or lives. */
export const VENUE_SENTENCE =
  /\b(?:(?:group|club|class|team) meets|meets (?:at|in|every|on)|support group|venue|held (?:in|at)|workshops?|lectures?|open to (?:all|anyone|everyone))\b/i;

/** History: "On this day in 1887 ... opened on Front Street". */
export const HISTORICAL_SENTENCE = /\b(?:1[5-8]\d{2}|19[0-4]\d)\b|\bon this day\b/i;
