// Reading audit logs exported by other browsers (the audit panel's JSON or CSV export) for a team
// view. Only what the counts need is kept: time, platform, rule ids and action. Override reasons
// are dropped on import, and a file that is not an audit export is refused with the reason.

import { PLATFORMS } from '../../rules/types';
import type { Platform } from '../../rules/types';
import type { AuditAction, AuditEvent } from '../../entrypoints/shared/protocol';
import { splitCsv } from './profile/staff-csv';

export type ImportedLog = { file: string; events: AuditEvent[]; skipped: number } | { file: string; error: string };

const ACTIONS: readonly AuditAction[] = ['blocked', 'override', 'fix-applied', 'checked'];
const RULE_ID = /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)*$/;

/** One event reduced to its countable fields, or undefined when it is not a valid event. */
function countable(at: unknown, platform: unknown, ruleIds: unknown, action: unknown): AuditEvent | undefined {
  if (typeof at !== 'string' || Number.isNaN(new Date(at).getTime())) return undefined;
  if (!PLATFORMS.includes(platform as Platform) || !ACTIONS.includes(action as AuditAction)) return undefined;
  if (!Array.isArray(ruleIds) || !ruleIds.every((id) => typeof id === 'string' && RULE_ID.test(id))) return undefined;
  return { at, platform: platform as Platform, ruleIds: ruleIds as string[], action: action as AuditAction };
}

function fromJson(data: unknown): { events: AuditEvent[]; skipped: number } | string {
  if (!Array.isArray(data)) return 'expected a list of audit events (the audit log JSON export)';
  const events = data.map((item: unknown) => {
    const e = (item ?? {}) as Record<string, unknown>;
    return countable(e.at, e.platform, e.ruleIds, e.action);
  });
  const good = events.filter((e): e is AuditEvent => e !== undefined);
  return { events: good, skipped: events.length - good.length };
}

function fromCsv(text: string): { events: AuditEvent[]; skipped: number } | string {
  const rows = splitCsv(text);
  const header = rows[0] && 'cells' in rows[0] ? rows[0].cells.map((c) => c.trim()) : [];
  const column = (name: string) => header.indexOf(name);
  const [at, platform, ruleIds, action] = ['at', 'platform', 'ruleIds', 'action'].map(column) as [number, number, number, number];
  if ([at, platform, ruleIds, action].some((index) => index < 0)) return 'expected the audit log CSV export (columns at, platform, ruleIds, action)';
  const events = rows.slice(1).map((row) => {
    if (!('cells' in row)) return undefined;
    const ids = (row.cells[ruleIds] ?? '').split(' ').filter(Boolean);
    return countable(row.cells[at], row.cells[platform], ids, row.cells[action]);
  });
  const good = events.filter((e): e is AuditEvent => e !== undefined);
  return { events: good, skipped: events.length - good.length };
}

export function parseAuditExport(file: string, text: string): ImportedLog {
  const trimmed = text.trimStart();
  let result: ReturnType<typeof fromJson>;
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      result = fromJson(JSON.parse(text));
    } catch (error) {
      return { file, error: `not valid JSON: ${(error as Error).message}` };
    }
  } else result = fromCsv(text);
  return typeof result === 'string' ? { file, error: result } : { file, ...result };
}
