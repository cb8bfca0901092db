import { labelledId } from '../../../rules/detectors/labelled-id';
import { testDetector } from './detector-tester';

testDetector(labelledId, {
  valid: [
    'Registered charity no. 1234567',
    'Join on Zoom, meeting ID 123 456 7890.',
    'Booking reference for the gala: GALA2024',
    'Job ref: 123-AB-4567',
    'Our patient #1000 this year!',
    'Bring your insurance card and photo ID to your appointment.',
    'Staff ID 44521 badges are being replaced.',
    'Member ID cards arrive in the post.',
    'GMC number 1234567, Dr Priya Shah',
    'Order number 12345678 has shipped.',
    'Claim numbers rose 12% this year.',
    'the ID 12345 printed on a leaflet',
    'Quote booking reference FLU2024X when you call us.',
    'Hi all, your booking reference is on your confirmation email: e.g. ABC12345.',
    'Our client #2024 of the year!',
  ],
  invalid: [
    { text: 'Mr H. Yilmaz, your invoice acct #PP-20431 is now overdue.', hits: [{ match: 'PP-20431', severity: 'rule', detail: /acct #/ }] },
    { text: 'resolved a billing dispute (acct #7730-221-95) for a retired teacher', hits: [{ match: '7730-221-95' }] },
    { text: 'BlueCross approved a CGM (member ID XJH 882 104 37). Persistence pays!', hits: [{ match: 'XJH 882 104 37' }] },
    { text: 'Verified coverage for Ana, Delta Dental ID 9982 0413 776 - all set!', hits: [{ match: '9982 0413 776' }] },
    { text: '@ChrisFarley88 your membership no. DP-0093-4471-2 has lapsed', hits: [{ match: 'DP-0093-4471-2' }] },
    { text: 'Day 5 update for couple #2231 - 2 top-grade blasts', hits: [{ match: '2231' }] },
    { text: 'Your booking reference is ABX12345, Mrs Jones.', hits: [{ match: 'ABX12345' }] },
    { text: 'Hi Sam, booking ref ZX-88123 is confirmed for Tuesday.', hits: [{ match: 'ZX-88123' }] },
    { text: 'Policy no: AB 1234 5678', hits: [{ match: 'AB 1234 5678' }] },
    { text: 'Subscriber ID W1234 5678 on the claim', hits: [{ match: 'W1234 5678' }] },
    { text: 'Claim # 2024-00871-3 was denied twice', hits: [{ match: '2024-00871-3' }] },
    { text: 'case no. 4471/22 closed', hits: [{ match: '4471/22' }] },
    { text: 'patient account 88O1234 is in collections', hits: [{ match: '88O1234' }] },
  ],
});
