// Reading the words around a candidate identifier. Detectors decide severity from context: the same
// phone number is the clinic's switchboard after "call us on" and a patient's after "her mobile".

import { memoLast } from '../text/memo-last';

export type Span = { start: number; end: number };

/** How far a sentence scan may run from a candidate: keeps every lookup O(window), not O(text). */
const MAX_SENTENCE_REACH = 400;

/** Words whose trailing full stop does not end a sentence ("Dr. Shah", "Sgt. Bellweather", "St. Mary's", "No. 4", "D. Kowalczyk", "Dec. 25"). */
const ABBREVIATION_BEFORE = /(?:^|[^A-Za-z])(?:Dr|Mr|Mrs|Ms|Mx|St|No|Prof|Rd|Ave|Sr|Jr|vs|e\.g|i\.e|approx|Rev|Sgt|Capt|Lt|Col|Cllr|Fr|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])$/;

function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\u00a0') return false;
  // An aside in brackets goes on: "(our receptionist's sister!!) who came in", "(85255 represent! 🌵) came in".
  if (c !== '.' && /^[^\p{L}\p{N}]{0,4}\)/u.test(text.slice(i + 1, i + 6))) return false;
  return !(c === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 7), i)));
}

/** Every index at which a sentence ends, ascending: found once per text, since detectors ask for hundreds of sentences of one text. */
const sentenceEndsOf = memoLast((text: string): Int32Array => {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // '\n', '!', '.', '?'
    if ((c === 10 || c === 33 || c === 46 || c === 63) && endsSentenceAt(text, i)) ends.push(i);
  }
  return Int32Array.from(ends);
});

/** Position of the first entry of `ends` that is >= `value` (ends.length when none is). */
function firstAtLeast(ends: Int32Array, value: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ends[mid] as number) >= value) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The sentence (or line) containing `span`, capped at MAX_SENTENCE_REACH on each side. */
export function sentenceAround(text: string, span: Span): Span {
  const ends = sentenceEndsOf(text);
  const lowest = Math.max(0, span.start - MAX_SENTENCE_REACH);
  const before = firstAtLeast(ends, span.start) - 1;
  const start = before >= 0 ? Math.max(lowest, (ends[before] as number) + 1) : lowest;
  const highest = Math.min(text.length, span.end + MAX_SENTENCE_REACH);
  const after = firstAtLeast(ends, span.end);
  const end = after < ends.length ? Math.min(ends[after] as number, highest) : highest;
  return { start, end: Math.min(text.length, end + 1) };
}

/** The sentences before and after the one containing `span` (for weaker, neighbouring context). */
export function neighbourhoodAround(text: string, span: Span): Span {
  const own = sentenceAround(text, span);
  const before = own.start > 0 ? sentenceAround(text, { start: own.start - 1, end: own.start - 1 }) : own;
  const after = own.end < text.length ? sentenceAround(text, { start: own.end, end: own.end }) : own;
  return { start: before.start, end: after.end };
}

/** The first match of `cue` inside `within`, as absolute offsets, or null. `cue` must not be global. */
export function findCue(text: string, cue: RegExp, within: Span): (Span & { word: string }) | null {
  const match = cue.exec(text.slice(within.start, within.end));
  if (!match) return null;
  const start = within.start + match.index;
  return { start, end: start + match[0].length, word: match[0] };
}

type CueMatch = Span & { word: string };

// Every detector asks about the same text many times per keystroke: scan it once per cue regex.
const cueMatchCache = new WeakMap<RegExp, { text: string; matches: CueMatch[] }>();

function cueMatches(text: string, cue: RegExp): CueMatch[] {
  const cached = cueMatchCache.get(cue);
  if (cached && cached.text === text) return cached.matches;
  const matches = [...text.matchAll(cue)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  cueMatchCache.set(cue, { text, matches });
  return matches;
}

/** The match of `cue` nearest to `span` inside `within` (by gap between them), or null. `cue` must be global. */
export function nearestCue(text: string, cue: RegExp, span: Span, within: Span): CueMatch | null {
  let best: CueMatch | null = null;
  let bestGap = Infinity;
  for (const match of cueMatches(text, cue)) {
    const { start, end } = match;
    if (start < within.start || end > within.end) continue;
    if (start < span.end && end > span.start) continue; // the candidate itself
    const gap = end <= span.start ? span.start - end : start - span.end;
    if (gap < bestGap) {
      bestGap = gap;
      best = match;
    }
  }
  return best;
}

/** The `length` characters before `position` (for label lookups such as "NHS no: ..."). */
export function textBefore(text: string, position: number, length: number): string {
  return text.slice(Math.max(0, position - length), position);
}

export function textAfter(text: string, position: number, length: number): string {
  return text.slice(position, Math.min(text.length, position + length));
}
