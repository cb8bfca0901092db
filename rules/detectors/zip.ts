// US ZIP codes, recognised by a state before them or a ZIP label (5-digit numbers alone are counts).
import { createContactDetector } from './contact-owner';
import { personLinked, withPersonLinked } from './person-linked';
import { STATE_CODES, STATE_NAMES } from './us-states';

const ZIP = new RegExp(`(?:\\b(?:${STATE_CODES}|${STATE_NAMES}),?[ \\u00a0]+|\\b(?:ZIP|zip|Zip)(?:[ -]?code)?[ \\u00a0:#]*)(\\d{5}(?:-\\d{4})?)(?![\\d-])`, 'g');

// A ZIP right after a town someone is from, with no state ("Brittany from Scottsdale (85255 represent!)").
const TOWN_ZIP = /(?<=\b(?:from|in|of)[ \u00a0][A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?,?[ \u00a0]\(?)\d{5}(?:-\d{4})?(?![\d,.-]|[ \u00a0]?%)/g;

export const zip = withPersonLinked(
  createContactDetector({ id: 'zip', description: '', pattern: ZIP, kind: 'ZIP code', valueGroup: 1 }),
  personLinked(TOWN_ZIP, 'ZIP code'),
  "US ZIP and ZIP+4 codes after a state ('Boston, MA 02115') or a ZIP label, errors next to a person and warnings otherwise; and a ZIP right after a town someone is from ('Brittany from Scottsdale (85255') when the sentence points to a person. Ignores bare 5-digit numbers (counts, codes) and the organisation's own address.",
);
