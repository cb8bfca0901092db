import { phone } from '../../../rules/detectors/phone';
import { testDetector } from './detector-tester';

const org = { names: ['Riverside Hospital'], staff: [], contacts: ['+44 161 555 0100', '(617) 555-0188'] };

testDetector(phone, {
  valid: [
    // a role the organisation staffs: "our patient advocate" is not a patient
    "We can't discuss any visit details here. Please call our patient advocate at 972-555-0114 so we can help.",
    'Worried about your mood? Our intake line (410-555-0123) is open weekdays and a clinician will call you back the same day.',
    { text: 'Switchboard: 0161 555 0100', org },
    { text: 'Reach the desk on +1 617-555-0188', org },
    { text: 'Bookings 01615550100 any time', org },
    'Call us on 020 7946 0000 to book.',
    'Urgent but not an emergency? Call NHS 111. Emergency: 999. US: 911.',
    'NHS number 943 476 5919 must never be posted',
    'Record 943 476 5919 in the notes', // passes NHS Mod 11, not introduced as a phone
    'We delivered 4,210 babies between 2019-2024.',
    'Opening hours 08:00-18:00, 7 days',
    'Ref 12052024',
    'MRN 0161 496 0000',
  ],
  invalid: [
    { text: "Her mobile is 07700 900123, ring if you've seen her", hits: [{ match: '07700 900123', severity: 'rule' }] },
    { text: "Mrs Khan's daughter: +44 20 7946 0018", hits: [{ match: '+44 20 7946 0018', severity: 'rule' }] },
    { text: 'Patient John Reyes, (617) 555-0123, discharged today', hits: [{ match: '(617) 555-0123', severity: 'rule' }] },
    { text: 'Text 415-555-0100', hits: [{ match: '415-555-0100', severity: 'warning' }] },
    { text: 'To the lady who left her umbrella in clinic: we tried you on 07700 900456.', hits: [{ match: '07700 900456', severity: 'rule' }] },
    { text: 'Number 212 867 5309. 2 beds left', hits: [{ match: '212 867 5309', severity: 'warning' }] },
    { text: 'Phone 943 476 5919 for results', hits: [{ match: '943 476 5919', severity: 'warning' }] },
  ],
});
