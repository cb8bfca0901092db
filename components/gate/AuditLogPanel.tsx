// The audit log for the admin console: every held-back post, override (with its reason) and applied
// fix, newest first, and the full log as CSV or JSON. Reasons are what writers typed: shown as text.

import { AUDIT_LOG_CAP, type AuditAction, type AuditEvent } from '../../entrypoints/shared/protocol';
import { auditToCsv, auditToJson } from '../../entrypoints/background/audit-format';
import { PLATFORM_NAMES } from '../platform-names';

/** Rows drawn at most; the exports always hold every event. */
export const AUDIT_ROWS_SHOWN = 200;

const ACTION_LABELS: Record<AuditAction, string> = {
  blocked: 'Held back',
  override: 'Posted anyway',
  'fix-applied': 'Fix applied',
  checked: 'Checked',
  'posted-unchecked': 'Posted unchecked',
  escaped: 'Left without a check',
  paused: 'Paused',
  resumed: 'Resumed',
  'ruleset-changed': 'Ruleset changed',
  'rule-toggled': 'Rules switched',
  'storage-restored': 'Settings tampering undone',
};

/** What the Reason column shows besides a typed reason: counts, pause ends and other context. */
function context(event: AuditEvent): string {
  const parts = [
    event.reason,
    event.count !== undefined ? `${event.count} drafts` : undefined,
    event.detail,
    event.until ? `until ${new Date(event.until).toLocaleString()}` : undefined,
  ];
  return parts.filter(Boolean).join('; ');
}

export type AuditLogPanelProps = {
  /** Oldest first, as stored. */
  events: readonly AuditEvent[];
  download(filename: string, mimeType: string, text: string): void;
};

export function AuditLogPanel({ events, download }: AuditLogPanelProps) {
  const newestFirst = events.slice(-AUDIT_ROWS_SHOWN).reverse();
  const count = events.length === 1 ? '1 event' : `${events.length} events`;
  return (
    <section aria-labelledby="audit-log-title" className="audit-log">
      <h2 id="audit-log-title">Audit log</h2>
      <p>
        {count}. The log keeps the newest {AUDIT_LOG_CAP.toLocaleString('en')} and never holds the text of a post.
        {events.length > AUDIT_ROWS_SHOWN && ` Showing the newest ${AUDIT_ROWS_SHOWN}; the exports have them all.`}
      </p>
      <p>
        <button type="button" disabled={events.length === 0} onClick={() => download('clearpost-audit.csv', 'text/csv', auditToCsv(events))}>
          Export audit log (CSV)
        </button>{' '}
        <button
          type="button"
          disabled={events.length === 0}
          onClick={() => download('clearpost-audit.json', 'application/json', auditToJson(events))}
        >
          Export audit log (JSON)
        </button>
      </p>
      {events.length > 0 && (
        <table>
          <caption>Audit events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Site</th>
              <th scope="col">Action</th>
              <th scope="col">Rules</th>
              <th scope="col">Reason or details</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((event, i) => (
              <tr key={`${event.at}-${i}`}>
                <td>
                  <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
                </td>
                <td>{event.platform ? PLATFORM_NAMES[event.platform] : 'All sites'}</td>
                <td>{ACTION_LABELS[event.action]}</td>
                <td>{event.ruleIds.join(', ')}</td>
                <td>{context(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
