// Insights from the audit log, this browser's and optionally the team's imported exports: counts per
// action, platform, week and rule. Never any text the writers typed; override reasons are left out.

import { useId, useMemo, useState } from 'react';
import { PLATFORMS } from '../../rules/types';
import { useAdmin } from './admin-store';
import { downloadText } from './download';
import { COUNT_LABELS, insightsToCsv, insightsToJson, summariseAudit } from './insights';
import type { Counts } from './insights';
import { parseAuditExport } from './audit-import';
import type { ImportedLog } from './audit-import';

const SERIES = Object.keys(COUNT_LABELS) as (keyof Counts)[];

/** A grouped bar chart of weekly counts; decorative for screen readers, which get the table. */
function WeeklyChart({ weeks }: { weeks: { week: string; counts: Counts }[] }) {
  const max = Math.max(1, ...weeks.flatMap((w) => SERIES.map((s) => w.counts[s])));
  const barWidth = 8;
  const groupWidth = SERIES.length * barWidth + 12;
  const height = 120;
  return (
    <svg className="chart" aria-hidden="true" width={weeks.length * groupWidth + 10} height={height + 20} data-testid="insights-chart">
      {weeks.map((week, w) =>
        SERIES.map((series, s) => {
          const value = week.counts[series];
          const h = Math.round((value / max) * height);
          return <rect key={`${week.week}-${series}`} className={`bar bar-${series}`} x={w * groupWidth + s * barWidth} y={height - h} width={barWidth - 1} height={h} />;
        }),
      )}
      {weeks.map((week, w) => (
        <text key={week.week} x={w * groupWidth} y={height + 14} fontSize="9">
          {week.week.slice(5)}
        </text>
      ))}
    </svg>
  );
}

function CountsTable({ caption, rows, className }: { caption: string; rows: { key: string; counts: Counts }[]; className?: string }) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption.startsWith('Per week') ? 'Week' : 'Platform'}</th>
          {SERIES.map((s) => (
            <th key={s} scope="col">
              {COUNT_LABELS[s]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.key}</th>
            {SERIES.map((s) => (
              <td key={s}>{row.counts[s]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InsightsPanel() {
  const audit = useAdmin((s) => s.snapshot?.audit);
  const [imported, setImported] = useState<ImportedLog[]>([]);
  const [includeLocal, setIncludeLocal] = useState(true);
  const ids = { files: useId(), local: useId() };
  const team = imported.flatMap((log) => ('events' in log ? [log] : []));
  const events = useMemo(() => [...(includeLocal ? (audit ?? []) : []), ...team.flatMap((log) => log.events)], [audit, includeLocal, imported]);
  const insights = useMemo(() => summariseAudit(events, team.length > 0 ? 50 : 10), [events, team.length]);
  if (!audit) return null;
  const recent = insights.perWeek.slice(-12);
  const sources = [includeLocal ? 'this browser' : '', ...team.map((log) => log.file)].filter(Boolean);

  async function importFiles(files: FileList | null) {
    const read = await Promise.all([...(files ?? [])].map(async (file) => parseAuditExport(file.name, await file.text())));
    // A file imported again replaces its earlier copy, so counts are never doubled.
    setImported((current) => [...current.filter((log) => !read.some((r) => r.file === log.file)), ...read]);
  }

  return (
    <section aria-labelledby="insights-title" data-testid="insights">
      <h2 id="insights-title">Insights</h2>
      <p className="hint">Counts only: no draft text, no override reasons. Nothing leaves this page.</p>

      <fieldset className="group">
        <legend>Team view</legend>
        <p className="hint">Import the audit log exports (JSON or CSV) of your team&apos;s browsers for a combined view. Their override reasons are not read.</p>
        <div className="field">
          <label htmlFor={ids.files}>Import audit exports</label>
          <input
            id={ids.files}
            type="file"
            multiple
            accept=".json,.csv,application/json,text/csv"
            onChange={async (event) => {
              await importFiles(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
        <label className="radio" htmlFor={ids.local}>
          <input id={ids.local} type="checkbox" checked={includeLocal} onChange={(e) => setIncludeLocal(e.target.checked)} /> Include this browser&apos;s log
        </label>
        {imported.length > 0 && (
          <ul data-testid="imported-logs">
            {imported.map((log) => (
              <li key={log.file} className={'error' in log ? 'field-problems' : undefined}>
                <strong>{log.file}</strong>:{' '}
                {'error' in log ? `not imported: ${log.error}` : `${log.events.length} events${log.skipped > 0 ? ` (${log.skipped} invalid skipped)` : ''}`}{' '}
                <button type="button" className="link" onClick={() => setImported((current) => current.filter((l) => l !== log))} aria-label={`Remove ${log.file}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <p data-testid="insights-sources">Showing {sources.length > 0 ? sources.join(', ') : 'nothing'}: {events.length} events.</p>
      <dl className="totals">
        {SERIES.map((s) => (
          <div key={s}>
            <dt>{COUNT_LABELS[s]}</dt>
            <dd data-testid={`total-${s}`}>{insights.totals[s]}</dd>
          </div>
        ))}
      </dl>
      {recent.length === 0 ? (
        <p>No activity recorded yet.</p>
      ) : (
        <>
          <h3>Per week</h3>
          <ul className="legend" aria-hidden="true">
            {SERIES.map((s) => (
              <li key={s}>
                <span className={`swatch bar-${s}`} /> {COUNT_LABELS[s]}
              </li>
            ))}
          </ul>
          <WeeklyChart weeks={recent} />
          <CountsTable caption="Per week (last 12 weeks with activity)" className="sr-only" rows={recent.map((w) => ({ key: w.week, counts: w.counts }))} />
          <CountsTable caption="Per platform" rows={PLATFORMS.map((p) => ({ key: p, counts: insights.perPlatform[p] }))} />
          <h3>Top rules</h3>
          <ol data-testid="top-rules">
            {insights.topRules.map((r) => (
              <li key={r.ruleId}>
                <code>{r.ruleId}</code>: {r.count}
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={() => downloadText('clearpost-insights.csv', 'text/csv', insightsToCsv(insights))}>
          Export insights (CSV)
        </button>
        <button type="button" onClick={() => downloadText('clearpost-insights.json', 'application/json', insightsToJson(insights))}>
          Export insights (JSON)
        </button>
      </div>
    </section>
  );
}
