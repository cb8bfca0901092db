// Negation (NegEx): "we can't promise a cure", "results aren't permanent", "it isn't painless".
// A cue negates what follows it up to the clause end (at most six words); a few cues negate what
// came before them in the sentence ("... is impossible", "... doesn't exist"). Pseudo-negations
// ("not only", "no wonder", "can't wait", "don't miss") negate nothing.

import { clauseEnd, clauseStart } from './bounds';
import type { ScopeSpan } from './types';

const FORWARD_CUE =
  /\b(?:not|no|never|none|nobody|no[- ]one|nothing|neither|nor|without|cannot|(?:ca|do|does|did|is|are|was|were|wo|would|should|could|has|have|had|must|need)n't|unable\s+to|far\s+from|rather\s+than|instead\s+of|rarely|hardly|stop\s+(?:claiming|promising|saying))\b/gi;

const PSEUDO =
  /^(?:not\s+(?:only|just|to\s+mention|sure)|no\s+(?:doubt|wonder|matter|longer|more|need\s+to\s+(?:wait|queue)|referral|appointment|gp)|nothing\s+like|never\s+been\s+(?:easier|better)|(?:ca|do)n't\s+(?:wait|miss|delay|hesitate|forget|just)|cannot\s+wait|won't\s+(?:believe|last)|don't\s+let|without\s+(?:delay|an?\s+appointment|a\s+referral))\b/i;

/** Cues that negate the clause before them. */
const BACKWARD_CUE = /\b(?:is|are)\s+(?:impossible|not\s+true|untrue|false|not\s+realistic|unrealistic)\b|\b(?:doesn't|does\s+not|don't|do\s+not)\s+exist\b|\bno\s+such\s+thing\b/gi;

const MAX_WORDS = 6;

/** A phrase that carries its own negation ("no side effects", "won't feel a thing") is the claim itself. */
export const STARTS_WITH_CUE = /^(?:not|no|never|none|nobody|no[- ]one|nothing|without|zero|(?:ca|do|does|is|are|wo)n't|cannot)\b/i;

export function negationScopes(text: string): ScopeSpan[] {
  const spans: ScopeSpan[] = [];
  for (const cue of text.matchAll(FORWARD_CUE)) {
    const start = cue.index + cue[0].length;
    if (PSEUDO.test(text.slice(cue.index, cue.index + 40))) continue;
    const end = clauseEnd(text, start, MAX_WORDS);
    if (end > start) spans.push({ kind: 'negation', start, end, cue: cue[0] });
  }
  for (const cue of text.matchAll(BACKWARD_CUE)) spans.push({ kind: 'negation', start: clauseStart(text, cue.index), end: cue.index, cue: cue[0] });
  return spans;
}
