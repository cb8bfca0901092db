// Hypotheticals and conditions (ConText): "if your pain doesn't clear up, see your GP" states no
// outcome. A cue governs its clause. Sales conditionals about what the reader wants ("if you want
// perfect vision, ...") are not hedges and open nothing; a phrase that starts with its own "if"
// ("if it doesn't work, your money back") is the claim itself and stays in.

import { clauseEnd } from './bounds';
import type { ScopeSpan } from './types';

const CUE = /\b(?:if|unless|whether|in\s+case|in\s+the\s+event|should\s+you|were\s+you\s+to|suppose|supposing)\b/gi;
const PSEUDO = /^(?:if\s+(?:you(?:'re|\s+are|'d|\s+would|'ve|\s+have)?\s+(?:want|wanting|like|looking|ready|dream|dreaming|fed\s+up|tired|sick|been\s+(?:dreaming|thinking|wanting))))\b/i;

/** "Even if" concedes rather than supposes. */
const EVEN = /\beven\s+$/i;

const MAX_WORDS = 10;

export function hypotheticalScopes(text: string): ScopeSpan[] {
  const spans: ScopeSpan[] = [];
  for (const cue of text.matchAll(CUE)) {
    if (PSEUDO.test(text.slice(cue.index, cue.index + 40)) || EVEN.test(text.slice(Math.max(0, cue.index - 6), cue.index))) continue;
    const start = cue.index + cue[0].length;
    const end = clauseEnd(text, start, MAX_WORDS);
    if (end > start) spans.push({ kind: 'hypothetical', start, end, cue: cue[0] });
  }
  return spans;
}
