// Person mentions beyond the given-name lexicon: the shapes names take in clinical and casual
// writing. Lists and notes invert them ("NGUYEN, Thi Bich", "Hernandez, M.", "KOWALSKI J"), posts
// shorten them ("Kayleigh B", "J.T."), title them in lower case ("mrs khatun", "ms. wanda pierce"),
// give nicknames in quotes ("'Big Mike'", "Dolores \"Dee\" Kaminski") or honorifics ("Father
// O'Malley", "Councillor Brian Tuckett"). Every shape is matched by a linear regex scan.
import { findNames, type NameCandidate } from '../detectors/names/find-names';
import { GIVEN_NAMES } from '../detectors/names/given-names';
import { STATE_CODES } from '../detectors/us-states';
import { memoLast } from '../text/memo-last';
import { lowerCaseWords } from '../text/lower-case-words';
import { matchAllGated } from '../text/regex-gate';
import { isGivenName, isLowerCaseGivenName } from './lexicon';

const UPPER = '\\p{Lu}';
const LOWER = '[\\p{Ll}\\p{M}]';
/** A capitalised name word, accented, hyphenated or with an apostrophe: "Ní", "O'Malley", "Fairbairn-Quigley". */
const CAP = `(?:Ma?c(?=\\p{Lu}))?${UPPER}${LOWER}*(?:[-'’]${UPPER}?${LOWER}+)*`;
const CAPS = `(?:${UPPER}['’])?${UPPER}{2,}(?:[-'’]${UPPER}{2,})?`;
const INITIAL = `${UPPER}\\.`;

// Capitalised words that are not names in a "Surname, Given" pair or after an honorific.
const COMMON = new Set(
  'The A An And Or Of On In At To For With From By Our Your We I He She They It This That Outpatients Outpatient Inpatients Inpatient Block Building Level Floor Entrance Zone Suite Corridor Theatres Pharmacy Radiology Reception Imaging Maternity Antenatal Endoscopy Phlebotomy Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Hospital Ward Unit Clinic Trust NHS Centre Center Street Road Lane Avenue Room Bed Bay Dr Mr Mrs Ms Please Thanks Thank Happy Meet Welcome Note Update Congratulations Congrats Hello Hi Hey Goodbye Farewell Cheers Sorry Remember Yes No Well Also Again Finally Meanwhile However Patient Patients Team Staff Day Week Month Year Department North South East West New Old Royal General County City Medical Health Care Community Emergency ICU DOB MRN NHS PAS ID UK US USA'.split(
    ' ',
  ),
);
// Acronyms that stand where an upper-case surname would ("ICU, Bed 4", "MRN: ...").
const ACRONYM = /^(?:NHS|ICU|PICU|NICU|HDU|MRN|DOB|PAS|ED|ER|AE|GP|CT|MRI|ECG|EEG|IV|RN|NP|PA|MD|DDS|UK|US|USA|BBC|PM|AM|CEO|COO|CFO|HR|IT|QR|OK|ID|SSN|FAQ|PTSD|ADHD|IVF|HIV|AIDS|COVID|CAMHS|MBI|LCSW|CNA|LPN|OR|ENT|PE|BP|TV|FYI|ASAP|DM|DMS|RSVP|EMS|EMT|PPE|COPD|CPR|AED|BMI|UTI|STI|SEND|MP|MSP|MBE|OBE|CBE|NYC|LA|DC|TX|CA|NY|FL)$/;
/** After a person: a date of birth or a record number, i.e. a line from a record ("Nowak, Zofia – 12.04.2009"). */
// (or a board's codes and a medicine chart's doses: "3102 SALAZAR, ERNESTO 67M CHF", "K. Dubois fall risk",
// "KOWALCZYK, Jan | EDD 03/06", "J. Whitfield — Coumadin 5mg")
export const RECORD_ENTRY =
  /^['’"”]?[ \u00a0]*(?:[-–—|/,(:][ \u00a0]*)?(?:(?:DOB|D\.O\.B|MRN|MR#|NHS|PAS|Hosp|pt|acct|account|SSN?|EDD|TTO|NPO|NBM|DNR|DNACPR|fall risk|falls risk|\d{1,3}[MF])\b|[A-Z][a-z]+[ \u00a0]\d+(?:\.\d+)?[ \u00a0]?(?:mg|mcg|ml|units?)\b|#\s?\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)/i;
const BED_LABEL_BEFORE = /\b(?:Cubicle|Cub|Bed|Bay|Room|Rm|Chair|Side room|SR)[ \u00a0]?\d{1,4}[A-Z]?[ \u00a0]*[-–—:|/][ \u00a0]*$/i;
const FUNCTION_WORD = /^(?:and|the|or|to|of|for|with|was|is|has|had|you|your|our|their|his|her|him|them|this|that|all|any|and|not|who|will|can|are|were)$/;
const HONORIFIC = 'Pani|Lola|Lolo|Tita|Tito|Abuela|Abuelo|Nonna|Nonno|Bà|Ông|Doña|Don|Señora|Señor|Sra\\.?|Madame|Mme\\.?|Frau|Herr|Aunty|Father|Fr\\.?|Pastor|Rabbi|Imam|Reverend|Rev\\.?|Councillor|Cllr\\.?|Coach|Officer|Sgt\\.?|Sergeant|Judge|Aunt|Auntie|Uncle|Grandma|Grandpa|Granny|Grandad|Nana|Nanna|Papa|Brother|Sister|Captain|Capt\\.?|Major|Colonel|Deputy|Sheriff|Mayor|Professor|Prof\\.?';

const SHAPES: { pattern: RegExp; accept?: (match: RegExpExecArray) => boolean }[] = [
  // "NGUYEN, Thi Bich", "Nowak, Zofia", "Hernandez, M.", "Tran, Linh"
  {
    pattern: new RegExp(`(?<![\\p{L}])(${CAPS}|${CAP}),[ \\u00a0](${INITIAL}|${CAP}(?:[ \\u00a0]${CAP})?|${CAPS})(?![\\p{L}])`, 'gu'),
    accept: (m) => {
      const surname = m[1]!;
      const givenWord = m[2]!.split(/[ \u00a0]/)[0]!;
      // "HOLLOWAY, GRACE": a list in capitals
      const given = /^\p{Lu}+$/u.test(givenWord) ? givenWord[0] + givenWord.slice(1).toLowerCase() : givenWord;
      const recordLine = () => RECORD_ENTRY.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (given !== givenWord) return /^\p{Lu}{3,}/u.test(surname) && !ACRONYM.test(surname) && (isGivenName(given) || recordLine());
      if (COMMON.has(surname) || COMMON.has(given) || ACRONYM.test(surname)) return false;
      // Place pairs look the same ("Retail Park, Wakefield"): only a common given name counts here.
      if (/^\p{Lu}{3,}/u.test(surname) || given.endsWith('.') || GIVEN_NAMES.has(given)) return true;
      // a record line: "Nowak, Zofia – 12.04.2009", "Tran, Linh (DOB ...)"
      return recordLine();
    },
  },
  // "KOWALSKI J", "Gutierrez R.", "Kayleigh B", "Wyatt T."
  {
    pattern: new RegExp(`(?<![\\p{L}.])(${CAPS}|${CAP})[ \\u00a0](${UPPER})(\\.|(?=[\\s,;:!?)]|$))`, 'gu'),
    accept: (m) => {
      const word = m[1]!;
      // ("DENTAL IMPLANTS WITH A LIFETIME GUARANTEE": a headline's capitals, not "KOWALSKI J")
      if (COMMON.has(word) || COMMON.has(word[0] + word.slice(1).toLowerCase()) || ACRONYM.test(word) || word.length < 3) return false;
      // ("Will I look done?": the pronoun, not an initial)
      if (m[2] === 'I' && m[3] !== '.') return false;
      // (on a board, after a bed or cubicle label: "Cubicle 3 – Okafor D – #NOF")
      return /^\p{Lu}{3,}$/u.test(word) || m[3] === '.' || isGivenName(word) || BED_LABEL_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index));
    },
  },
  // "J.T., 47", "R.T. was", "sat with J.R. every day", "A.G. from Hillcrest Middle": initials standing for a
  // person next to an age, a verb or a place (not dotted abbreviations: "U.S.", "E.R.", "R.N.", "a.m.")
  {
    pattern:
      /(?<![\p{L}.])(?!(?:U\.S|U\.K|A\.M|P\.M|D\.C|E\.R|O\.R|R\.N|M\.D|P\.A|L\.A|N\.Y|B\.C|A\.D|E\.U|U\.N|G\.P|I\.T|T\.V|N\.H\.S|Q\.A|P\.S|R\.I\.P)\.)(?:\p{Lu}\.){2,3}(?=,? ?(?:[—–-] ?)?(?:\d{1,3}\b|aged|age|was|is|who|had|has|in (?:bed|bay|room)|every|from|spent|came|got|finished|started|['’]s\b)|,? ?\(\d)/gu,
  },
  // lower-case courtesy titles: "mrs khatun", "mr a. gallacher", "ms. wanda pierce"
  // ("miss" is left out: as a verb it is far commoner than as a lower-case title)
  {
    pattern: /(?<![\p{L}])(?:mr|mrs|ms|mx)\.?[ \u00a0](?:[a-z]\.[ \u00a0]?)?([a-z][a-z'’-]{2,})(?:[ \u00a0]([a-z][a-z'’-]{2,}))?(?![\p{L}])/gu,
    accept: (m) => !FUNCTION_WORD.test(m[1]!),
  },
  // honorifics: "Father O'Malley", "Councillor Brian Tuckett", "Coach Bill Haverty"
  // (the span is the name alone, so staff titles such as "Sister" are still read as context)
  {
    pattern: new RegExp(`(?<=(?<![\\p{L}])(?:${HONORIFIC})[ \\u00a0])(${CAP})(?:[ \\u00a0](${CAP}))?`, 'gu'),
    accept: (m) => !COMMON.has(m[1]!) && !(m[2] !== undefined && COMMON.has(m[2])),
  },
  // "Mrs. K", "Mr B": a title and one initial, as people write about regulars
  { pattern: /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \u00a0]\p{Lu}(?![\p{L}.])/gu },
  // a capitalised word where only a person fits: "so proud of Tyrell, who ...", "shout-out to Kenzo!"
  {
    pattern: new RegExp(`(?<=\\b(?:proud of|shout-?out to|hats off to|well done|good luck|best wishes to|rooting for|cheering on|praying for|prayers for|farewell to|love you|miss you)[ \\u00a0,]+)(${CAP})(?=,? who\\b|['’]s\\b|[ \\u00a0]?!)`, 'giu'),
    accept: (m) => !COMMON.has(m[1]!),
  },
  // whoever a birthday or a welcome home is wished to: "Happy 101st birthday to our Peigi Ceit from Ness"
  {
    pattern: new RegExp(`(?<=\\b(?:[Bb]irthday|[Ww]elcome home|[Gg]et well soon)(?: wishes)?,?[ \\u00a0]+(?:to[ \\u00a0]+)?(?:our[ \\u00a0]+|dear[ \\u00a0]+|lovely[ \\u00a0]+)?)(${CAP})(?:[ \\u00a0](${CAP}))?(?![\\p{L}])`, 'gu'),
    accept: (m) => !COMMON.has(m[1]!) && !(m[2] !== undefined && COMMON.has(m[2])),
  },
  // nicknames in quotes: "'Big Mike'", "'Mad Max' Szabo", "“Ted”"
  // (a name in the quotes, or a surname after them: not "our 'Rapid Recovery' technique")
  {
    pattern: new RegExp(`['‘"“](${CAP}(?:[ \\u00a0]${CAP})?)['’"”]((?:[ \\u00a0]${CAP})?)(?![\\p{L}])`, 'gu'),
    accept: (m) => !COMMON.has(m[1]!.split(/[ \u00a0]/)[0]!) && (m[2] !== '' || m[1]!.split(/[ \u00a0]/).some((word) => isGivenName(word))),
  },
];


const LETTERS = /\p{L}+/gu;
const UPPER_FIRST = /^\p{Lu}/u;

/** Share of words that start with a capital: casual posts ("big thank you to jamie from ward 3") have almost none. */
function capitalisedShare(text: string): number {
  let words = 0;
  let capitalised = 0;
  for (const [word] of text.matchAll(LETTERS)) {
    words++;
    const first = word.charCodeAt(0);
    // (ASCII without a regex: most words are)
    if (first < 128 ? first >= 65 && first <= 90 : UPPER_FIRST.test(word)) capitalised++;
  }
  return words === 0 ? 1 : capitalised / words;
}

/** In a post written in lower case, lexicon given names in lower case are names too. */
function lowerCaseNames(text: string): NameCandidate[] {
  if (capitalisedShare(text) > 0.08) return [];
  const found: NameCandidate[] = [];
  for (const { start, end } of lowerCaseWords(text)) {
    const possessive = end - start > 2 && text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '’');
    const word = text.slice(start, possessive ? end - 2 : end);
    if (isLowerCaseGivenName(word)) found.push({ start, end: start + word.length, name: word });
  }
  return found;
}

function shapeMentions(text: string): NameCandidate[] {
  const found: NameCandidate[] = lowerCaseNames(text);
  for (const { pattern, accept } of SHAPES) {
    for (const match of matchAllGated(pattern, text)) {
      if (accept && !accept(match)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, name: match[0] });
    }
  }
  return found;
}

/** Every person mention: lexicon names and the shapes above; where two overlap, the longer stays. */
export const findPeople: (text: string) => NameCandidate[] = memoLast(scanPeople);

// A name word after "the" and capitalised words is a place or a business ("the Lakeside Hilton"),
// and compass regions are places ("the North West's leading clinic"); families keep their article.
const PLACE_BEFORE = /\b[Tt]he[ \u00a0]+(?:\p{Lu}[\p{L}'’-]+[ \u00a0]+)*$/u;
// (read from the mention's first word: "the Tanaka family" whether or not the finder took "family")
const FAMILY = /^[\p{L}'’-]+[ \u00a0]+(?:family|twins|triplets|quads|household|sisters|brothers|boys|girls|kids|children)\b/iu;
// (and so are "North Dakota", "El Paso", "San Antonio", "Plainville", "Green Bay")
const REGION =
  /^(?:North|South|East|West|New|El|Los|Las|San|Santa|Fort|Port|Mount)[ -]\p{Lu}|^(?:North|South|East|West)(?:['’]s)?$|^\p{Lu}\p{Ll}+(?:ville|burg|borough|shire|haven|springs|falls)$|[ \u00a0](?:Falls|Springs|City|Beach|Heights|Hills|Valley|Creek|Harbor|Harbour|Island|Islands|Ridge|Lakes?)$/u;
// A place is followed by its postcode or state ("Barry CF62 8ZZ", "Watertown, SD") and a Spanish name by "del" ("Salud del Valle").
// (a state ends the place or has its ZIP: "Priya Raman, MS, ELD" is a credential)
const POSTCODE_OR_STATE_AFTER = new RegExp(`^,?[ \\u00a0]+(?:[A-Z]{1,2}\\d[A-Z\\d]?[ \\u00a0]?\\d[A-Z]{2}\\b|(?:${STATE_CODES})(?:[ \\u00a0]+\\d{5}\\b|(?=[.!\\n)]|$)))`);
const SPANISH_PLACE_BEFORE = /\b(?:del|de la|de los|de las)[ \u00a0]+$/;
// An organisation's, a building's or a street's name ends in, or runs on to, a word no person's name
// holds: "Red River Eye Institute", "Tidewater Primary Care", "Clyde Sound FM", "N. Walnut St".
const ORG_WORD =
  /^(?:Infirmary|Institute|Hospital|Hospice|Clinics?|Centre|Center|Practice|Surgery|Pharmacy|Dental|Dentistry|Aesthetics|Medical|Health|Healthcare|Care|Eye|Vision|Fertility|Physio|Physiotherapy|Chiropractic|Orthodontics|Ambulance|Station|Fellowship|Church|Chapel|Cathedral|Mosque|Temple|Synagogue|School|Academy|College|University|Trust|Foundation|Charity|Society|Club|Group|Partners|Associates|Laboratory|Imaging|Radiology|Wellness|Spa|Primary|Team|Awards?|Unit|Suite|Wing|Library|Museum|Gallery|Theatre|Theater|Stadium|FM|Radio|Council|Network|Alliance|Lodge|Manor|St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Pkwy|Hwy|Highway)$/;
const NEXT_WORD = /^[ \u00a0]+(\p{Lu}[\p{L}]*)/u;
const isOrganisation = (text: string, mention: NameCandidate): boolean =>
  ORG_WORD.test(mention.name.split(/[ \u00a0]+/).pop() ?? '') || ORG_WORD.test(NEXT_WORD.exec(text.slice(mention.end, mention.end + 24))?.[1] ?? '');
// ("Pocahontas, Webster and Nicholas counties")
const COUNTY_AFTER = /^(?:(?:,|,? and|,? &)[ \u00a0]+\p{Lu}\p{L}+)*,?[ \u00a0]+(?:county|counties|parish|parishes|township)\b/iu;
// Either end of a journey is a place: "cycled all the way from Land's End to John o' Groats"
// (not a handover: "from Sarah Jones to Priya Shah").
const JOURNEY = String.raw`\b(?:cycl|bik|walk|ran\b|run|driv|drove|flew|fly|flown|travel|trek|hik|rode|ridd|row|swim|swam|sail|march|journey|the way|miles|km)[^.!?\n]{0,30}\bfrom[ \u00a0]+`;
const ROUTE_START_BEFORE = new RegExp(`${JOURNEY}$`, 'u');
const ROUTE_START_AFTER = /^(?:['’]s)?(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*[ \u00a0]+to[ \u00a0]+\p{Lu}/u;
const ROUTE_END_BEFORE = new RegExp(`${JOURNEY}\\p{Lu}[\\p{L}'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}'’-]*)*[ \\u00a0]+to[ \\u00a0]+$`, 'u');
const onRoute = (text: string, mention: NameCandidate): boolean => {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  return (ROUTE_START_BEFORE.test(before) && ROUTE_START_AFTER.test(text.slice(mention.end, mention.end + 60))) || ROUTE_END_BEFORE.test(before);
};
const isPlace = (text: string, mention: NameCandidate): boolean =>
  REGION.test(mention.name) ||
  onRoute(text, mention) ||
  COUNTY_AFTER.test(text.slice(mention.end, mention.end + 60)) ||
  isOrganisation(text, mention) ||
  POSTCODE_OR_STATE_AFTER.test(text.slice(mention.end, mention.end + 14)) ||
  SPANISH_PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start)) ||
  (PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) && !FAMILY.test(text.slice(mention.start, mention.end + 12)));

function scanPeople(text: string): NameCandidate[] {
  const all = [...findNames(text), ...shapeMentions(text)].filter((mention) => !isPlace(text, mention)).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameCandidate[] = [];
  for (const mention of all) {
    const previous = kept[kept.length - 1];
    if (previous && mention.start < previous.end) {
      if (mention.end - mention.start > previous.end - previous.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}
