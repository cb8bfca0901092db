// What a scope is: a stretch of the post where a phrase is not asserted by the writer (NegEx/ConText
// style). A cue ("not", "Myth:", "film") opens the stretch; clause or sentence ends close it.

export const SCOPE_KINDS = ['negation', 'question', 'hypothetical', 'myth', 'quotation', 'title', 'past'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export type Span = { start: number; end: number };

/** One stretch of text in a scope, with the cue that opened it (for explanations and tests). */
export type ScopeSpan = Span & { kind: ScopeKind; cue: string };
