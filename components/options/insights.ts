// Insights over the local audit log: counts only, never reasons or any other text, so the summary
// can be exported and shared without exposing what anyone wrote.

import { PLATFORMS } from '../../rules/types';
import type { Platform } from '../../rules/types';
import type { AuditAction, AuditEvent } from '../../entrypoints/shared/protocol';

export type Counts = { checked: number; blocked: number; overridden: number; fixed: number };

export type Insights = {
  totals: Counts;
  perPlatform: Record<Platform, Counts>;
  /** ISO weeks ("2026-W47"), oldest first, only weeks with events. */
  perWeek: { week: string; counts: Counts }[];
  /** Rules behind blocks, overrides and fixes, most frequent first (ties by id). */
  topRules: { ruleId: string; count: number }[];
};

const COUNTED: Partial<Record<AuditAction, keyof Counts>> = {
  checked: 'checked',
  blocked: 'blocked',
  override: 'overridden',
  'fix-applied': 'fixed',
};

export const COUNT_LABELS: Record<keyof Counts, string> = {
  checked: 'Drafts checked',
  blocked: 'Blocked',
  overridden: 'Overridden',
  fixed: 'Fixed',
};

const zero = (): Counts => ({ checked: 0, blocked: 0, overridden: 0, fixed: 0 });

/** ISO 8601 week of a date, in UTC: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function summariseAudit(events: readonly AuditEvent[], topN = 10): Insights {
  const totals = zero();
  const perPlatform = Object.fromEntries(PLATFORMS.map((p) => [p, zero()])) as Record<Platform, Counts>;
  const weeks = new Map<string, Counts>();
  const rules = new Map<string, number>();
  for (const event of events) {
    const at = new Date(event.at);
    if (Number.isNaN(at.getTime())) continue;
    const field = COUNTED[event.action];
    if (!field || !event.platform) continue; // pauses, ruleset changes and escapes are audit entries, not insights counts
    // A `checked` event is a counter of the drafts judged that day.
    const n = event.action === 'checked' ? (event.count ?? 1) : 1;
    totals[field] += n;
    perPlatform[event.platform][field] += n;
    const week = isoWeek(at);
    const weekCounts = weeks.get(week) ?? zero();
    weekCounts[field] += n;
    weeks.set(week, weekCounts);
    // "checked" events say nothing about which rule mattered; the other actions do.
    if (event.action !== 'checked') for (const id of new Set(event.ruleIds)) rules.set(id, (rules.get(id) ?? 0) + 1);
  }
  return {
    totals,
    perPlatform,
    perWeek: [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, counts]) => ({ week, counts })),
    topRules: [...rules.entries()]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, topN)
      .map(([ruleId, count]) => ({ ruleId, count })),
  };
}

const COUNT_KEYS = Object.keys(COUNT_LABELS) as (keyof Counts)[];

/** One CSV table: a row per week, per platform and per top rule, so a spreadsheet can pivot it. */
export function insightsToCsv(insights: Insights): string {
  const counted = (counts: Counts) => [...COUNT_KEYS.map((k) => String(counts[k])), ''];
  const rows: string[][] = [['section', 'key', ...COUNT_KEYS, 'ruleEvents']];
  for (const { week, counts } of insights.perWeek) rows.push(['week', week, ...counted(counts)]);
  for (const platform of PLATFORMS) rows.push(['platform', platform, ...counted(insights.perPlatform[platform])]);
  rows.push(['total', 'all', ...counted(insights.totals)]);
  // Rule ids are validated by the audit log ([\w.-/] only), so no cell needs quoting.
  for (const { ruleId, count } of insights.topRules) rows.push(['rule', ruleId, ...COUNT_KEYS.map(() => ''), String(count)]);
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

export function insightsToJson(insights: Insights): string {
  return JSON.stringify(insights, null, 2) + '\n';
}
