// Finds spans that look like people's names, without NLP: a given name from the lexicon (plus
// following capitalised surnames), a courtesy title ("Mrs Okafor", "baby Leo"), or a capitalised
// word right after a name cue ("patient Adaeze", "meet Tremaine"). One linear pass over word tokens.
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './given-names';

export type NameCandidate = { start: number; end: number; name: string };

const WORD = /[A-Za-z][A-Za-z'’-]*/g;
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Master|baby|Baby)$/;
/** Lower-case words after which a capitalised word is a name ("our patient Adaeze", "mum Kemi"). */
const NAME_CUE = /^(?:patient|patients|meet|named|called|mum|mom|mother|dad|father|wife|husband|son|daughter|grandson|granddaughter|grandma|grandad|grandpa|nan|brother|sister|baby|welcome|welcoming|little|toddler|boy|girl|resident|client)$/;
/** Capitalised words that end a name: places, units, organisations, calendar words. */
const NOT_A_NAME = new Set(
  'The A An And Or Of On In At To For With From By Our Your We I He She They It This That Today Tomorrow Yesterday Hospital Hospitals Ward Unit Centre Center Clinic Trust Foundation Health NHS Street St Road Rd Avenue Lane Drive House Wing Suite Building Team Day Week Month Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Christmas Easter Awareness Appeal Fund Charity Campus Medical Care Centre Surgery Practice Department Dept School College University Church Park Hall Court Way Close Place Square Gardens Terrace Crescent ICU A&E ER Happy Thank Thanks Congratulations Welcome Meet Please Dear Hi Hello Sorry'.split(
    ' ',
  ),
);

/** What follows an unknown capitalised name when the text itself says it is a patient or relative. */
const PATIENT_AFTER =
  /^(?:,? (?:the |a |our )?(?:mum|mom|mother|dad|father|wife|husband|son|daughter|partner|sister|brother) of|,? (?:our|a|the) (?:\w+ )?patient|,? \d{1,3},? (?:was|is|has)|(?:['’]s)? (?:was|is|has been|had been) (?:admitted|discharged|diagnosed|born|treated|rushed|transferred|recovering))\b/;

type Token = { start: number; end: number; word: string };

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 && word.length > 1 && word !== word.toUpperCase();
}

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]{1,2}$/.test(text.slice(a.end, b.start));
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '');
}

export function findNames(text: string): NameCandidate[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({ start: match.index, end: match.index + match[0].length, word: match[0] });

  const found: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const followedByName = next !== undefined && onlySpaceBetween(text, token, next) && isCapitalised(next.word) && !NOT_A_NAME.has(stripPossessive(next.word));
    const word = stripPossessive(token.word);
    let first: number | null = null;
    if (COURTESY_TITLE.test(word) && followedByName) first = i; // the title is part of the span
    else if (NAME_CUE.test(word) && followedByName) first = i + 1;
    else if (isCapitalised(word) && GIVEN_NAMES.has(word) && (!AMBIGUOUS_GIVEN_NAMES.has(word) || followedByName)) first = i;
    else if (isCapitalised(word) && !NOT_A_NAME.has(word) && PATIENT_AFTER.test(text.slice((followedByName ? next : token).end, (followedByName ? next : token).end + 40))) first = i;
    if (first === null) continue;

    // Extend over up to two capitalised surnames ("Maria Gonzalez", "Mary Ann O'Neill").
    let last = first;
    while (last - first < 2) {
      const current = tokens[last]!;
      const following = tokens[last + 1];
      if (!following || !onlySpaceBetween(text, current, following) || !isCapitalised(following.word)) break;
      if (NOT_A_NAME.has(stripPossessive(following.word)) || /['’]s$/.test(current.word)) break;
      last++;
    }
    const start = tokens[first]!.start;
    const end = tokens[last]!.end - (/['’]s$/.test(tokens[last]!.word) ? 2 : 0);
    const name = text.slice(start, end);
    // A lone word that is also a place/unit word right after ("Grace Ward") is not a person.
    const after = tokens[last + 1];
    if (after && onlySpaceBetween(text, tokens[last]!, after) && /^(?:Ward|Unit|Wing|House|Hospital|Centre|Center|Clinic|Building|Suite|Street|Road|Lane|Avenue)$/.test(after.word)) {
      i = last + 1;
      continue;
    }
    found.push({ start, end, name });
    i = last;
  }
  return found;
}
