// `context:` for terms and substitution rules: a match counts only when one of `requires` occurs
// in its scope, none of `excludes` does, and it is not in a scope listed in `ignoreIn` (a negation,
// a rebutted question ...: rules/scope/, shared with claim rules). See the schema's descriptions,
// which admins read. The
// lists join the ruleset's one literal pass (literal-scanner.ts) and are read only when the rule
// matched something, so a check stays linear in the text however long the lists are.

import type { ContextScope, MatchContext } from '../schema';
import { scopesOf } from '../scope';
import type { LiteralScanners } from '../text/literal-scanner';
import { sentenceAround, sentenceEnds } from '../text/sentences';
import { compileLiteralScan, type LiteralMatch } from './literal';
import type { CheckInput } from './types';

type Span = { start: number; end: number };

const CONTEXT_MATCHING = { caseSensitive: false, wholeWord: true } as const;

// Sentence ends are the same for every rule in one check: computed once per input.
const sentenceEndsOf = new WeakMap<CheckInput, number[]>();

function scopeFinder(scope: ContextScope, input: CheckInput): (match: Span) => Span {
  const length = input.text.length;
  if (scope === 'post') return () => ({ start: 0, end: length });
  if (scope === 'match') return (match) => match;
  if (scope === 'sentence') {
    let ends = sentenceEndsOf.get(input);
    if (!ends) sentenceEndsOf.set(input, (ends = sentenceEnds(input.text)));
    const known = ends;
    return (match) => sentenceAround(known, match.start, match.end);
  }
  const { window } = scope;
  return (match) => ({ start: Math.max(0, match.start - window), end: Math.min(length, match.end + window) });
}

function contextScopes(scope: MatchContext['scope']): { requires: ContextScope; excludes: ContextScope } {
  if (typeof scope === 'string' || 'window' in scope) return { requires: scope, excludes: scope };
  return { requires: scope.requires ?? 'sentence', excludes: scope.excludes ?? 'sentence' };
}

/** Occurrences sorted by start, with a fast "does any overlap this span" query. */
class Occurrences {
  private readonly starts: number[];
  private readonly longest: number;

  /** `found` must be sorted by start. */
  constructor(private readonly found: readonly LiteralMatch[]) {
    this.starts = found.map((m) => m.start);
    this.longest = found.reduce((max, m) => Math.max(max, m.end - m.start), 0);
  }

  overlap(span: Span): boolean {
    // Only occurrences starting after span.start - longest can reach into the span.
    const from = span.start - this.longest;
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.starts[mid] as number) <= from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.found.length; i++) {
      const occurrence = this.found[i] as LiteralMatch;
      if (occurrence.start >= span.end) return false;
      if (occurrence.end > span.start) return true;
    }
    return false;
  }
}

type Scan = (input: CheckInput) => LiteralMatch[];

// Packs share vocabularies between rules (YAML anchors): one list per distinct vocabulary in each
// ruleset's scanners, and its occurrences are sorted once per check however many rules ask.
const sharedScans = new WeakMap<LiteralScanners, Map<string, Scan>>();

function sharedScan(phrases: readonly string[], scanners: LiteralScanners): Scan {
  let scans = sharedScans.get(scanners);
  if (!scans) sharedScans.set(scanners, (scans = new Map()));
  const key = phrases.join('\u0000');
  let scan = scans.get(key);
  if (!scan) {
    const find = compileLiteralScan(phrases, CONTEXT_MATCHING, scanners);
    const found = new WeakMap<CheckInput, LiteralMatch[]>();
    scan = (input) => {
      let matches = found.get(input);
      if (!matches) found.set(input, (matches = find(input).sort((a, b) => a.start - b.start)));
      return matches;
    };
    scans.set(key, scan);
  }
  return scan;
}

export type ContextFilter = <M extends Span>(input: CheckInput, matches: M[]) => M[];

export function compileContextFilter(context: MatchContext | undefined, scanners: LiteralScanners): ContextFilter {
  if (!context) return (_input, matches) => matches;
  const requires = context.requires?.length ? sharedScan(context.requires, scanners) : undefined;
  const excludes = context.excludes?.length ? sharedScan(context.excludes, scanners) : undefined;
  const scopes = contextScopes(context.scope);
  const { ignoreIn } = context;
  return (input, matches) => {
    if (matches.length === 0) return matches;
    const asserted = ignoreIn ? scopesOf(input.text) : undefined;
    const required = requires && new Occurrences(requires(input));
    const excluded = excludes && new Occurrences(excludes(input));
    const requiresScope = scopeFinder(scopes.requires, input);
    const excludesScope = scopeFinder(scopes.excludes, input);
    // Every scope holds its match, so an exclusion overlapping the match always counts.
    return matches.filter(
      (match) =>
        !excluded?.overlap(excludesScope(match)) && (!required || required.overlap(requiresScope(match))) && !(ignoreIn && asserted?.within(match, ignoreIn)),
    );
  };
}
