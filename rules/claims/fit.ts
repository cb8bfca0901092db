// The last step for tone findings, after every rule has run: drop word-list hits that sit in a
// scope where nothing is claimed (claim rules already did this themselves, with their own
// settings), keep one finding per span (the most specific), and give each the reference of the
// post's jurisdiction.

import { scopesOf, SCOPE_KINDS } from '../scope';
import type { Finding, Severity } from '../types';
import { postJurisdiction, type Jurisdiction } from './jurisdiction';
import { referenceFor } from './references';

const TONE = 'tone';
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type ToneFitting = {
  /** From the org profile or the packs; undefined means "read it from the post". */
  jurisdiction?: Jurisdiction;
  /** Rules that apply scope themselves (kind `claim`): their hits are final. */
  scopedRules: ReadonlySet<string>;
};

const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

/** Higher severity first (a blocking finding is never hidden), then the longer, more specific span, then one with a fix. */
function moreSpecific(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || b.end - b.start - (a.end - a.start) || (b.suggestions?.length ? 1 : 0) - (a.suggestions?.length ? 1 : 0);
}

function onePerSpan(tone: Finding[]): Set<Finding> {
  const kept: Finding[] = [];
  for (const finding of [...tone].sort(moreSpecific)) if (!kept.some((other) => overlaps(other, finding))) kept.push(finding);
  return new Set(kept);
}

export function fitToneFindings(findings: Finding[], text: string, fitting: ToneFitting): Finding[] {
  if (!findings.some((f) => f.category === TONE)) return findings;
  const scopes = scopesOf(text);
  const asserted = findings.filter((f) => f.category === TONE && (fitting.scopedRules.has(f.ruleId) || !scopes.within(f, SCOPE_KINDS)));
  const kept = onePerSpan(asserted);
  const jurisdiction = fitting.jurisdiction ?? postJurisdiction(text);
  return findings.flatMap((finding) => {
    if (finding.category !== TONE) return [finding];
    if (!kept.has(finding)) return [];
    const link = jurisdiction ? referenceFor(finding.ruleId, finding.link, jurisdiction) : finding.link;
    return [link === finding.link ? finding : { ...finding, link: link as string }];
  });
}
