import { newborn } from '../../../rules/detectors/newborn';
import { testDetector } from './detector-tester';

testDetector(newborn, {
  valid: [
    'Fifty years ago this summer our maternity unit opened: the very first baby born here was a boy weighing 8lb 1oz, delivered on 2 June 1975.',
    'Babies born here this year: 4,210.',
    'Our average birth weight is 3.4kg.',
    'Welcome to the world, little one! Congratulations to all our new parents.',
    'Our maternity unit delivered 12 babies on Christmas Day.',
    'Baby clinic runs every Tuesday at 10:30am.',
    'Weigh-ins at 9:30 for babies under 6 months.',
  ],
  invalid: [
    {
      text: 'Welcome baby Leo, born at 02:17 weighing 7lb 2oz!',
      hits: [{ match: 'Leo', severity: 'rule', detail: /baby name, time of birth, weight|weight/ }, { match: 'at 02:17' }, { match: '7lb 2oz' }],
    },
    { text: 'Congratulations to proud parents Sam and Alex on the birth of their daughter, 3.2kg.', hits: [{ match: 'Sam and Alex' }, { match: '3.2kg' }] },
    { text: 'Ava arrived on 3 March at 4.15am.', hits: [{ match: 'Ava' }, { match: '3 March' }, { match: 'at 4.15am' }] },
  ],
});
