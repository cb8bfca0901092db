// Every detector, on any text: never throws, and reports non-empty in-bounds spans with a detail.
import fc from 'fast-check';
import { DETECTORS } from '../../../rules/detectors';
import { NO_ORG } from './detector-tester';

// Fragments that reach the detectors' deeper paths (labels, titles, digits, dates, cues).
const FRAGMENT = fc.constantFrom(
  'NHS no ', '943 476 5919', 'SSN ', '123-45-6789', 'MRN ', '00123456', '1EG4-TE5-MK73', 'jane@gmail.com', '07700 900123',
  '(617) 555-0123', '42 Elm Street', 'Boston, MA 02115', 'SW1A 1AA', 'Mrs. D. ', 'Maria Gonzalez', '@jo_b', 'patient ', 'discharged ',
  'born on 3/4/2024', ' at 02:17', '7lb 2oz', 'aged 95', 'Room 4', 'Bed 7', 'Ward ', 'Hi Sam, ', 'your visit ', 'Meet John, ',
  'rang the bell', '. ', '\n', ', ', '!', 'é', '😀', ' ',
);
const TEXT = fc.oneof(fc.string({ maxLength: 300 }), fc.array(FRAGMENT, { maxLength: 40 }).map((parts) => parts.join('')));

describe('detector invariants', () => {
  for (const [id, detector] of Object.entries(DETECTORS)) {
    it(`${id}: in-bounds, non-empty spans with a detail on any text`, () => {
      fc.assert(
        fc.property(TEXT, (text) => {
          for (const hit of detector.detect({ text, org: NO_ORG })) {
            expect(hit.start).toBeGreaterThanOrEqual(0);
            expect(hit.end).toBeLessThanOrEqual(text.length);
            expect(hit.end).toBeGreaterThan(hit.start);
            expect(hit.detail.trim()).not.toBe('');
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
