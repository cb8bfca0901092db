// Weaker shapes of a contact detail (a street name without a house number, a ZIP after a town with no
// state) count only when the sentence ties them to a person: alone they are places anyone may name.
import { readContactOwner } from './contact-owner';
import { findCue, sentenceAround } from './context';
import { HISTORICAL_SENTENCE, VENUE_SENTENCE } from './not-a-patient';
import { isOrgText, orgIndex } from './org';
import type { Detector, DetectorHit, DetectorInput } from './types';

// Someone the post is about, beyond the contact cues ("Brittany from Scottsdale ... came in for her session").
const SOMEONE = /\b(?:client|patient|pt|customer|she|he|her|him|his|lady|gentleman|man|woman|girl|boy|lad|lass|lives|living)\b|@\w/i;

export function personLinked(pattern: RegExp, kind: string): (input: DetectorInput) => DetectorHit[] {
  return ({ text, org }) => {
    const index = orgIndex(org);
    const hits: DetectorHit[] = [];
    for (const match of text.matchAll(pattern)) {
      if (isOrgText(index, match[0])) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      const around = sentenceAround(text, span);
      const sentence = text.slice(around.start, around.end);
      if (VENUE_SENTENCE.test(sentence) || HISTORICAL_SENTENCE.test(sentence)) continue;
      const reading = readContactOwner(text, span, kind, match[0], index);
      if (!reading) continue; // the organisation's own
      if (reading.severity === undefined) hits.push({ ...span, detail: reading.why });
      else if (findCue(text, SOMEONE, around)) {
        hits.push({ ...span, detail: `'${match[0]}' tells readers where someone in this post lives or comes from: remove it.` });
      }
    }
    return hits;
  };
}

function inVenueSentence(text: string, hit: DetectorHit): boolean {
  const around = sentenceAround(text, hit);
  return VENUE_SENTENCE.test(text.slice(around.start, around.end));
}

/** A detector's hits (minus those at a group's or event's venue) plus extra person-linked ones that do not overlap them, in text order. */
export function withPersonLinked(detector: Detector, extra: (input: DetectorInput) => DetectorHit[], description: string): Detector {
  return {
    meta: { id: detector.meta.id, description },
    detect(input) {
      const hits = detector.detect(input).filter((hit) => !inVenueSentence(input.text, hit));
      const more = extra(input).filter((hit) => !hits.some((kept) => hit.start < kept.end && hit.end > kept.start));
      return [...hits, ...more].sort((a, b) => a.start - b.start);
    },
  };
}
