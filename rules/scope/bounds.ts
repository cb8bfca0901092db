// Where a scope stops. NegEx stops a negation at the end of its clause ("we can't promise a cure,
// but ..."), ConText at a sentence end; both cap the reach in words so one cue cannot swallow a post.

import { sentenceAround, sentenceEnds } from '../text/sentences';
import type { Span } from './types';

/** Emoji and pictographs, matched without the u flag (which makes case-insensitive matching several times slower). */
export const EMOJI = String.raw`(?:[\u2190-\u2BFF\u2600-\u27BF]|[\uD83C-\uD83E][\uDC00-\uDFFF])`;

// Commas, semicolons, colons, dashes, brackets, line breaks, sentence ends, emoji (posts use them
// as full stops), the conjunctions that turn a clause round, "and" (a negated noun does not negate
// the next one: "no waiting list and guaranteed results"), and "needed" ("no glasses needed"
// closes its own negation).
const CLAUSE_END = new RegExp(String.raw`[,;:()\n\r.!?…–—]|${EMOJI}|\s-\s|\b(?:but|however|although|though|whereas|yet|except|while|and|needed|required|necessary)\b`, 'gi');

/** The end of the clause that starts at `from`, reaching at most `maxWords` words. */
export function clauseEnd(text: string, from: number, maxWords: number): number {
  CLAUSE_END.lastIndex = from;
  const stop = CLAUSE_END.exec(text);
  const limit = stop ? stop.index : text.length;
  const words = /\S+/g;
  words.lastIndex = from;
  let end = from;
  for (let count = 0; count < maxWords; count++) {
    const word = words.exec(text);
    if (!word || word.index >= limit) break;
    end = Math.min(limit, word.index + word[0].length);
  }
  return end;
}

/** The start of the clause that ends at `to`. */
export function clauseStart(text: string, to: number): number {
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let stop = CLAUSE_END.exec(text); stop && stop.index < to; stop = CLAUSE_END.exec(text)) start = stop.index + stop[0].length;
  return start;
}

/** Sentence bounds of the text, computed once per analysis. */
export class Sentences {
  private readonly ends: number[];
  constructor(text: string) {
    this.ends = sentenceEnds(text);
  }
  around(span: Span): Span {
    return sentenceAround(this.ends, span.start, span.end);
  }
  /** Every sentence, in order. */
  all(): Span[] {
    return this.ends.map((end, i) => ({ start: i === 0 ? 0 : (this.ends[i - 1] as number), end }));
  }
}
