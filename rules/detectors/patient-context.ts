// A post that reads, as a whole, like one person's care told in public — with no identifier the other
// detectors know by shape: "a 58-year-old farmer was crushed by a bull ... flown to Morriston",
// "so proud of our girl jazzy m. who picked up her 90-day chip". The learned patient-context model
// scores the post; the hit sits on the sentence that scores highest alone, and names the words that
// weighed most so the writer can see why.
import { readPost, scoreText, strongestCues } from '../learned/patient-context';
import { CONSENT_STATED } from './patient-story';
import { sentenceEnds } from '../text/sentences';
import type { Detector } from './types';

const CUES_SHOWN = 3;

/** The sentence that reads most like a patient's story, without its surrounding spaces. */
function strongestSentence(text: string): { start: number; end: number } {
  let best = { start: 0, end: text.length, score: -1 };
  let start = 0;
  for (const end of sentenceEnds(text)) {
    const sentence = text.slice(start, end);
    const lead = sentence.length - sentence.trimStart().length;
    const trimmed = sentence.trim();
    if (trimmed !== '') {
      const score = scoreText(trimmed);
      if (score > best.score) best = { start: start + lead, end: start + lead + trimmed.length, score };
    }
    start = end;
  }
  return best;
}

export const patientContext: Detector = {
  meta: {
    id: 'patient-context',
    description:
      "A post that reads like one identifiable person's care (a learned model over the post's words, trained on the development sets): reported on its strongest sentence, with the words that weighed most. Silent on posts about services, staff, events and offers, and on posts under 20 words.",
  },
  detect({ text }) {
    if (readPost(text) !== 'care') return [];
    const { start, end } = strongestSentence(text);
    const cues = strongestCues(text, CUES_SHOWN);
    const why = cues.length > 0 ? ` (words such as ${cues.map((cue) => `'${cue}'`).join(', ')})` : '';
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
