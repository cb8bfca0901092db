import { careDate } from '../../../rules/detectors/care-date';
import { testDetector } from './detector-tester';

testDetector(careDate, {
  valid: [
    'Flu clinics on 12 May and 19 May, 9am-4pm.',
    'Open day: Saturday 3 June 2025 at the main entrance.',
    'Babies born here since 1 January: 212.',
    'Our discharge lounge opens on 12 May.',
    'Clinic schedule: Mondays 09:00-17:00, Fridays until 12:30.',
    'The hospital was born out of a community appeal in 1948.',
    'Save the date: 14/02/2026 for our Valentine fun run.',
    'Founded on 5 July 1948 with the NHS.',
    'Our stroke awareness stall is in the atrium on Thursday.',
    'Remembering Dame Cicely Saunders, founder of the modern hospice movement, who died on 14 July 2005.',
    'Open 24/7 for emergencies; 3/4 of patients are seen within an hour.',
  ],
  invalid: [
    { text: 'Baby Leo was born on 3/4/2024 at 02:17.', hits: [{ match: '3/4/2024', severity: 'rule', detail: /born/ }] },
    { text: 'Mrs Okafor was discharged home on 12 May after a long stay.', hits: [{ match: '12 May', severity: 'rule', detail: /discharged/ }] },
    { text: 'DOB: 01/02/1950', hits: [{ match: '01/02/1950', severity: 'rule' }] },
    { text: 'Our patient was seen on 9/18 for a scan.', hits: [{ match: '9/18', severity: 'rule', detail: /treated/ }] },
    { text: 'She was admitted to Ward 5 on 14th March 2025.', hits: [{ match: '14th March 2025', severity: 'rule' }] },
    { text: 'He passed away peacefully on June 3, 2025, surrounded by family.', hits: [{ match: 'June 3, 2025', severity: 'rule', detail: /died/ }] },
    { text: 'Our patient was diagnosed in March.', hits: [{ match: 'in March', severity: 'warning' }] },
    { text: 'On 2 April she was born, all 7lb of her.', hits: [{ match: '2 April', severity: 'rule' }] },
    { text: 'He gave his name as John Mather, date of birth 04/07/1939.', hits: [{ match: '04/07/1939', severity: 'rule' }] },
    { text: 'After his stroke on Jan. 3, Leonard has relearned to walk.', hits: [{ match: 'Jan. 3', severity: 'rule', detail: /treated/ }] },
    { text: 'Jamie had his kidney transplant here on 19 August.', hits: [{ match: '19 August', severity: 'rule' }] },
    { text: 'Your cleaning on Thursday went well, see you soon!', hits: [{ match: 'Thursday', severity: 'warning' }] },
  ],
});
