// A post that reads, as a whole, like one person's care told in public — with no identifier the other
// detectors know by shape: "a 58-year-old farmer was crushed by a bull ... flown to Morriston",
// "so proud of our girl jazzy m. who picked up her 90-day chip". The learned patient-context model
// scores the post; the hit sits on the sentence that scores highest alone, and names the words that
// weighed most so the writer can see why.
import { PATIENT_CONTEXT, readPost } from '../learned/patient-context';
import { explainedSpan } from '../learned/post-model';
import { CONSENT_STATED } from './patient-story';
import type { Detector } from './types';

export const patientContext: Detector = {
  meta: {
    id: 'patient-context',
    description:
      "A post that reads like one identifiable person's care (a learned model over the post's words, trained on the development sets): reported on its strongest sentence, with the words that weighed most. Silent on posts about services, staff, events and offers, and on posts under 20 words.",
  },
  detect({ text }) {
    if (readPost(text) !== 'care') return [];
    const { start, end, why } = explainedSpan(PATIENT_CONTEXT, text);
    // A story told with the person's agreement still needs the form on file, but is not a leak.
    if (CONSENT_STATED.test(text)) {
      return [{ start, end, severity: 'info', detail: `This post reads like one person's care told in public${why}, and says they agreed: make sure the signed consent is on file.` }];
    }
    return [
      {
        start,
        end,
        detail: `This post reads like one person's care told in public${why}. If anyone could tell who it is, take out what identifies them, or post it only with their written consent on file.`,
      },
    ];
  },
};
