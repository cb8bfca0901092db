import { isValidNhsNumber, nhsNumber } from '../../../rules/detectors/nhs-number';
import { testDetector } from './detector-tester';

describe('isValidNhsNumber', () => {
  it.each(['9434765919', '4010232137', '4857773457'])('accepts %s', (digits) => expect(isValidNhsNumber(digits)).toBe(true));
  it.each([
    ['9434765918', 'wrong check digit'],
    ['1234567890', 'check digit would be 10'],
    ['9876544321', 'fails the checksum'],
    ['0000000000', 'repeated digits pass Mod 11 but are never issued'],
    ['1111111111', 'repeated digits'],
    ['9991234567', '999 is the test range'],
  ])('rejects %s (%s)', (digits) => expect(isValidNhsNumber(digits)).toBe(false));
});

testDetector(nhsNumber, {
  valid: [
    'Our reference 943 476 5918 is on the letter.',
    'Test patients use 999 123 4560 in training.',
    // read out in words: a short run, and ten digits failing the checksum with no label
    'Count with me: one, two, three, four, five!',
    'Code word: nine four three, four seven six, five nine one eight.',
    'Call 943 476 5919 to book.',
    'Phone: 401-023-2137',
    'Switchboard 0161 496 0000',
    '0000000000',
    'Order 94347659190 shipped.',
    'Visit (943) 476-5919 today',
    'Helped 4,210 babies into the world',
    'Scores 10 20 30 40 50 this season',
    'Sequence 9 4 3 4 7 6 5 9 1 9 on the poster',
    'NHS no: 999 123 4567 is the training number',
  ],
  invalid: [
    { text: 'NHS no: 943 476 5919', hits: [{ match: '943 476 5919', severity: 'error', detail: /labelled/ }] },
    // read out in words, labelled or passing the checksum
    { text: 'Her NHS no. four eight five, seven seven seven, three four five six, is on the letter.', hits: [{ match: 'four eight five, seven seven seven, three four five six', severity: 'error' }] },
    { text: 'Ref nine four three four seven six five nine one nine, please call.', hits: [{ match: 'nine four three four seven six five nine one nine', severity: 'error' }] },
    { text: 'NHS number 9434765919 was on the photo', hits: [{ match: '9434765919', severity: 'error' }] },
    { text: 'CHI 943-476-5919', hits: [{ match: '943-476-5919', severity: 'error' }] },
    { text: 'Patient 401 023 2137 discharged today', hits: [{ match: '401 023 2137', severity: 'error', detail: /discharged|Patient/ }] },
    { text: 'Ref 485 777 3457', hits: [{ match: '485 777 3457', severity: 'warning' }] },
    { text: 'NHS No. is 485-777-3457. Call him.', hits: [{ match: '485-777-3457', severity: 'error' }] },
    { text: 'NHS no: 943 4765919', hits: [{ match: '943 4765919', severity: 'error' }] },
    { text: 'NHS no 943 476 59 19', hits: [{ match: '943 476 59 19', severity: 'error' }] },
    { text: 'NHS number 943.476.5919', hits: [{ match: '943.476.5919', severity: 'error' }] },
    { text: 'NHS number 943/476/5919', hits: [{ match: '943/476/5919', severity: 'error' }] },
    { text: 'NHS no: 9 4 3 4 7 6 5 9 1 9', hits: [{ match: '9 4 3 4 7 6 5 9 1 9', severity: 'error' }] },
    { text: 'Patient 9434 765 919 in bay 2', hits: [{ match: '9434 765 919', severity: 'error' }] },
    { text: 'Mr K (NHS no. 485 777 3456) please ring the surgery', hits: [{ match: '485 777 3456', severity: 'error', detail: /check digit/ }] },
  ],
});
