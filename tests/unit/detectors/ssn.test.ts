import { ssn } from '../../../rules/detectors/ssn';
import { testDetector } from './detector-tester';

testDetector(ssn, {
  valid: [
    'Our number of the week: five one two four four seven eight nine oh.',
    'Invalid area 000-12-3456',
    'Never issued 666-12-3456',
    'ITIN-like 912-34-5678',
    'Group zero 123-00-4567',
    'Serial zero 123-45-0000',
    'We served 123456789 meals', // bare 9 digits without a cue
    'Call 212-555-0123 now',
    'Dates 2024-05-12 and 12-05-2024',
    'Part no. 123-45-67890',
    'Social media reach 123 456 789 this year', // not a cue: 'social' needs 'security'
    'SSN 123 45 67890 is too long',
  ],
  invalid: [
    // read out in words after a cue
    { text: 'His SSN is five one two, four four, seven eight nine oh.', hits: [{ match: 'five one two, four four, seven eight nine oh' }] },
    { text: 'SSN 123-45-6789 on file', hits: [{ match: '123-45-6789', severity: 'rule' }] },
    { text: 'Her number is 078-05-1121.', hits: [{ match: '078-05-1121' }] },
    { text: 'SSN: 123456789', hits: [{ match: '123456789', detail: /Social Security/ }] },
    { text: 'social security number 123 45 6789', hits: [{ match: '123 45 6789' }] },
    { text: 'SSN 123.45.6789', hits: [{ match: '123.45.6789' }] },
    { text: 'SSN# 123 456 789', hits: [{ match: '123 456 789' }] },
    { text: 'social security no. 123/45/6789', hits: [{ match: '123/45/6789' }] },
    { text: 'SSN is 123 - 45 - 6789', hits: [{ match: '123 - 45 - 6789' }] },
  ],
});
