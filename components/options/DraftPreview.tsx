// What the unsaved edits would change on the test bench's sample post: findings that appear,
// disappear or change severity, and whether publishing would then go ahead.

import { useMemo } from 'react';
import { decideGate } from '../../entrypoints/content/gate/policy';
import type { GateDecision } from '../../entrypoints/content/gate/policy';
import { useAdmin } from './admin-store';
import { useDraftChecker } from './draft-hooks';
import { diffFindings } from './ruleset-diff';
import type { FindingChange } from './ruleset-diff';

export function verdictText(decision: GateDecision): string {
  if (decision.kind === 'pass') return 'Publishing would go ahead.';
  return decision.level === 'error' ? `Publishing would be blocked (override: ${decision.override}).` : `Publishing would ask for confirmation (override: ${decision.override}).`;
}

function describe(change: FindingChange): string {
  const { finding } = change;
  if (change.kind === 'added') return `${finding.ruleId}: new ${finding.severity}`;
  if (change.kind === 'removed') return `${finding.ruleId}: no longer reported (was ${finding.severity})`;
  return `${finding.ruleId}: ${change.from} → ${finding.severity}`;
}

export function DraftPreview() {
  const effective = useAdmin((s) => s.snapshot?.effective);
  const draft = useAdmin((s) => s.draft);
  const bench = useAdmin((s) => s.bench);
  const draftChecker = useDraftChecker();
  const preview = useMemo(() => {
    if (!effective || !draftChecker || !bench.text) return null;
    const before = effective.checker.check(bench.text, { platform: bench.platform });
    const after = draftChecker.check(bench.text, { platform: bench.platform });
    const gate = { ...effective.gate, blockOn: draftChecker.ruleset.gate.blockOn };
    return { changes: diffFindings(before, after), before: decideGate(before, effective.gate), after: decideGate(after, gate) };
  }, [effective, draftChecker, bench]);

  if (draft === null) return null;
  return (
    <div className="preview" data-testid="draft-preview" aria-live="polite">
      <h3>Unsaved changes on the test bench sample</h3>
      {!bench.text ? (
        <p>Type a sample post in the Test bench to see what your changes would do to it.</p>
      ) : !preview ? (
        <p>Waiting for the edited ruleset to validate…</p>
      ) : preview.changes.length === 0 ? (
        <p>No change on the sample.</p>
      ) : (
        <>
          <ul data-testid="preview-changes">
            {preview.changes.map((change) => (
              <li key={`${change.kind}-${change.finding.ruleId}-${change.finding.start}`} data-change={change.kind}>
                {describe(change)}
              </li>
            ))}
          </ul>
          <p>
            Now: {verdictText(preview.before)} With the changes: {verdictText(preview.after)}
          </p>
        </>
      )}
    </div>
  );
}
