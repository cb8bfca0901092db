// Whole posts across all detectors. Compliant posts a hospital or clinic really publishes must not be
// blocked (every hit a warning or info); posts leaking a patient's identity must be. A hit without its
// own severity takes the pack's, which is error for every detector except patient-story.
import { DETECTORS } from '../../../rules/detectors';
import { NO_ORG } from './detector-tester';

const WARNING_BY_DEFAULT = new Set(['patient-story']);
const org = {
  names: ['Riverside Hospital', 'Riverside Medical Center'],
  staff: ['Dr Priya Shah', 'Tom Baker'],
  contacts: ['+44 161 555 0100', 'info@riverside.example', '1 Riverside Way, Boston, MA 02115'],
};

const POSTS = [
  'Flu jabs are available at Riverside Hospital every Thursday 9am-12pm. Book online or call 0161 555 0100.',
  'Happy retirement to Sister Mary Collins after 42 years on our children\'s ward. We will miss you, Mary!',
  'Dr Priya Shah and the cardiology team performed 1,200 angioplasties last year.',
  'Meet our new Chief Nurse, Angela Brown, who joins us from Leeds Teaching Hospitals.',
  'Our maternity unit welcomed 4,210 babies last year. Thank you to every midwife and parent.',
  'Reminder: the hospital car park on Elm Street closes for resurfacing on Saturday 14 June.',
  'Join our free diabetes awareness talk on Tuesday 3 March at 6pm in the Education Centre, Room 2.',
  'We are recruiting! Healthcare assistants wanted for Ward 12. Apply at riverside.example/careers.',
  'Thank you for your feedback. We would love to hear more: please email info@riverside.example.',
  'Visitors: Ward 7 visiting hours are 2pm-8pm daily. Please use the hand gel at the entrance.',
  'Our oldest volunteer, Doris, has knitted 500 hats for the neonatal unit since 2010.',
  'Celebrating 75 years of the NHS! Share your memories of Riverside Hospital with #Riverside75.',
  'Cancer screening saves lives. Check your eligibility for bowel screening if you are aged 60 to 74.',
  'The new MRI scanner is now open in Radiology, Level 2, thanks to a £1.2m appeal.',
  'Tom Baker, our lead pharmacist, explains how to store your medication safely this summer.',
  'Congratulations to Dr Amara Okafor, named Consultant of the Year at the Northern Health Awards.',
  'Heatwave advice: check on elderly neighbours, drink water and keep curtains closed.',
  'Patients can now view test results in the NHS App. Ask at reception if you need help.',
  'Did you know? 1 in 2 people will get cancer in their lifetime. Know the signs.',
  'Our ED is very busy today. Please use NHS 111 online unless it is an emergency.',
  'Thank you to the Rotary Club of Boston, MA for donating 200 teddy bears to our children\'s hospital.',
  'Dr. James Carter, MD, joins our orthopedic team at Riverside Medical Center in Austin, TX.',
  'Open day: tour our new birthing suites on Saturday 21 June, 10am-2pm. All welcome!',
  'Hi everyone! Remember your flu jab appointment is at the main outpatients entrance this year.',
  'Sorry for the long waits in A&E today; our teams are working hard. Please be kind to staff.',
  'Our chaplain, Rev. Sarah Lee, leads a service of remembrance in the chapel on Sunday at 11am.',
  'The stroke unit team raised £3,000 at the Great North Run. Well done to Jess, Amir and Kofi!',
  'Parking charges change from 1 April. See our website for the new tariff.',
  'Our therapy dog, Max, visits the children\'s ward on Fridays. He loves a cuddle!',
  'Call 911 in an emergency. For non-urgent questions call our nurse line at (617) 555-0188.',
  'Research nurse Hannah Wright is recruiting patients aged 90 and over for our falls study.',
  'Big thanks to Grace Ward staff for keeping patients safe through the winter.',
  'Baby Friendly accreditation for our maternity unit! Thank you to our infant feeding team.',
  'Free blood pressure checks in the atrium on Wednesday 10:00-14:00.',
  'Meet the team: our physiotherapists help 300 people walk again after hip replacement every year.',
  'Thanks for the 5 stars! We pass every compliment on to the team.',
  'Quiet room 3 is available for families who need a moment.',
  'Our address has changed: 1 Riverside Way, Boston, MA 02115.',
  'Dementia Awareness Week: Sarah, our dementia nurse specialist, shares tips for carers.',
  'The Duchess of Edinburgh opened our new cancer centre today.',
  'Councillor Ben Hart visited our new cancer centre today.',
  'Our patient panel meets on 12 May: new members welcome.',
  'Thanks Jenny and the catering team for the Christmas lunch!',
  "Kids: meet Oscar the Owl, our children's ward mascot, at the fun day!",
  'Our hospital radio presenter, Dave, is on air every Sunday for patients on the wards.',
  'Sarah Jones from our finance team ran the London Marathon for the cancer ward.',
  "New parents: our breastfeeding clinic runs every Monday in Room 12 of the Women's Health Centre.",
  'Your feedback helps us improve. Tell us about your visit using our online survey.',
  'Dr. Lisa Wong explains what to expect at your first mammogram.',
  'Thank you for 500 five-star reviews! Book this month for 15% off your next facial.',
  'The surgery is closed on Thursday afternoon for training; for urgent help call NHS 111.',
  "Clinics at St Mary's and St Thomas's will run as normal over Easter.",
  'Journal club: heart failure update with Dr. Ana Ruiz, Tuesday 8am, Auditorium Room 2.',
  'We saw more than 900 patients this week in the emergency department; thank you for your patience.',
  'Our 12 new beds on Ward 30 open today, thanks to the estates team.',
  'Happy retirement to our porter Dave, who celebrates his 65th birthday this Friday.',
  'Could patients please arrive 10 minutes before their appointment time.',
];

const LEAKS = [
  'So proud of Mrs Patel on Ward 3 who walked to the window today after her stroke.',
  'Shoutout to @kayla_j99 for being so brave during her MRI yesterday!',
  'Little Noah (3) is home after 6 weeks in NICU!',
  'Congrats to Harold, 97, our oldest patient to have a pacemaker fitted.',
  'Wishing a speedy recovery to Councillor Ben Hart, who was admitted last night.',
  'Welcome home, Marcus Reed! 120 days in our burns unit and now back with his family.',
  'RIP to our lovely patient Eileen, who passed away peacefully on Ward 4 on 2 March.',
  'Thank you Mr Okonkwo for the lovely card after your knee replacement!',
  'Handover: bed 6, Thomas Green, 82, post-op hip, NBM from midnight.',
  'Anyone know the family of Peter Walsh? He is in our ICU and we need to reach his next of kin.',
  'Dear Priya, your biopsy results are normal. See you in clinic.',
];

function blockingHits(text: string): string[] {
  return Object.values(DETECTORS).flatMap((detector) =>
    detector
      .detect({ text, org: text.includes('Riverside') || text.includes('Tom Baker') ? org : NO_ORG })
      .filter((hit) => (hit.severity ?? (WARNING_BY_DEFAULT.has(detector.meta.id) ? 'warning' : 'error')) === 'error')
      .map((hit) => `${detector.meta.id}: ${text.slice(hit.start, hit.end)}`),
  );
}

describe('no detector blocks a compliant post', () => {
  for (const text of POSTS) it(text, () => expect(blockingHits(text)).toEqual([]));
});

describe('a post leaking a patient identity is blocked', () => {
  for (const text of LEAKS) it(text, () => expect(blockingHits(text)).not.toEqual([]));
});
