// Shared plumbing for constructions: run one pattern over the text and keep the hits a filter accepts.

import { matchAllGated } from '../text/regex-gate';
import type { ClaimHit } from './types';

export type Found = { start: number; end: number; text: string; groups: (string | undefined)[] };

/** Every match of `pattern` (flags g, i, u expected) turned into hits; `keep` may reject a match or reword it. */
export function eachMatch(pattern: RegExp, text: string, hit: (found: Found) => ClaimHit | undefined): ClaimHit[] {
  const hits: ClaimHit[] = [];
  // Most posts hold none of a construction's wording: one literal pass tells which patterns can match.
  for (const m of matchAllGated(pattern, text)) {
    if (m[0].length === 0) continue;
    const found = hit({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
    if (found) hits.push(found);
  }
  return hits;
}

/** The sentence-ish stretch around a span (to the nearest . ! ? or line break either side). */
export function sentenceOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const after = text.slice(end).search(/[.!?\n]/u);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/** A regular expression from a source string: whole words, any case. */
export const words = (source: string): RegExp => new RegExp(source, 'gi');
