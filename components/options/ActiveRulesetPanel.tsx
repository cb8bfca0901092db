// What the extension checks with right now: name, version, source, when it was loaded, how many
// rules per category, and for URL sources how the scheduled refresh is going.

import { useAdmin } from './admin-store';
import { downloadText } from './download';
import { activeRecord, exportEffectiveRuleset, formatTime, rulesPerCategory, sourceLabel } from './ruleset-info';
import { LoadingSection } from './LoadingSection';
import { SafeText } from './safe-content';

export function ActiveRulesetPanel() {
  const snapshot = useAdmin((s) => s.snapshot);
  const busy = useAdmin((s) => s.busy);
  const refresh = useAdmin((s) => s.refresh);
  const reset = useAdmin((s) => s.reset);

  if (!snapshot) return <LoadingSection titleId="active-title" title="Active ruleset" />;

  const { effective } = snapshot;
  const record = activeRecord(snapshot);
  const isUrl = effective.source.kind === 'url' || (effective.source.kind === 'policy' && effective.source.url !== undefined);
  const localLoaded = snapshot.stored.local !== undefined;

  return (
    <section aria-labelledby="active-title" data-testid="active-ruleset">
      <h2 id="active-title">Active ruleset</h2>
      {effective.source.kind === 'embedded' && (
        <p className="hint">No ruleset has been loaded, so Clearpost uses its built-in healthcare default.</p>
      )}
      <dl className="facts">
        <dt>Name</dt>
        <dd data-testid="ruleset-name">
          <SafeText text={effective.ruleset.name} />
        </dd>
        <dt>Version</dt>
        <dd>
          <SafeText text={effective.ruleset.version} />
        </dd>
        <dt>Source</dt>
        <dd>
          <SafeText text={sourceLabel(effective.source)} />
        </dd>
        <dt>Loaded</dt>
        <dd>{record ? <time dateTime={record.loadedAt}>{formatTime(record.loadedAt)}</time> : 'built in'}</dd>
        <dt>Rules</dt>
        <dd>
          {effective.ruleset.rules.length} ({rulesPerCategory(effective.ruleset).map(([category, count]) => `${category} ${count}`).join(', ')})
        </dd>
        <dt>Publishing</dt>
        <dd>
          {effective.gate.blockOn === 'error' ? 'errors block' : 'errors and warnings block'}; override: {effective.gate.override}
        </dd>
      </dl>

      {effective.error && (
        <p className="notice notice-error" role="alert">
          <SafeText text={effective.error} />
        </p>
      )}

      {isUrl && record && (
        <div className={record.lastRefreshError ? 'notice notice-error' : 'refresh-status'} data-testid="refresh-status">
          {record.lastRefreshError ? (
            <p role="alert">
              The last refresh failed
              {record.lastRefreshAt && (
                <>
                  {' '}
                  (<time dateTime={record.lastRefreshAt}>{formatTime(record.lastRefreshAt)}</time>)
                </>
              )}
              : <SafeText text={record.lastRefreshError} />. The last good ruleset stays active.
            </p>
          ) : null}
          <p>
            Last successful refresh:{' '}
            {record.lastRefreshOkAt ? <time dateTime={record.lastRefreshOkAt}>{formatTime(record.lastRefreshOkAt)}</time> : 'never'}
            {record.refreshMinutes ? `; checked every ${record.refreshMinutes} minutes` : ''}
            {record.sha256 ? '; pinned to a SHA-256 hash' : ''}.
          </p>
          {record.redirects?.length ? <RedirectHops hops={record.redirects} /> : null}
        </div>
      )}

      <div className="actions">
        {isUrl && (
          <button type="button" onClick={() => void refresh()} disabled={busy !== null}>
            {busy === 'refresh' ? 'Refreshing…' : 'Refresh now'}
          </button>
        )}
        <button
          type="button"
          onClick={() => downloadText('clearpost-ruleset.json', 'application/json', exportEffectiveRuleset(effective))}
        >
          Export effective ruleset
        </button>
        {/* Shipped in public/ by the build, generated from the engine's Zod schema. */}
        <a className="button" href="/ruleset.schema.json" download="clearpost-ruleset.schema.json">
          Download JSON Schema
        </a>
        {localLoaded && !effective.locked && (
          <button type="button" onClick={() => void reset()} disabled={busy !== null}>
            Remove loaded ruleset
          </button>
        )}
      </div>
    </section>
  );
}

/** Addresses the admin did not type: each hop the server's redirects took, the last one serving the ruleset. */
function RedirectHops({ hops }: { hops: string[] }) {
  return (
    <div data-testid="refresh-redirects">
      <p id="redirect-hops-label">The server redirected this address; the last refresh went through:</p>
      <ol aria-labelledby="redirect-hops-label">
        {hops.map((hop, i) => (
          <li key={i}>
            <SafeText text={hop} />
            {i === hops.length - 1 ? ' (the ruleset came from here)' : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
