// Try the active ruleset on a sample post: the same checker, gate and finding cards the composer uses.
// The sample is kept in memory only; it is never stored.

import { useId, useMemo, useState } from 'react';
import { PLATFORMS } from '../../rules/types';
import type { Platform } from '../../rules/types';
import { decideGate } from '../../entrypoints/content/gate/policy';
import { FindingList } from '../findings/FindingList';
import { FINDINGS_CSS } from '../findings/styles';
import { PLATFORM_NAMES } from '../platform-names';
import { useAdmin } from './admin-store';

export function TestBench() {
  const effective = useAdmin((s) => s.snapshot?.effective);
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('x');
  const ids = { text: useId(), platform: useId() };
  const findings = useMemo(() => (effective && text ? effective.checker.check(text, { platform }) : []), [effective, text, platform]);
  const decision = effective ? decideGate(findings, effective.gate) : undefined;

  function applySuggestion(index: number, suggestion: string) {
    const finding = findings[index];
    if (finding) setText(text.slice(0, finding.start) + suggestion + text.slice(finding.end));
  }

  return (
    <section aria-labelledby="bench-title">
      <h2 id="bench-title">Test bench</h2>
      <style>{FINDINGS_CSS}</style>
      <p>
        <label htmlFor={ids.text}>Sample post</label>
        <textarea id={ids.text} rows={5} value={text} onChange={(e) => setText(e.target.value)} disabled={!effective} />
      </p>
      <p>
        <label htmlFor={ids.platform}>Platform</label>{' '}
        <select id={ids.platform} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </p>
      {text && decision && (
        <div aria-live="polite" data-testid="bench-results">
          <p className={decision.kind === 'stop' ? 'verdict verdict-stop' : 'verdict verdict-pass'}>
            {decision.kind === 'pass'
              ? 'Publishing would go ahead.'
              : decision.level === 'error'
                ? `Publishing would be blocked (override: ${decision.override}).`
                : `Publishing would ask for confirmation (override: ${decision.override}).`}
          </p>
          {findings.length === 0 ? (
            <p data-testid="no-findings">No problems found.</p>
          ) : (
            <FindingList label="Findings for the sample post" text={text} findings={findings} onApply={applySuggestion} />
          )}
        </div>
      )}
    </section>
  );
}
