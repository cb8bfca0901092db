// Street addresses: a house number, a street name and a street suffix ("123 Main St", "12 Acacia Avenue",
// the UK's "7 Orchard Rise", "4 Kirk Wynd").
import { createContactDetector } from './contact-owner';
import { personLinked, withPersonLinked } from './person-linked';
import { STATE_CODES } from './us-states';

const SUFFIX =
  '(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Ct|Place|Pl|Way|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Crescent|Close|Grove|Gardens|Row|Mews|Rise|Walk|View|Parade|Vale|Croft|Wynd|Brae|Chase|Fold|Meadows|Heights|St(?![ \\u00a0]+(?!(?:Apt|Apartment|Unit|Suite|Ste|Flat)\\b)[A-Z])|Dr(?![ \\u00a0]+(?!(?:Apt|Apartment|Unit|Suite|Ste|Flat)\\b)[A-Z]))';
const STREET_WORD = '(?:\\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)';
const ADDRESS = new RegExp(
  `(?<![\\w,.])\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?,?[ \\u00a0]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[ \\u00a0]+)?(?:${STREET_WORD}[ \\u00a0]+){1,3}${SUFFIX}\\b(?:,?[ \\u00a0]+(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\\.?[ \\u00a0]*\\w{1,5})?`,
  'g',
);
// A city and state ("Tampa FL", "Lubbock, TX"): a geographic subdivision smaller than a state. Codes that
// are also words, degrees or scans (IN, OR, ME, MD, MS, CT...) need the comma; MD and PA after a comma are
// credentials ("Anna Reyes, MD") unless a ZIP follows.
const CITY_STATE = `\\b[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,[ \\u00a0]+(?:(?!MD|PA|DO)(?:${STATE_CODES})|(?:MD|PA)(?= \\d{5}))|[ \\u00a0]+(?!(?:IN|OR|ME|OK|HI|ID|AS|MD|PA|MS|CT|MA|LA|CO|DE|DC|AL|GA|SC|NE|MT|VA)\\b)(?:${STATE_CODES}))\\b`;
const ADDRESS_OR_CITY = new RegExp(`${ADDRESS.source}|${CITY_STATE}`, 'g');

// A street named without a house number where someone lives or comes from ("from Marsh Lane", "lives
// right down the street on Birchwood Ave").
const STREET_NAME = new RegExp(
  `(?<=\\b(?:from|on|in|off|near|at)[ \\u00a0])(?:[A-Z][a-z]+[ \\u00a0]){1,2}(?:Street|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Close|Crescent|Grove|Terrace|Way|Gardens|Place|Court|Mews|Row|Boulevard|Blvd|Circle|Parkway|Walk|Rise|View|Parade|Vale|Croft|Wynd|Brae|Chase|Meadows|St(?![ \\u00a0]+[A-Z]))\\b\\.?`,
  'g',
);

const numbered = createContactDetector({
  id: 'us-address',
  description: '',
  pattern: ADDRESS_OR_CITY,
  kind: 'street address',
});

export const usAddress = withPersonLinked(
  numbered,
  personLinked(STREET_NAME, 'street'),
  "Street addresses (house number + street name + suffix, e.g. '123 Main St', '12 Acacia Avenue, Flat 2') and US city + state ('Tampa FL', 'Lubbock, TX'); errors next to a person ('lives at', 'her address', patient), warnings otherwise. Ignores the organisation's own addresses (org contacts, 'visit us at', org name in the sentence) and 'St'/'Dr' used as Saint/Doctor. A street named without a number ('from Marsh Lane') counts only next to a person.",
);
