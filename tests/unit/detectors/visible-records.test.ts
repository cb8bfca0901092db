import { visibleRecords } from '../../../rules/detectors/visible-records';
import { testDetector } from './detector-tester';

testDetector(visibleRecords, {
  valid: [
    'Reminder: never post photos that show the patient board.',
    'Our new whiteboard is up in the staff room!',
    'Check your screen settings before you post: no names in shot.',
    'Thank you to Amy, Ben and Carla for organising the bake sale.',
    'Our team: Dr A. Shah, Dr B. Jones and Nurse C. Patel (photo on our website).',
  ],
  invalid: [
    { text: 'Team pic from the ribbon cutting 📸 (ignore the whiteboard behind us lol)', hits: [{ match: 'whiteboard behind us' }] },
    { text: 'Happy Nurses Week to our L&D crew (photo taken in front of the delivery board)!', hits: [{ match: 'in front of the delivery board' }] },
    {
      text: 'Night team selfie! (whiteboard behind shows tonight\'s patient list with names and bed numbers)',
      hits: [{ match: "whiteboard behind shows tonight's patient list", detail: /crop or blur/ }],
    },
    { text: 'ED crushed it tonight (pic: the crew, tracking board behind shows RM 14 KOWALSKI J 67M)', hits: [{ match: 'tracking board behind shows RM 14' }] },
    {
      text: 'Art therapy today! (photo: paintings next to the group sign-in sheet — K. Alvarez, T. Brooks, S. Mehta)',
      hits: [{ match: 'K. Alvarez, T. Brooks, S. Mehta' }],
    },
    { text: 'Look at our shiny new dashboard (screenshot below) with patient names and DOBs, live!', hits: [{ match: 'dashboard (screenshot below) with patient names' }] },
  ],
});
