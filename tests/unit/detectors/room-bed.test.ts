import { roomBed } from '../../../rules/detectors/room-bed';
import { testDetector } from './detector-tester';

testDetector(roomBed, {
  valid: [
    'The governors meet in Conference Room B on Tuesday.',
    'Training is in Room 3 of the education centre.',
    'Room 4 at the conference centre is booked for the AGM.',
    'Sarah Ward 5K run raises £1,000!',
    'Ward 7 team celebrates its award for compassionate care.',
    'Our new 24-bed unit opens next month.',
    'Join the webinar in Room 101.',
    'Ward 12 is now open to visitors from 2pm.',
    'After 41 years, Staff Nurse Pauline retires today! Pauline started on Ward 9 in 1983.',
    'Bed 7 on Bluebell Ward now carries a brass plaque in memory of Margaret, who volunteered on the ward for 22 years.',
    'Our family support group meets 6-7:30pm at 88 Main St, Room 2B. Open to anyone.',
    // a range describes the unit; a donor thanked for equipment does not lie on the ward
    "Bed 1 to bed 12 on the new unit all have ceiling hoists, and there's a relatives' kitchen.",
    'Thank you to the Lions Club and local plumber Gary Hughes for funding new bladder scanners for Ward 12.',
  ],
  invalid: [
    // a ward and a relative: where someone was cared for, not who (a warning, not a block)
    { text: 'A thank-you card arrived on Ward 6 this morning: "you looked after my mum like family".', hits: [{ match: 'Ward 6', severity: 'warning' }] },
    { text: 'Our patient in Room 412 is asking for visitors.', hits: [{ match: 'Room 412', severity: 'rule' }] },
    { text: 'Get well soon Mrs Okafor in Bed 7!', hits: [{ match: 'Bed 7', severity: 'rule' }] },
    { text: 'Ward 23, Bay 3: lovely to see him smiling again after surgery.', hits: [{ match: 'Ward 23', severity: 'rule' }, { match: 'Bay 3', severity: 'rule' }] },
    { text: 'Flowers arrived for cubicle 4.', hits: [{ match: 'cubicle 4', severity: 'warning' }] },
    { text: 'Recovering from surgery on Ward 5 today.', hits: [{ match: 'Ward 5', severity: 'warning' }] },
    { text: 'tracking board behind shows RM 14 KOWALSKI J 67M CP', hits: [{ match: 'RM 14' }] },
    { text: 'delete the pic with D. Smith / W22 B14 on it', hits: [{ match: 'W22 B14' }] },
    { text: 'Get well soon to her on Ward 22 Bed 14!', hits: [{ match: 'Ward 22 Bed 14', severity: 'rule' }] },
    // an age describes the person lying there
    { text: 'Resus bed 3 is a 19yo who tried to jump a bonfire. Two sprained ankles.', hits: [{ match: 'bed 3', severity: 'rule' }] },
    { text: 'Bay 6 tonight: a 74-year-old after a fall at the bus stop.', hits: [{ match: 'Bay 6', severity: 'rule' }] },
  ],
});
