// The audit log's export formats. Pure, so the admin console can use them without extension APIs.

import type { AuditEvent } from '../shared/protocol';

export function auditToJson(events: readonly AuditEvent[]): string {
  return JSON.stringify(events, null, 2) + '\n';
}

const CSV_COLUMNS = ['at', 'platform', 'ruleIds', 'action', 'reason'] as const;

/** RFC 4180 CSV, one row per event; rule ids are space-separated in one cell. */
export function auditToCsv(events: readonly AuditEvent[]): string {
  const rows = events.map((event) =>
    [event.at, event.platform, event.ruleIds.join(' '), event.action, event.reason ?? ''].map(csvCell).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A typed reason starting with = + - @ would run as a formula when the export is opened in a
  // spreadsheet; a leading apostrophe keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
