// The whole post as context for a blocking claim rule: "guaranteed" in opening hours is lowered, the
// same word in an advert for a treatment is not.
import { describeRule } from './tester';

const HOURS =
  'Festive opening hours: we are guaranteed to be open every day except Christmas Day, 9am to 4pm on Christmas Eve and 10am to 2pm on Boxing Day. Repeat prescriptions need ordering by the 18th.';
const ADVERT =
  'Say goodbye to wrinkles for good! Our guaranteed anti-ageing injections give you flawless, youthful skin in just one session. Book before Friday to get 30% off your first treatment with us.';

describeRule(
  'terms lowered outside claims',
  { kind: 'terms', terms: ['guarantee*'], severity: 'error', lowerOutsideClaims: true },
  {
    flag: [
      { text: HOURS, severities: ['warning'] },
      { text: ADVERT, severities: ['error'] },
      // Too short for the model to judge: the rule's own severity stands.
      { text: 'Guaranteed to be open at Christmas.', severities: ['error'] },
    ],
    pass: [],
  },
);

describeRule(
  'terms not lowered outside claims unless asked',
  { kind: 'terms', terms: ['guarantee*'], severity: 'error' },
  { flag: [{ text: HOURS, severities: ['error'] }], pass: [] },
);
