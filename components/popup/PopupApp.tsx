// The toolbar popup: what Clearpost is doing in this tab (composers watched, findings, state), a
// switch to pause checking on this site where the organisation allows it, a quick check for drafts
// written anywhere, and the admin console.

import { useEffect, useId } from 'react';
import { useStore } from 'zustand';
import type { TabStatus } from '../../entrypoints/shared/protocol';
import { SEVERITY_LOOK } from '../findings/severity';
import type { PopupState, PopupStore } from './popup-store';
import { PLATFORM_NAMES } from '../platform-names';
import { QuickCheck } from './QuickCheck';

export function PopupApp({ store }: { store: PopupStore }) {
  const state = useStore(store);
  const pauseId = useId();

  useEffect(() => {
    void store.getState().load();
  }, [store]);
  useEffect(() => store.getState().watchChecker(), [store]);

  const site = state.platform ? PLATFORM_NAMES[state.platform] : null;
  return (
    <main className="popup">
      <h1>Clearpost</h1>
      <section aria-live="polite" aria-busy={state.phase === 'loading'} className="popup-status">
        <StatusText state={state} />
      </section>

      {site && (
        <section className="popup-pause">
          {state.pauseAllowed ? (
            <label htmlFor={pauseId}>
              <input
                id={pauseId}
                type="checkbox"
                role="switch"
                checked={state.paused}
                onChange={(event) => void state.setPaused(event.target.checked)}
              />{' '}
              Pause checking on {site}
            </label>
          ) : (
            <p>Your organisation doesn’t allow pausing Clearpost.</p>
          )}
          {state.pauseError && <p role="alert">{state.pauseError}</p>}
        </section>
      )}

      {state.phase !== 'loading' && <QuickCheck state={state} initialPlatform={state.platform ?? 'x'} />}

      <p>
        <a
          href="options.html"
          onClick={(event) => {
            event.preventDefault();
            state.openAdminConsole();
          }}
        >
          Open the admin console
        </a>{' '}
        (ruleset, audit log)
      </p>
    </main>
  );
}

function StatusText({ state }: { state: PopupState }) {
  const site = state.platform ? PLATFORM_NAMES[state.platform] : '';
  switch (state.phase) {
    case 'loading':
      return <p>Checking this tab…</p>;
    case 'unsupported':
      return <p>Clearpost checks drafts on X, Facebook and LinkedIn. Open one of them to see its status here.</p>;
    case 'unreachable':
      return state.paused ? (
        <p data-clearpost-state="off">Paused on {site}: drafts are not checked.</p>
      ) : (
        <p data-clearpost-state="error">Clearpost isn’t running on this {site} page yet. Reload the page to start checking.</p>
      );
    case 'ready':
      return <ReadyStatus status={state.status!} paused={state.paused} site={site} />;
  }
}

function ReadyStatus({ status, paused, site }: { status: TabStatus; paused: boolean; site: string }) {
  const watching = `Watching ${status.composers} ${status.composers === 1 ? 'composer' : 'composers'} on ${site}.`;
  if (paused || status.state === 'off') return <p data-clearpost-state="off">Paused on {site}: drafts are not checked and posts are not held back.</p>;
  if (status.state === 'error') {
    return (
      <p data-clearpost-state="error">
        Clearpost can’t check a composer on this page, so it isn’t holding back posts. Check drafts against your policy by hand.
      </p>
    );
  }
  if (status.composers === 0) return <p data-clearpost-state="ok">No composer is open on this page.</p>;
  const counts = (['error', 'warning', 'info'] as const).filter((severity) => status.findings[severity] > 0);
  return (
    <div data-clearpost-state={status.state}>
      <p>{watching}</p>
      {counts.length === 0 ? (
        <p>No problems found in the drafts.</p>
      ) : (
        <ul aria-label="Findings in this tab">
          {counts.map((severity) => (
            <li key={severity} data-clearpost-severity={severity}>
              <span aria-hidden="true" style={{ color: SEVERITY_LOOK[severity].color }}>
                {SEVERITY_LOOK[severity].icon}
              </span>{' '}
              {status.findings[severity]} {countLabel(severity, status.findings[severity])}
            </li>
          ))}
        </ul>
      )}
      {status.findings.error > 0 && <p>Posts with errors are stopped before they go out.</p>}
    </div>
  );
}

function countLabel(severity: 'error' | 'warning' | 'info', n: number): string {
  const word = severity === 'info' ? 'note' : severity;
  return n === 1 ? word : `${word}s`;
}
