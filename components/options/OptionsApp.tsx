// The admin console: one section at a time (Profile, Rules, Test bench, Insights, Audit,
// Deployment), chosen from the navigation or the address's #fragment so each can be bookmarked.

import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { AuditLogPanel } from '../gate/AuditLogPanel';
import { ActiveRulesetPanel } from './ActiveRulesetPanel';
import { AdminStoreContext, useAdmin } from './admin-store';
import type { AdminStore } from './admin-store';
import { DeploymentExport } from './DeploymentExport';
import { downloadText } from './download';
import { ExamplesReport } from './ExamplesReport';
import { InsightsPanel } from './InsightsPanel';
import { PolicyNotice } from './PolicyNotice';
import { ProfileForm } from './profile/ProfileForm';
import { RuleList } from './RuleList';
import { RulesetErrors } from './RulesetErrors';
import { RulesetLoader } from './RulesetLoader';
import { SafeText } from './safe-content';
import { TestBench } from './TestBench';

/** Unlike the insights, the log shows override reasons: accounting for overrides is its purpose. */
function AuditLog() {
  const events = useAdmin((s) => s.snapshot?.audit);
  return events ? <AuditLogPanel events={events} download={downloadText} /> : null;
}

function Notice() {
  const notice = useAdmin((s) => s.notice);
  return (
    <p className="sr-only" role="status" aria-live="polite">
      {notice ?? ''}
    </p>
  );
}

/** The ruleset in use and whether there are unsaved edits, on every section. */
function ActiveSummary() {
  const name = useAdmin((s) => s.snapshot?.effective.ruleset.name);
  const edited = useAdmin((s) => s.draft !== null);
  if (name === undefined) return null;
  return (
    <p className="active-summary">
      Active ruleset: <strong data-testid="summary-name"><SafeText text={name} /></strong>
      {edited && <span className="pill pill-warning">unsaved changes</span>}
    </p>
  );
}

export const SECTIONS = {
  profile: { label: 'Profile', render: () => <ProfileForm /> },
  rules: {
    label: 'Rules',
    render: () => (
      <>
        <RuleList />
        <ExamplesReport />
      </>
    ),
  },
  bench: { label: 'Test bench', render: () => <TestBench /> },
  insights: { label: 'Insights', render: () => <InsightsPanel /> },
  audit: { label: 'Audit', render: () => <AuditLog /> },
  deployment: {
    label: 'Deployment',
    render: () => (
      <>
        <ActiveRulesetPanel />
        <RulesetLoader />
        <DeploymentExport />
      </>
    ),
  },
} satisfies Record<string, { label: string; render: () => ReactNode }>;

export type SectionId = keyof typeof SECTIONS;

function sectionFromHash(): SectionId {
  const id = window.location.hash.slice(1);
  return id in SECTIONS ? (id as SectionId) : 'profile';
}

export function OptionsApp({ store }: { store: AdminStore }) {
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <AdminStoreContext.Provider value={store}>
      <div className="layout">
        <header className="masthead">
          <p className="brand">Clearpost</p>
          <h1>Admin console</h1>
          <nav aria-label="Console sections">
            <ul>
              {(Object.keys(SECTIONS) as SectionId[]).map((id) => (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    aria-current={section === id ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      window.history.replaceState(null, '', `#${id}`);
                      setSection(id);
                    }}
                  >
                    {SECTIONS[id].label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main className="console" data-section={section}>
          <Notice />
          <ActiveSummary />
          <PolicyNotice />
          <RulesetErrors />
          {SECTIONS[section].render()}
        </main>
      </div>
    </AdminStoreContext.Provider>
  );
}
