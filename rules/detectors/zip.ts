// US ZIP codes, recognised by a state before them or a ZIP label (5-digit numbers alone are counts).
import { createContactDetector } from './contact-owner';
import { STATE_CODES, STATE_NAMES } from './us-states';

const ZIP = new RegExp(`(?:\\b(?:${STATE_CODES}|${STATE_NAMES}),?[ \\u00a0]+|\\b(?:ZIP|zip|Zip)(?:[ -]?code)?[ \\u00a0:#]*)(\\d{5}(?:-\\d{4})?)(?![\\d-])`, 'g');

export const zip = createContactDetector({
  id: 'zip',
  description:
    "US ZIP and ZIP+4 codes after a state ('Boston, MA 02115') or a ZIP label; errors next to a person, warnings otherwise. Ignores bare 5-digit numbers (counts, codes) and the organisation's own address.",
  pattern: ZIP,
  kind: 'ZIP code',
  valueGroup: 1,
});
