// Scope analysis for claims and care-context detectors: is this span negated, asked, supposed, a
// myth being corrected, quoted to warn about it, part of a name or title, or history? Computed once
// per text and shared by every rule that asks.

import { normaliseLookalikes } from '../text/fold';
import { Sentences } from './bounds';
import { hypotheticalScopes } from './hypothetical';
import { mythScopes } from './myth';
import { negationScopes, STARTS_WITH_CUE } from './negation';
import { pastScopes } from './past';
import { questionScopes } from './question';
import { quotationScopes } from './quotation';
import { titleScopes } from './title';
import type { ScopeKind, ScopeSpan, Span } from './types';

export { SCOPE_KINDS, type ScopeKind, type ScopeSpan, type Span } from './types';

export class Scopes {
  constructor(
    private readonly text: string,
    readonly spans: readonly ScopeSpan[],
  ) {}

  /** The scopes a span starts in. A phrase that opens with its own negation ("no side effects") is not negated by an earlier cue. */
  at(span: Span): ScopeKind[] {
    const ownNegation = STARTS_WITH_CUE.test(this.text.slice(span.start, span.end));
    const kinds = new Set<ScopeKind>();
    for (const scope of this.spans) {
      if (span.start < scope.start || span.start >= scope.end) continue;
      if (scope.kind === 'negation' && ownNegation) continue;
      kinds.add(scope.kind);
    }
    return [...kinds];
  }

  /** Whether the span starts in any of the given scopes. */
  within(span: Span, kinds: readonly ScopeKind[]): boolean {
    return this.at(span).some((kind) => kinds.includes(kind));
  }
}

export function analyseScopes(original: string): Scopes {
  const text = normaliseLookalikes(original);
  const sentences = new Sentences(text);
  return new Scopes(text, [
    ...negationScopes(text),
    ...questionScopes(text, sentences),
    ...hypotheticalScopes(text),
    ...mythScopes(text, sentences),
    ...quotationScopes(text, sentences),
    ...titleScopes(text),
    ...pastScopes(text, sentences),
  ]);
}

// Every claim rule in one check asks about the same text: analyse it once.
let last: { text: string; scopes: Scopes } | undefined;

/** analyseScopes, remembered for the most recent text. */
export function scopesOf(text: string): Scopes {
  if (last?.text !== text) last = { text, scopes: analyseScopes(text) };
  return last.scopes;
}
