// The admin console: what runs now, how to change it, how to try it, and what it has done.

import { AuditLogPanel } from '../gate/AuditLogPanel';
import { ActiveRulesetPanel } from './ActiveRulesetPanel';
import { AdminStoreContext, useAdmin } from './admin-store';
import type { AdminStore } from './admin-store';
import { downloadText } from './download';
import { ExamplesReport } from './ExamplesReport';
import { InsightsPanel } from './InsightsPanel';
import { PolicyNotice } from './PolicyNotice';
import { RuleList } from './RuleList';
import { RulesetErrors } from './RulesetErrors';
import { RulesetLoader } from './RulesetLoader';
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

export function OptionsApp({ store }: { store: AdminStore }) {
  return (
    <AdminStoreContext.Provider value={store}>
      <main className="console">
        <h1>Clearpost admin console</h1>
        <Notice />
        <PolicyNotice />
        <ActiveRulesetPanel />
        <RulesetErrors />
        <RulesetLoader />
        <ExamplesReport />
        <TestBench />
        <RuleList />
        <InsightsPanel />
        <AuditLog />
      </main>
    </AdminStoreContext.Provider>
  );
}
