// A myth being corrected: "MYTH: antibiotics help with colds. FACT: ...", "It's a myth that LASIK
// hurts", "Painless IVF? Myth." The myth's wording is what the post argues against, not a claim.

import { EMOJI, type Sentences } from './bounds';
import type { ScopeSpan } from './types';

/** "Myth:", "Myth #2 -", "MYTH 👉": the myth runs to its "Fact:" (or the paragraph's end). */
const LABEL = new RegExp(String.raw`\bmyths?(?:\s*#?\d+)?\s*(?:[:\-–—]|${EMOJI})`, 'gi');
const ANSWER = new RegExp(String.raw`\b(?:fact|facts|truth|the\s+truth|reality|the\s+reality|answer)\s*(?:[:\-–—]|${EMOJI})|\n\s*\n`, 'gi');

/** "It's a myth that ...", "you may have heard that ...", "contrary to popular belief, ...": to the sentence end. */
const LEAD_IN =
  /\b(?:(?:it's|it\s+is)\s+a\s+(?:common\s+)?myth\s+that|the\s+myth\s+that|(?:a\s+)?(?:common\s+)?misconception\s+(?:is\s+)?that|contrary\s+to\s+(?:popular\s+)?belief|(?:you\s+)?(?:may|might)\s+have\s+heard\s+(?:that)?|(?:many|some|most)\s+people\s+(?:think|believe|assume)\s+(?:that)?)/gi;

/** "... is a myth", "Myth.", "Myth busted": the sentence before the cue (or the one it closes). */
const VERDICT = /\b(?:(?:is|are|that's|that\s+is)\s+(?:a\s+|just\s+a\s+)?myths?|myth(?:\s+busted)?[.!]|busted[.!]|not\s+true[.!])/gi;

const MAX_MYTH = 280;

export function mythScopes(text: string, sentences: Sentences): ScopeSpan[] {
  const spans: ScopeSpan[] = [];
  for (const label of text.matchAll(LABEL)) {
    const start = label.index + label[0].length;
    ANSWER.lastIndex = start;
    const answer = ANSWER.exec(text);
    spans.push({ kind: 'myth', start, end: Math.min(answer ? answer.index : text.length, start + MAX_MYTH), cue: label[0] });
  }
  for (const lead of text.matchAll(LEAD_IN)) {
    const start = lead.index + lead[0].length;
    spans.push({ kind: 'myth', start, end: sentences.around({ start, end: start }).end, cue: lead[0] });
  }
  for (const verdict of text.matchAll(VERDICT)) {
    const own = sentences.around({ start: verdict.index, end: verdict.index });
    // A verdict that is its own sentence ("Myth.") judges the sentence before it.
    const judged = own.start === verdict.index || /^\W*$/.test(text.slice(own.start, verdict.index)) ? sentences.around({ start: Math.max(0, own.start - 1), end: Math.max(0, own.start - 1) }) : own;
    spans.push({ kind: 'myth', start: judged.start, end: verdict.index, cue: verdict[0] });
  }
  return spans;
}
