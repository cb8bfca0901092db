// Shared by patient-name.test.ts and the lexicon-vs-NLP comparison (compare-name-finders.ts).
import type { InvalidCase } from './detector-tester';

const org = { names: ['Riverside Hospital'], staff: ['Dr Priya Shah', 'Tom Baker'], contacts: [] };

export const patientNameCases: { valid: (string | { text: string; org: typeof org })[]; invalid: InvalidCase[] } = {
  valid: [
    'Dr Priya Shah performed her 500th hip replacement this week.',
    'Huge thanks to our nurse Jane Lee, who cared for patients on Ward 7 for 30 years.',
    'Congratulations to Sister Ann Blake on her retirement after 40 years on the cancer ward.',
    'Jane Lee, our ward manager, has been shortlisted for Nurse of the Year.',
    'Consultant surgeon Mr Ahmed Khan performed the first robotic surgery in the region.',
    'Ahmed Khan performed the first robotic surgery in the region.',
    'Florence Nightingale would be proud of our nurses caring for patients this winter.',
    'Thanks to Sam Lee for running the marathon and raising £2,000 for our cancer ward.',
    { text: 'Tom Baker is back on the stroke unit after his sabbatical, leading our ward round.', org },
    { text: 'Join Dr Shah for a talk on surgery recovery.', org },
    'Grace Ward is closed for refurbishment; patients have moved to Rose Ward.',
    'May is Stroke Awareness Month: know the signs.',
    'Patients can now book online at Riverside Hospital.',
    'Our volunteers Mary Jones and Peter Hall ran the café for 20 years.',
    'Meet Chloe Adams from our physiotherapy team.',
    'Welcome to our new midwife, Siobhan Kelly!',
  ],
  invalid: [
    {
      text: 'Maria Gonzalez was discharged today after three weeks with us.',
      hits: [{ match: 'Maria Gonzalez', severity: 'rule', detail: /Maria Gonzalez.*discharged/ }],
    },
    { text: 'Our patient John Reyes is recovering well after surgery.', hits: [{ match: 'John Reyes', severity: 'rule' }] },
    { text: 'Get well soon Mrs Okafor, from everyone on Bay 4!', hits: [{ match: 'Mrs Okafor', severity: 'rule' }] },
    { text: 'Welcome to the world, baby Leo, born at 02:17!', hits: [{ match: 'baby Leo', severity: 'rule' }] },
    { text: 'Meet Tremaine, walking again after his hip replacement.', hits: [{ match: 'Tremaine', severity: 'rule' }] },
    { text: "Kemi Adeyemi, mum of our youngest patient, says thank you.", hits: [{ match: 'Kemi Adeyemi', severity: 'rule' }] },
    { text: 'Edith Brown celebrated her 100th birthday on the ward today.', hits: [{ match: 'Edith Brown', severity: 'rule' }] },
    { text: 'Priya Patel was diagnosed with breast cancer in March.', hits: [{ match: 'Priya Patel', severity: 'rule' }] },
    { text: 'So proud of Harry. He rang the bell today after his last chemo.', hits: [{ match: 'Harry', severity: 'warning' }] },
    { text: "Sam Lee was admitted on Friday and is in a stable condition.", hits: [{ match: 'Sam Lee', severity: 'rule' }] },
    { text: 'Thanks to Sam Lee for raising £500 after we treated his dad, who was admitted in May.', hits: [{ match: 'Sam Lee', severity: 'rule' }] },
  ],
};
