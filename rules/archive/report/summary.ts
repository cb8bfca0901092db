// Counts for the report's summary tables: by year, by rule, by severity.

import { SEVERITIES, type Severity } from '../../types';
import { yearOf, type ScanResult } from '../scan';

export type YearRow = { year: string; posts: number; flaggedPosts: number } & Record<Severity, number>;
export type RuleRow = { ruleId: string; category: string; severity: Severity; findings: number; posts: number };

export type Summary = {
  years: YearRow[];
  rules: RuleRow[];
  severities: Record<Severity, number>;
  findings: number;
};

const noSeverities = (): Record<Severity, number> => Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;

export function summarise(result: ScanResult): Summary {
  const years = new Map<string, YearRow>(
    Object.entries(result.postsByYear).map(([year, posts]) => [year, { year, posts, flaggedPosts: 0, ...noSeverities() }]),
  );
  const rules = new Map<string, RuleRow & { postSet: Set<number> }>();
  const severities = noSeverities();
  let findings = 0;
  result.flagged.forEach((post, index) => {
    const year = years.get(yearOf(post));
    if (year) year.flaggedPosts += 1;
    for (const finding of post.findings) {
      findings += 1;
      severities[finding.severity] += 1;
      if (year) year[finding.severity] += 1;
      const key = `${finding.ruleId}\u0000${finding.severity}`;
      const row = rules.get(key) ?? { ruleId: finding.ruleId, category: finding.category, severity: finding.severity, findings: 0, posts: 0, postSet: new Set() };
      row.findings += 1;
      row.postSet.add(index);
      rules.set(key, row);
    }
  });
  const severityRank = (severity: Severity) => SEVERITIES.indexOf(severity);
  return {
    years: [...years.values()].sort((a, b) => a.year.localeCompare(b.year)),
    rules: [...rules.values()]
      .map(({ postSet, ...row }) => ({ ...row, posts: postSet.size }))
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId)),
    severities,
    findings,
  };
}
