// The audit log's export formats. Pure, so the admin console can use them without extension APIs.

import type { AuditEvent } from '../shared/protocol';

export function auditToJson(events: readonly AuditEvent[]): string {
  return JSON.stringify(events, null, 2) + '\n';
}

const CSV_COLUMNS = ['at', 'platform', 'ruleIds', 'action', 'reason', 'count', 'detail', 'until'] as const;

/** RFC 4180 CSV, one row per event, every cell quoted; rule ids are space-separated in one cell. */
export function auditToCsv(events: readonly AuditEvent[]): string {
  const rows = events.map((event) =>
    [event.at, event.platform ?? '', event.ruleIds.join(' '), event.action, event.reason ?? '', String(event.count ?? ''), event.detail ?? '', event.until ?? '']
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.map(csvCell).join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * Quoted, with quotes doubled. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or carriage return, also after leading spaces or separators such as ";") gets a
 * leading apostrophe, which keeps it text.
 */
function csvCell(value: string): string {
  const safe = /^[\s;,]*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}
