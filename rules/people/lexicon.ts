// Which words are given names. The compact list (detectors/names/given-names.ts) is always there:
// it is small enough for the content script. Where size does not matter (Node, the CLI, extension
// pages), rules/index.ts adds the generated name data (people/name-data.ts, ~8,000 names), and the
// content script can add the same data once the background has handed it over. Lookups fold
// diacritics, so "Zoë" and "Inés" are found as "Zoe" and "Ines".
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../detectors/names/given-names';

const added = new Set<string>();
const addedAmbiguous = new Set<string>();

const fold = (word: string): string => (/[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word);

/** Adds names (space-separated, capitalised, without diacritics) to every later lookup. */
export function addGivenNames(names: string, ambiguous = ''): void {
  for (const name of names.split(' ')) if (name) added.add(name);
  for (const name of ambiguous.split(' ')) if (name) addedAmbiguous.add(name);
  lowerCaseKeys = undefined;
}

export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  // "Ana-Lucía", "Isla-Rose": a double given name is a name when its first part is.
  const hyphen = word.indexOf('-');
  if (hyphen > 1) return isGivenName(word.slice(0, hyphen));
  const folded = fold(word);
  return GIVEN_NAMES.has(folded) || added.has(folded) || addedAmbiguous.has(folded);
}

// Every known name in lower case: a post in lower case has hundreds of words and few names, so most
// words are turned away by one lookup before the cased checks run.
let lowerCaseKeys: Set<string> | undefined;

/** A lower-case ASCII word that is an unambiguous given name written in lower case ("big thanks to jamie"). */
export function isLowerCaseGivenName(word: string): boolean {
  lowerCaseKeys ??= new Set([...GIVEN_NAMES, ...added, ...addedAmbiguous].map((name) => name.toLowerCase()));
  const hyphen = word.indexOf('-');
  if (!lowerCaseKeys.has(word) && !(hyphen > 1 && lowerCaseKeys.has(word.slice(0, hyphen)))) return false;
  const capitalised = word[0]!.toUpperCase() + word.slice(1);
  return isGivenName(capitalised) && !isAmbiguousName(capitalised);
}

/** A given name that is also an everyday word ("Will", "Hope", "Amber"): it needs a surname or a cue. */
export function isAmbiguousName(word: string): boolean {
  if (AMBIGUOUS_GIVEN_NAMES.has(word)) return true;
  const folded = fold(word);
  return !GIVEN_NAMES.has(folded) && addedAmbiguous.has(folded);
}

// Everyday short forms of given names, as colleagues write them: "Rev. Thomas Okafor ... Rest well, Tom".
const SHORT_FORMS = new Map<string, string>(
  (
    'Tom:Thomas Tommy:Thomas Bill:William Billy:William Will:William Liam:William Bob:Robert Bobby:Robert Rob:Robert Robbie:Robert ' +
    'Jim:James Jimmy:James Jamie:James Mike:Michael Mick:Michael Mickey:Michael Dave:David Davy:David Steve:Stephen Chris:Christopher ' +
    'Dan:Daniel Danny:Daniel Joe:Joseph Joey:Joseph Nick:Nicholas Tony:Anthony Ben:Benjamin Sam:Samuel Alex:Alexander Andy:Andrew ' +
    'Drew:Andrew Rick:Richard Rich:Richard Dick:Richard Jack:John Johnny:John Ted:Edward Ed:Edward Eddie:Edward Charlie:Charles ' +
    'Chuck:Charles Harry:Henry Hank:Henry Jon:Jonathan Matt:Matthew Pete:Peter Phil:Philip Ron:Ronald Ronnie:Ronald Tim:Timothy ' +
    'Greg:Gregory Jeff:Jeffrey Ken:Kenneth Larry:Lawrence Len:Leonard Don:Donald Doug:Douglas Fred:Frederick Freddie:Frederick ' +
    'Gerry:Gerald Ray:Raymond Stan:Stanley Vince:Vincent Walt:Walter Wally:Walter Sue:Susan Suzy:Susan Pat:Patricia Trish:Patricia ' +
    'Maggie:Margaret Meg:Margaret Peggy:Margaret Jenny:Jennifer Jen:Jennifer Liz:Elizabeth Beth:Elizabeth Betty:Elizabeth ' +
    'Lizzie:Elizabeth Kate:Katherine Katie:Katherine Kathy:Katherine Cathy:Catherine Vicky:Victoria Tori:Victoria Abby:Abigail ' +
    'Jess:Jessica Becky:Rebecca Becca:Rebecca Mandy:Amanda Debbie:Deborah Deb:Deborah Sandy:Sandra Chrissie:Christine Tina:Christina ' +
    'Annie:Anne Nan:Anne Ellie:Eleanor Nell:Eleanor Sally:Sarah Dot:Dorothy Dottie:Dorothy Bernie:Bernadette Jo:Joanne Jackie:Jacqueline ' +
    'Val:Valerie Bev:Beverley Gill:Gillian Steph:Stephanie Sophie:Sophia Mags:Margaret Rosie:Rosemary Terry:Terence Barb:Barbara'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** The name a given name stands for: "Tom" and "Thomas" are both "Thomas"; any other word is itself. */
export function givenNameKey(word: string): string {
  return SHORT_FORMS.get(word) ?? word;
}
