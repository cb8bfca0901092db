import { patientStory } from '../../../rules/detectors/patient-story';
import { testDetector } from './detector-tester';

testDetector(patientStory, {
  valid: [
    'Meet Chloe Adams from our physiotherapy team.',
    'Meet the team behind our new stroke unit.',
    'Our staff success in the national awards: well done all!',
    'Join us on Thursday to meet our new chief executive.',
    'Book your flu jab today.',
    'Congratulations to Aisha, our team member of the month!',
  ],
  invalid: [
    { text: 'Patient of the week: Tom, who beat sepsis!', hits: [{ match: 'Patient of the week', severity: 'rule', detail: /consent/ }] },
    { text: 'Meet John, walking after his hip replacement.', hits: [{ match: 'Meet John', severity: 'rule' }] },
    { text: 'Another success story from our rehab unit.', hits: [{ match: 'success story' }] },
    { text: 'Smile makeover of the month goes to this lovely lady!', hits: [{ match: 'makeover of the month' }] },
    { text: 'One of our mums shared this lovely message after her stay.', hits: [{ match: 'shared this lovely message' }] },
    { text: 'Meet one of our heroes: a young patient who beat leukaemia.', hits: [{ match: 'Meet one of our heroes' }] },
    { text: 'Huge cheers as Amira rang the bell today!', hits: [{ match: 'rang the bell' }] },
    { text: 'Sam shares his story of recovery, with his kind permission.', hits: [{ match: 'shares his story', severity: 'info' }] },
  ],
});
