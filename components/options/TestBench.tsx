// Try the ruleset on a sample post: the same checker, gate and finding cards the composer uses.
// With unsaved edits, the sample is checked with them and the changes are listed. The sample is
// kept in memory only; it is never stored.

import { useId, useMemo } from 'react';
import { PLATFORMS } from '../../rules/types';
import type { Platform } from '../../rules/types';
import { decideGate } from '../../entrypoints/content/gate/policy';
import { FindingList } from '../findings/FindingList';
import { FINDINGS_CSS } from '../findings/styles';
import { PLATFORM_NAMES } from '../platform-names';
import { useAdmin } from './admin-store';
import { useDraftChecker } from './draft-hooks';
import { DraftBar } from './DraftBar';
import { DraftPreview, verdictText } from './DraftPreview';

export function TestBench() {
  const effective = useAdmin((s) => s.snapshot?.effective);
  const { text, platform } = useAdmin((s) => s.bench);
  const setBench = useAdmin((s) => s.setBench);
  const draftChecker = useDraftChecker();
  const draftEdited = useAdmin((s) => s.draft !== null);
  const ids = { text: useId(), platform: useId() };
  const checker = draftChecker ?? effective?.checker;
  const findings = useMemo(() => (checker && text ? checker.check(text, { platform }) : []), [checker, text, platform]);
  const gate = effective && (draftChecker ? { ...effective.gate, blockOn: draftChecker.ruleset.gate.blockOn } : effective.gate);
  const decision = gate ? decideGate(findings, gate) : undefined;

  function applySuggestion(index: number, suggestion: string) {
    const finding = findings[index];
    if (finding) setBench({ text: text.slice(0, finding.start) + suggestion + text.slice(finding.end) });
  }

  return (
    <section aria-labelledby="bench-title">
      <h2 id="bench-title">Test bench</h2>
      <style>{FINDINGS_CSS}</style>
      <p className="lede">
        {draftChecker ? 'Checked with your unsaved changes.' : 'Checked with the active ruleset.'} The sample stays on this page: it is never stored.
      </p>
      <div className="field">
        <label htmlFor={ids.text}>Sample post</label>
        <textarea id={ids.text} rows={5} value={text} onChange={(e) => setBench({ text: e.target.value })} disabled={!effective} />
      </div>
      <div className="field inline">
        <label htmlFor={ids.platform}>Platform</label>
        <select id={ids.platform} value={platform} onChange={(e) => setBench({ platform: e.target.value as Platform })}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </div>
      {text && decision && (
        <div aria-live="polite" data-testid="bench-results">
          <p className={decision.kind === 'stop' ? 'verdict verdict-stop' : 'verdict verdict-pass'}>{verdictText(decision)}</p>
          {findings.length === 0 ? (
            <p data-testid="no-findings">No problems found.</p>
          ) : (
            <FindingList label="Findings for the sample post" text={text} findings={findings} onApply={applySuggestion} />
          )}
        </div>
      )}
      {draftEdited && (
        <>
          <DraftPreview />
          <DraftBar />
        </>
      )}
    </section>
  );
}
