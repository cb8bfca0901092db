// Historical time: "In 1928 penicillin was a miracle", "75 years ago the first NHS patient ...".
// History is told, not promised. Recent years are not history: "voted best clinic in 2024" is a
// current claim and stays in, and "wrinkles? they're history" is an idiom, not the past.

import type { Sentences } from './bounds';
import type { ScopeSpan } from './types';

const CUE =
  /\b(?:in|by|from|since|during)\s+(?:the\s+)?(?:1[0-9]\d\d|19\d0s|(?:1[0-9])th\s+century)\b|\b(?:\d+|many|several|a\s+few|two|three|four|five|ten|hundreds\s+of)\s+(?:years|decades|centuries)\s+ago\b|\bback\s+in\s+the\b|\bon\s+this\s+day\b|(?<!\b(?:they're|it's|they\s+are|it\s+is|be|now)\s)\bhistor(?:y|ic|ical)\b|\bin\s+the\s+early\s+days\b/gi;

export function pastScopes(text: string, sentences: Sentences): ScopeSpan[] {
  return [...text.matchAll(CUE)].map((cue) => ({ kind: 'past' as const, ...sentences.around({ start: cue.index, end: cue.index + cue[0].length }), cue: cue[0] }));
}
