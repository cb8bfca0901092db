import { email } from '../../../rules/detectors/email';
import { testDetector } from './detector-tester';

const org = { names: ['Riverside Hospital'], staff: [], contacts: ['bookings@riverside.example', '+44 161 555 0100'] };

testDetector(email, {
  valid: [
    { text: 'Questions? bookings@riverside.example', org },
    { text: 'Write to jane.lee@riverside.example about volunteering', org },
    'Press enquiries: press@othertrust.nhs.uk',
    'Email us at clinic.team@gmail.com for appointments',
    'Follow @riverside on X',
    'Price: 3@£5',
    'Please contact our Patient Relations team at patientrelations@mercyhealth.org.',
    'Donate via charity@northbrookhospitals.org.uk',
    'Maternity queries: maternity.bookings@trust.example',
    'Referrals to referrals-cardiology@clinic.example please',
  ],
  invalid: [
    { text: 'Her email is jane.doe@gmail.com if anyone has news', hits: [{ match: 'jane.doe@gmail.com', severity: 'rule' }] },
    { text: 'Patient Maria Gonzalez (maria.g@yahoo.com) was discharged', org, hits: [{ match: 'maria.g@yahoo.com', severity: 'rule' }] },
    { text: 'Contact sam.k@outlook.com', hits: [{ match: 'sam.k@outlook.com', severity: 'rule', detail: /personal email/ }] },
    { text: 'Her email is keith.smith@company.example', hits: [{ match: 'keith.smith@company.example', severity: 'rule' }] },
    { text: 'Contact sam@kfarms.co.uk', hits: [{ match: 'sam@kfarms.co.uk', severity: 'warning' }] },
  ],
});
