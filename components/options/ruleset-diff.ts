// What an organisation changed from the built-in default, and what unsaved edits change on a sample
// post: the two comparisons the rule tuning screen shows.

import type { Ruleset } from '../../rules';
import type { Finding } from '../../rules/types';
import type { TunedSeverity } from '../../rules/schema';

export type RuleChange = {
  ruleId: string;
  /** undefined: the rule is not in that ruleset. */
  before?: TunedSeverity;
  after?: TunedSeverity;
  /** Same id, different definition (the organisation replaced the pack's rule). */
  redefined: boolean;
  note?: string;
};

function severities(ruleset: Ruleset, extraOff: readonly string[]): Map<string, TunedSeverity> {
  const off = new Set([...ruleset.disable, ...extraOff]);
  return new Map(ruleset.rules.map((rule) => [rule.id, off.has(rule.id) ? 'off' : rule.severity]));
}

/** Rules added, removed, re-defined or at another severity than in `base`, in id order. */
export function diffRulesets(base: Ruleset, next: Ruleset, switchedOff: readonly string[] = []): RuleChange[] {
  const before = severities(base, []);
  const after = severities(next, switchedOff);
  const baseRules = new Map(base.rules.map((rule) => [rule.id, rule]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.flatMap((ruleId) => {
    const nextRule = next.rules.find((rule) => rule.id === ruleId);
    const baseRule = baseRules.get(ruleId);
    const redefined = nextRule !== undefined && baseRule !== undefined && JSON.stringify({ ...nextRule, severity: 0 }) !== JSON.stringify({ ...baseRule, severity: 0 });
    const change = { ruleId, before: before.get(ruleId), after: after.get(ruleId), redefined, note: next.tune[ruleId]?.note };
    return change.before === change.after && !redefined ? [] : [change];
  });
}

export type FindingChange =
  | { kind: 'added'; finding: Finding }
  | { kind: 'removed'; finding: Finding }
  | { kind: 'severity'; finding: Finding; from: Finding['severity'] };

const spot = (f: Finding) => `${f.ruleId}@${f.start}-${f.end}`;

/** How the findings on one text differ between two checkers (same rule and span = same finding). */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingChange[] {
  const old = new Map(before.map((f) => [spot(f), f]));
  const changes: FindingChange[] = [];
  for (const finding of after) {
    const previous = old.get(spot(finding));
    if (!previous) changes.push({ kind: 'added', finding });
    else if (previous.severity !== finding.severity) changes.push({ kind: 'severity', finding, from: previous.severity });
    old.delete(spot(finding));
  }
  for (const finding of old.values()) changes.push({ kind: 'removed', finding });
  return changes;
}
