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
    'Patient ID bracelets save lives.',
    'PAS downtime on Sunday 2-4am.',
    'Our hospital number one priority is safety.',
  ],
  invalid: [
    { text: 'MRN 00123456 ready for discharge', hits: [{ match: '00123456', severity: 'rule' }] },
    { text: 'Hosp No K123456 on the whiteboard', hits: [{ match: 'K123456' }] },
    { text: 'Medical record number: 44-1234-9', hits: [{ match: '44-1234-9' }] },
    { text: 'hospital number is RX0012345.', hits: [{ match: 'RX0012345' }] },
    { text: 'unit no. 7788123', hits: [{ match: '7788123' }] },
    { text: 'Patient ID #A1234567', hits: [{ match: 'A1234567', detail: /medical record/ }] },
    { text: 'Hospital number for Mrs Irene Walsh is RXH 0448213.', hits: [{ match: 'RXH 0448213' }] },
    { text: 'delete the pic with PAS 7743210 / D. Smith on it', hits: [{ match: '7743210', detail: /PAS/ }] },
    { text: 'PAS number: 0012345 on the board', hits: [{ match: '0012345' }] },
    { text: 'pt # 00 4471 9O2 says hi to everyone', hits: [{ match: '00 4471 9O2' }] },
    { text: 'MR# 5561234 in the photo', hits: [{ match: '5561234' }] },
    { text: 'med rec no 448812', hits: [{ match: '448812' }] },
    { text: 'Chart #A-55123 left on the desk', hits: [{ match: 'A-55123' }] },
    { text: 'H no. 1234567 on the wristband', hits: [{ match: '1234567' }] },
    { text: 'case note number 77-12345', hits: [{ match: '77-12345' }] },
  ],
});
