// US ZIP codes, recognised by a state before them or a ZIP label (5-digit numbers alone are counts).
import { createContactDetector } from './contact-owner';

const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const ZIP = new RegExp(`(?:\\b(?:${STATES}),?[ \\u00a0]+|\\b(?:ZIP|zip|Zip)(?:[ -]?code)?[ \\u00a0:#]*)(\\d{5}(?:-\\d{4})?)(?![\\d-])`, 'g');

export const zip = createContactDetector({
  id: 'zip',
  description:
    "US ZIP and ZIP+4 codes after a state ('Boston, MA 02115') or a ZIP label; errors next to a person, warnings otherwise. Ignores bare 5-digit numbers (counts, codes) and the organisation's own address.",
  pattern: ZIP,
  kind: 'ZIP code',
  valueGroup: 1,
});
