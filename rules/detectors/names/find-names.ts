// Finds spans that look like people's names, without NLP: a given name from the lexicon (plus
// following capitalised surnames or initials), a courtesy title ("Mrs Okafor", "Mr T. Walsh",
// "baby Leo"), a capitalised word right after a name cue ("patient Adaeze", "6-year-old Evie",
// "mum Kemi"), an initial and surname ("R. Hussain"), "the Hoffman family", social handles, and
// later mentions of a first name already seen in full ("Keisha Williams ... Keisha").
// Linear passes over word tokens.
import { isAmbiguousName, isGivenName } from '../../people/lexicon';
import { memoLast } from '../../text/memo-last';

export type NameCandidate = { start: number; end: number; name: string };

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_]{2,30}(?:\.[A-Za-z0-9_]+)*/g;
// Handles of organisations, services and media rather than people.
const ORG_HANDLE = /nhs|trust|hosp|health|clinic|care|team|official|gov|council|uni|foundation|charity|news|bbc|itv|radio|cancer|research|society|assoc|org|institute|group|ltd|inc|med|dental|surgery|pharma|ambulance|police|fire/i;
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Master|baby|Baby)$/;
/** Words after which a capitalised word is a name ("our patient Adaeze", "mum Kemi", "6-year-old Evie"). */
const NAME_CUE =
  /^(?:patient|patients|pt|meet|named|called|mum|mom|mother|dad|father|wife|husband|son|daughter|grandson|granddaughter|grandma|grandad|grandpa|nan|brother|sister|partner|baby|welcome|welcoming|little|littlest|youngest|oldest|bravest|toddler|boy|girl|resident|client|warrior|fighter|hero|superstar|star|champ|champion|veteran|parents|birthday|review|year-old|years-old|thanks|hi|hey|hello|dear|congrats|congratulations)$/i;
/** Cue words that open a sentence before a name ("Meet Keisha"); other capitalised cues are usually
 * part of an organisation's name ("Patient Financial Services") unless a known given name follows. */
const OPENING_CUE = /^(?:Meet|Welcome|Welcoming|Thanks|Hi|Hey|Hello|Dear|Congrats|Congratulations)$/;
/** Capitalised words that end a name: places, units, organisations, calendar words. */
const NOT_A_NAME = new Set(
  'Mr Mrs Ms Miss Mx Master The A An And Or Of On In At To For With From By Our Your We I He She They It This That These Those Then There Here Today Tomorrow Yesterday Hospital Hospitals Unit Centre Center Clinic Trust Foundation Health NHS Street St Road Rd Avenue Lane Drive House Wing Suite Building Team Day Week Month Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun January February March April May June July August September October November December Christmas Easter Awareness Appeal Fund Charity Campus Medical Care Surgery Practice Department Dept School College University Church Park Hall Court Way Close Place Square Gardens Terrace Crescent Level Floor Urgent Emergency Treatment Service Services Dr Prof Professor Sister Matron Rev Sir Dame Lord Lady Captain Nurse Doctor Midwife Volunteer Employee Member Award Awards Winner ICU A&E ER Happy Thank Thanks Congratulations Welcome Meet Please Dear Hi Hey Hello Sorry Well Get Good Great Big Huge Proud Loving Remembering Honoring Honouring Reminder Update Spotted Lost Found Recall Did Our Voted Book Call Join Visit Everyone All Folks Guys Team Friends Staff Bay Bed Room Rm Cubicle Could Would Should Can Might Must Does Do Is Are Was Were Has Have Had If When Where Why What Who How Message Note Anyone Someone Advanced Practitioner Consultant Specialist Senior Junior Lead Chief Head Charge Manager Director Officer Assistant Associate Deputy Clinical Physiotherapist Therapist Paramedic Pharmacist Surgeon Registrar Healthcare Coordinator Receptionist Porter Chaplain'.split(
    ' ',
  ),
);
/** Place words after a name: "Grace Ward", "Rose Unit" are places, not people. */
const PLACE_AFTER = /^(?:Ward|Unit|Wing|House|Hospital|Centre|Center|Clinic|Building|Suite|Street|Road|Lane|Avenue|Ave|Bay|Hall|Lodge|Court|High|School|College|University|County|City|Square|Memorial|Medical|General|Regional|Community|Airport|Station|Bridge|Valley|Heights|Springs)$/;
const PLACE_PREPOSITION = /\b(?:in|at|near|on|to|from|the|our)[ \u00a0]+$/;

/** What follows an unknown capitalised name when the text itself says it is a patient or relative. */
const PATIENT_AFTER =
  /^(?:,? (?:the |a |our )?(?:mum|mom|mother|dad|father|wife|husband|son|daughter|partner|sister|brother) of\b|, (?:our|a|the) (?:\w+ )?patient\b|, (?:age |aged )?\d{1,3},|(?:['’]s)? (?:was|is|has been|had been) (?:admitted|discharged|diagnosed|born|treated|rushed|transferred|recovering|brought in)\b)/;

type Token = { start: number; end: number; word: string };

function isCapitalised(word: string): boolean {
  if (word.length < 2) return false;
  const first = word.charCodeAt(0);
  // ASCII first: the common case, without a regex per token.
  const upper = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word);
  return upper && word !== word.toUpperCase();
}

function isInitial(text: string, token: Token): boolean {
  // "Room 2B. Free" is a room, not an initial: an initial stands on its own.
  return token.word.length === 1 && token.word >= 'A' && token.word <= 'Z' && text[token.end] === '.' && !/[\p{L}\p{N}]/u.test(text[token.start - 1] ?? ' ');
}

function stripPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

/** Tokens `a` and `b` belong to one name: single space, or ". " after a title or an initial. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \u00a0]{1,2}$/.test(gap)) return true;
  if (/^[,:][ \u00a0]$/.test(gap) && NAME_CUE.test(a.word) && !isCapitalised(a.word)) return true; // "our patient, Tamika Jones", "parents: Megan"
  if (/^[ \u00a0]\d{4,}(?:st|nd|rd|th)?[ \u00a0]/.test(gap)) return false;
  return /^\.[ \u00a0]{1,2}$/.test(gap) && (COURTESY_TITLE.test(a.word) || isInitial(text, a) || /^(?:Mrs|Mr|Ms)$/.test(a.word));
}

function isNamePart(text: string, token: Token | undefined, afterTitle = false): token is Token {
  if (token === undefined) return false;
  if (afterTitle && isGivenName(stripPossessive(token.word))) return true; // "Mrs June Lacey", "Miss April Jones"
  return (isCapitalised(token.word) && !NOT_A_NAME.has(stripPossessive(token.word))) || isInitial(text, token);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  return tokens;
}

/** Index of a capitalised name right after "<name> and"/"<name> &", or null. */
function partnerAfter(text: string, tokens: Token[], last: number): number | null {
  const index = tokens[last + 1]?.word === 'and' ? last + 2 : last + 1;
  const partner = tokens[index];
  if (!partner || !isCapitalised(partner.word) || NOT_A_NAME.has(stripPossessive(partner.word))) return null;
  const gap = text.slice(tokens[last]!.end, partner.start);
  return /^(?:[ \u00a0]+and[ \u00a0]+|[ \u00a0]*&[ \u00a0]*)$/.test(gap) ? index : null;
}

/** "the Hoffman family" */
function isFamilyName(text: string, token: Token): boolean {
  return /^[ \u00a0]family\b/.test(text.slice(token.end, token.end + 8)) && /\bthe[ \u00a0]+$/i.test(text.slice(Math.max(0, token.start - 5), token.start));
}

/** Index of the token where a name starts at token i, or null. */
function nameStartAt(text: string, tokens: Token[], i: number): number | null {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  // (asked only once a cheaper test leaves the token in the running: most tokens are everyday words)
  let follows: boolean | undefined;
  const followedByName = (): boolean => (follows ??= isNamePart(text, next, COURTESY_TITLE.test(token.word)) && joined(text, token, next) && !PLACE_AFTER.test(next.word));
  const word = stripPossessive(token.word);
  // Capitalised "Baby" opens names ("Baby Leo") and programmes ("Baby Friendly"): only a known given name counts.
  if (COURTESY_TITLE.test(word) && followedByName() && (word !== 'Baby' || isGivenName(next!.word))) return i;
  if (NAME_CUE.test(word) && followedByName() && (!isCapitalised(word) || OPENING_CUE.test(word) || isGivenName(next!.word))) return i + 1;
  // ("Outpatients B. Same times": a letter after a capitalised word labels a block or a wing; a name
  // that held it would have started at that word)
  const labelled = () => i > 0 && isCapitalised(tokens[i - 1]!.word) && /^[ \u00a0]$/.test(text.slice(tokens[i - 1]!.end, token.start));
  if (isInitial(text, token) && word !== 'A' && word !== 'I' && !labelled() && followedByName() && isCapitalised(next!.word)) return i;
  if (!isCapitalised(word) || NOT_A_NAME.has(word)) return null;
  if (isGivenName(word) && (!isAmbiguousName(word) || followedByName())) return i;
  const last = followedByName() ? next! : token;
  const placeBefore = /\b(?:from|in|at|near|to)[ \u00a0]+$/.test(text.slice(Math.max(0, token.start - 6), token.start)); // "from Selby was brought in"
  if (!placeBefore && PATIENT_AFTER.test(text.slice(last.end, last.end + 40))) return i;
  if (isFamilyName(text, token)) return i;
  return null;
}

export const findNames: (text: string) => NameCandidate[] = memoLast(scanNames);

function scanNames(text: string): NameCandidate[] {
  const tokens = tokenize(text);
  const found: NameCandidate[] = [];
  const firstNames = new Set<string>();
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const first = nameStartAt(text, tokens, i);
    if (first === null) continue;
    // Extend over up to three following name parts ("Maria Gonzalez", "Mrs. D. Kowalczyk").
    let last = first;
    while (last - first < 3) {
      const following = tokens[last + 1];
      if (!isNamePart(text, following, COURTESY_TITLE.test(tokens[last]!.word)) || !joined(text, tokens[last]!, following) || /['’]s$/.test(tokens[last]!.word)) break;
      if (PLACE_AFTER.test(following.word)) break;
      last++;
    }
    const lastToken = tokens[last]!;
    const afterLast = tokens[last + 1];
    // "Grace Ward", "on Elm Ward": a place. A non-ambiguous given name before "Ward" is a surname ("Ellie Ward").
    if (afterLast && joined(text, lastToken, afterLast) && PLACE_AFTER.test(afterLast.word)) {
      const surnameWard = afterLast.word === 'Ward' && last === first && !isAmbiguousName(lastToken.word) && isGivenName(lastToken.word) && !PLACE_PREPOSITION.test(text.slice(0, tokens[first]!.start));
      if (!surnameWard) {
        i = last + 1;
        continue;
      }
      last++;
    }
    // Saints name places: "St James's", "St. Luke's".
    if (/\b(?:St|Saint)\.?[ \u00a0]+$/.test(text.slice(Math.max(0, tokens[first]!.start - 7), tokens[first]!.start))) {
      i = last;
      continue;
    }
    // A lone lexicon name after "in"/"at"/"near" or before a US state is usually a place ("the best
    // dentist in Austin", "Austin, TX").
    if (last === first && /\b(?:in|at|near)[ \u00a0]+$/.test(text.slice(Math.max(0, tokens[first]!.start - 6), tokens[first]!.start))) continue;
    if (last === first && /^,[ \u00a0][A-Z]{2}\b/.test(text.slice(tokens[first]!.end, tokens[first]!.end + 5))) continue;
    const start = tokens[first]!.start;
    const endToken = tokens[last]!;
    let end = endToken.end - (/['’]s$/.test(endToken.word) ? 2 : 0);
    if (isInitial(text, endToken)) end += 1; // "Jennifer P."
    if (last === first && isFamilyName(text, endToken)) end += ' family'.length;
    found.push({ start, end, name: text.slice(start, end) });
    for (let k = first; k <= last; k++) covered.add(k);
    const firstWord = tokens[COURTESY_TITLE.test(tokens[first]!.word) && last > first ? first + 1 : first]!.word;
    if (isCapitalised(firstWord) && !COURTESY_TITLE.test(firstWord)) firstNames.add(stripPossessive(firstWord));
    // A partner named with them: "Megan and Josh", "Brittany & Josh Miller".
    const partner = partnerAfter(text, tokens, last);
    if (partner !== null && !covered.has(partner)) {
      let partnerEnd = partner;
      while (partnerEnd - partner < 2 && isNamePart(text, tokens[partnerEnd + 1]) && joined(text, tokens[partnerEnd]!, tokens[partnerEnd + 1]!)) partnerEnd++;
      found.push({ start: tokens[partner]!.start, end: tokens[partnerEnd]!.end, name: text.slice(tokens[partner]!.start, tokens[partnerEnd]!.end) });
      for (let k = partner; k <= partnerEnd; k++) covered.add(k);
      last = Math.max(last, partnerEnd);
    }
    i = last;
  }
  // Later (or earlier) mentions by first name alone: "Keisha Williams ... Keisha rang the bell".
  if (firstNames.size > 0) {
    tokens.forEach((token, k) => {
      if (!covered.has(k) && firstNames.has(stripPossessive(token.word))) {
        found.push({ start: token.start, end: token.start + stripPossessive(token.word).length, name: stripPossessive(token.word) });
      }
    });
  }
  for (const match of text.matchAll(HANDLE)) {
    if (!ORG_HANDLE.test(match[0])) found.push({ start: match.index, end: match.index + match[0].length, name: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}
