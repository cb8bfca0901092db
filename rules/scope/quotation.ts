// Quotation and mention: the post repeats a claim in order to warn about it ("be wary of clinics
// promising guaranteed results", "ads that say 'painless'") or reports someone else's wording.
// A patient's own testimonial in quotes is not covered: an advert that quotes it makes the claim.

import type { Sentences } from './bounds';
import type { ScopeSpan } from './types';

const WARNING =
  /\b(?:beware\s+(?:of\s+)?|(?:word|note)\s+of\s+caution\s+(?:about|on|over)|caution(?:s|ing)?\s+(?:about|against)|warn(?:s|ing)?\s+(?:about|against)|be\s+(?:wary|careful|cautious|sceptical|skeptical)\s+(?:of|about|with)|watch\s+out\s+for|red\s+flags?\b|(?:don't|do\s+not|never)\s+(?:trust|believe|fall\s+for)|(?:claims?|promises?|words|phrases|terms|language|buzzwords)\s+(?:like|such\s+as)|so[- ]called|(?<!\bour\s)(?:clinics?|providers?|ads|adverts?|advertisements?|companies|websites?|sellers?|anyone|someone|people)\s+(?:(?:that|who|which)\s+(?:promise|claim|advertise|offer|sell|tell|say)s?|promising|claiming|advertising|offering|selling)\b|(?:marketed|advertised|described|sold|billed|labelled|labeled)\s+as)/gi;

// Words in quotation marks in a sentence that denies them are mentioned, not used: "You won't see
// 'limited time' discounts, 'guaranteed results' or 'painless' from us".
const QUOTED = /(?<=^|[\s(])['‘"“][^'‘’"“”\n]{2,40}['’"”](?=[\s,.;:!?)]|$)/g;
const DENIAL = /\b(?:not|no|never|(?:wo|do|does|ca|should|would)n't|cannot|avoid|instead\s+of)\b/i;

export function quotationScopes(text: string, sentences: Sentences): ScopeSpan[] {
  const spans: ScopeSpan[] = [];
  for (const cue of text.matchAll(WARNING)) {
    const start = cue.index;
    spans.push({ kind: 'quotation', start, end: sentences.around({ start, end: start }).end, cue: cue[0] });
  }
  for (const quoted of text.matchAll(QUOTED)) {
    const sentence = sentences.around({ start: quoted.index, end: quoted.index + quoted[0].length });
    const denial = DENIAL.exec(text.slice(sentence.start, sentence.end));
    if (denial) spans.push({ kind: 'quotation', start: quoted.index, end: quoted.index + quoted[0].length, cue: `${denial[0]} ... ${quoted[0]}` });
  }
  return spans;
}
