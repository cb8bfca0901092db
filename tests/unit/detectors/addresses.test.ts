import { ukPostcode } from '../../../rules/detectors/uk-postcode';
import { usAddress } from '../../../rules/detectors/us-address';
import { zip } from '../../../rules/detectors/zip';
import { testDetector } from './detector-tester';

const org = { names: ['Riverside Hospital'], staff: [], contacts: ['1 Riverside Way, Boston, MA 02115', 'M13 9WL'] };

testDetector(usAddress, {
  valid: [
    'Blood drive today until 6pm in our main lobby, 2200 Kessler Blvd, Sioux Falls. Walk-ins welcome.',
    'Free vaccine clinic on Sunday after the 11 AM service, Iglesia Nueva Vida fellowship hall, 415 E. 8th St, Garden City.',
    { text: 'Find us at 1 Riverside Way, Boston.', org },
    'Visit us at 450 Brookline Avenue for the open day.',
    'Our new clinic is located at 12 Harbor Street.',
    'Riverside Hospital, 200 Main St, is open 24/7.',
    'We have 3 St John Ambulance volunteers today.',
    'Meet our 2 Dr Smiths!',
    'Meet Dr Anna Reyes, MD, our new oncologist.',
    'Radiology CT scans are now faster.',
    'Our new clinic in Dayton, OH opens Monday.',
    'Road closures on Marsh Lane this weekend: allow extra time.',
    'Our new clinic on Rosemount Avenue opens Monday.',
    'On this day in 1887, Sister Mary opened a 12-bed infirmary on Front Street.',
    'Reminder: our family support group meets 6-7:30pm at 88 Main St, Room 2B. Open to anyone.',
  ],
  invalid: [
    { text: 'Mrs Jones lives at 42 Elm Street and was discharged today.', hits: [{ match: '42 Elm Street', severity: 'rule' }] },
    // a venue: at most a warning, never a block
    { text: '📍 Iglesia San Judas Tadeo, 1420 W. Pico Blvd. Free flu shots, no insurance needed.', hits: [{ match: '1420 W. Pico Blvd', severity: 'warning' }] },
    { text: 'A memorial service will be held Saturday at 11 a.m. at Grace Fellowship, 300 Harbor Rd, for our chaplain.', hits: [{ match: '300 Harbor Rd', severity: 'warning' }] },
    { text: 'Dressing change needed for a gentleman at 7 Larch Rise, Sleaford: key safe by the door.', hits: [{ match: '7 Larch Rise', severity: 'rule' }] },
    { text: 'Well done to Mrs Begum on Ashgrove St for finishing her rehab!', hits: [{ match: 'Ashgrove St', severity: 'rule' }] },
    { text: 'Her home address is 17B Acacia Avenue, Flat 2.', hits: [{ match: '17B Acacia Avenue, Flat 2', severity: 'rule' }] },
    { text: 'Lost wallet handed in from 9 W 57th St.', hits: [{ match: '9 W 57th St', severity: 'warning' }] },
    { text: 'Special mention to the lady with the triplets from Rosemount Avenue!', hits: [{ match: 'Rosemount Avenue', severity: 'rule' }] },
    { text: 'Our bravest patient lives right down the street on Birchwood Ave, so we will see him around!', hits: [{ match: 'Birchwood Ave', severity: 'rule' }] },
    { text: 'Mr. Dwayne Ellis, we have you at 2208 Magnolia Dr Apt 4, Tampa FL.', hits: [{ match: '2208 Magnolia Dr Apt 4', severity: 'rule' }, { match: 'Tampa FL', severity: 'rule' }] },
  ],
});

testDetector(zip, {
  valid: [
    { text: 'Riverside Hospital, Boston, MA 02115', org },
    'We vaccinated 12000 people this winter.',
    'Our clinic at 5 Oak Rd, Springfield, IL 62701 is open Saturdays.',
    'Order #90210 dispatched',
    'Runners from Boston 10000 strong!',
    'Our clinic in Scottsdale (85255) opens Monday.',
  ],
  invalid: [
    { text: 'The patient lives in Springfield, IL 62704.', hits: [{ match: '62704', severity: 'rule' }] },
    { text: 'Mr Diaz, zip code 90210-1234, won the raffle', hits: [{ match: '90210-1234', severity: 'rule' }] },
    { text: 'Client spotlight: Brittany from Scottsdale (85255 represent!) came in for her 3rd session.', hits: [{ match: '85255', severity: 'rule' }] },
    { text: 'Delivered to Austin, TX 78701', hits: [{ match: '78701', severity: 'warning' }] },
  ],
});

testDetector(ukPostcode, {
  valid: [
    { text: 'Parking is free at M13 9WL.', org },
    'Visit us at our new site, LS1 4AP.',
    'Bus routes M1 and M2 serve the hospital.',
    'QA1 1AA is not a real format.',
    'Flu jabs for COVID 19 and RSV too.',
    'Ref AB12 3CI (inward letters never include I).',
  ],
  invalid: [
    { text: 'Mr Patel, who lives at SW1A 1AA, was admitted overnight.', hits: [{ match: 'SW1A 1AA', severity: 'rule' }] },
    { text: 'Her postcode is EC1A 1BB.', hits: [{ match: 'EC1A 1BB', severity: 'rule' }] },
    { text: 'Parcel for M1 1AE', hits: [{ match: 'M1 1AE', severity: 'warning' }] },
    { text: 'Found near B338TH', hits: [{ match: 'B338TH', severity: 'warning' }] },
  ],
});
