import { mrn } from '../../../rules/detectors/mrn';
import { testDetector } from './detector-tester';

testDetector(mrn, {
  valid: [
    'New patient ID wristbands are being rolled out.',
    'Our medical records team won an award.',
    'Order number 12345678 has shipped.',
    'Unit 4, Riverside Business Park',
    'Hospital number one for patient experience',
    'MRN formats differ between hospitals.',
  ],
  invalid: [
    { text: 'MRN 00123456 ready for discharge', hits: [{ match: '00123456', severity: 'rule' }] },
    { text: 'Hosp No K123456 on the whiteboard', hits: [{ match: 'K123456' }] },
    { text: 'Medical record number: 44-1234-9', hits: [{ match: '44-1234-9' }] },
    { text: 'hospital number is RX0012345.', hits: [{ match: 'RX0012345' }] },
    { text: 'unit no. 7788123', hits: [{ match: '7788123' }] },
    { text: 'Patient ID #A1234567', hits: [{ match: 'A1234567', detail: /medical record/ }] },
    { text: 'Hospital number for Mrs Irene Walsh is RXH 0448213.', hits: [{ match: 'RXH 0448213' }] },
  ],
});
