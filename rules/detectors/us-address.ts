// Street addresses: a house number, a street name and a street suffix ("123 Main St", "12 Acacia Avenue").
import { createContactDetector } from './contact-owner';

const SUFFIX =
  '(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Ct|Place|Pl|Way|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Crescent|Close|Grove|Gardens|Row|Mews|St(?![ \\u00a0]+[A-Z])|Dr(?![ \\u00a0]+[A-Z]))';
const STREET_WORD = '(?:\\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)';
const ADDRESS = new RegExp(
  `(?<![\\w,.])\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?,?[ \\u00a0]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[ \\u00a0]+)?(?:${STREET_WORD}[ \\u00a0]+){1,3}${SUFFIX}\\b(?:,?[ \\u00a0]+(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\\.?[ \\u00a0]*\\w{1,5})?`,
  'g',
);

export const usAddress = createContactDetector({
  id: 'us-address',
  description:
    "Street addresses (house number + street name + suffix, e.g. '123 Main St', '12 Acacia Avenue, Flat 2'); errors next to a person ('lives at', 'her address', patient), warnings otherwise. Ignores the organisation's own addresses (org contacts, 'visit us at', org name in the sentence) and 'St'/'Dr' used as Saint/Doctor.",
  pattern: ADDRESS,
  kind: 'street address',
});
