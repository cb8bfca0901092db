import { mbi } from '../../../rules/detectors/mbi';
import { testDetector } from './detector-tester';

testDetector(mbi, {
  valid: [
    'Product code 1SG4-TE5-MK73 (S is never used in an MBI).',
    'Part 1EG4-TE5-MK7 is short.',
    'Lowercase 1eg4-te5-mk73 is not how MBIs are printed.',
    'Order 0EG4-TE5-MK73',
    'Serial ABCD-123-4567',
  ],
  invalid: [
    { text: 'Medicare number 1EG4-TE5-MK73 on the form', hits: [{ match: '1EG4-TE5-MK73', severity: 'rule' }] },
    { text: 'MBI: 1EG4TE5MK73', hits: [{ match: '1EG4TE5MK73', severity: 'rule' }] },
    { text: 'Always check the MBI format. Example from a claim this morning: 1EG4-TE5-MK73 was denied.', hits: [{ match: '1EG4-TE5-MK73', severity: 'rule' }] },
    { text: 'Keep 9AA9-AA9-AA99 safe', hits: [{ match: '9AA9-AA9-AA99', severity: 'warning', detail: /Medicare/ }] },
  ],
});
