import { describeRule } from './tester';

describeRule(
  'substitution with context: suggestions keep capitalisation, context decides',
  {
    kind: 'substitution',
    swap: { painless: ['comfortable', 'gentle'], 'pain-free': 'comfortable', 'guaranteed results': 'excellent results for many patients' },
    context: { requires: ['surgery', 'laser*', 'treatment*'], excludes: ['as painless as possible'] },
  },
  {
    flag: [
      { text: 'Painless laser hair removal.', spans: [[0, 8]], suggestions: [['Comfortable', 'Gentle']] },
      { text: 'PAIN-FREE SURGERY', suggestions: [['COMFORTABLE']] },
      { text: 'Guaranteed results with our treatments', suggestions: [['Excellent results for many patients']] },
    ],
    pass: [
      'A painless way to pay for parking.',
      'We make surgery as painless as possible.',
      'Painless parking. Laser clinic upstairs.',
    ],
  },
);

describeRule(
  'substitution: an entry with [] flags without suggesting',
  { kind: 'substitution', swap: { 'guaranteed results': 'excellent results for many patients', 'guarantee*': [] } },
  {
    flag: [
      { text: 'Guaranteed results!', spans: [[0, 18]], suggestions: [['Excellent results for many patients']] },
      { text: 'Whiter teeth GUARANTEED.', spans: [[13, 23]], suggestions: [[]] },
    ],
    pass: ['Excellent results for many patients.'],
  },
);
