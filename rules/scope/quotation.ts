// Quotation and mention: the post repeats a claim in order to warn about it ("be wary of clinics
// promising guaranteed results", "ads that say 'painless'") or reports someone else's wording.
// A patient's own testimonial in quotes is not covered: an advert that quotes it makes the claim.

import type { Sentences } from './bounds';
import type { ScopeSpan } from './types';

const WARNING =
  /\b(?:beware\s+(?:of\s+)?|be\s+(?:wary|careful|cautious|sceptical|skeptical)\s+(?:of|about|with)|watch\s+out\s+for|red\s+flags?\b|(?:don't|do\s+not|never)\s+(?:trust|believe|fall\s+for)|(?:claims?|promises?|words|phrases|terms|language|buzzwords)\s+(?:like|such\s+as)|so[- ]called|(?<!\bour\s)(?:clinics?|providers?|ads|adverts?|advertisements?|companies|websites?|sellers?|anyone|someone|people)\s+(?:(?:that|who|which)\s+(?:promise|claim|advertise|offer|sell|tell|say)s?|promising|claiming|advertising|offering|selling)\b|(?:marketed|advertised|described|sold|billed|labelled|labeled)\s+as)/gi;

export function quotationScopes(text: string, sentences: Sentences): ScopeSpan[] {
  const spans: ScopeSpan[] = [];
  for (const cue of text.matchAll(WARNING)) {
    const start = cue.index;
    spans.push({ kind: 'quotation', start, end: sentences.around({ start, end: start }).end, cue: cue[0] });
  }
  return spans;
}
