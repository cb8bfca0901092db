// A draft written anywhere (a scheduler, an email, a document) checked in the popup: the same
// checker, finding cards and fixes as the composers, then the fixed text copied back. The draft
// lives in this popup only: it is never stored, and closing the popup forgets it.

import { useId, useMemo, useState } from 'react';
import { PLATFORMS } from '../../rules/types';
import type { Platform } from '../../rules/types';
import { decideGate } from '../../entrypoints/content/gate/policy';
import { FindingList } from '../findings/FindingList';
import { FINDINGS_CSS } from '../findings/styles';
import { PLATFORM_NAMES } from '../platform-names';
import type { PopupState } from './popup-store';

export function QuickCheck({ state, initialPlatform }: { state: PopupState; initialPlatform: Platform }) {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>(initialPlatform);
  const [copied, setCopied] = useState<string | null>(null);
  const ids = { text: useId(), platform: useId(), title: useId() };
  const { checker, gate } = state;
  const findings = useMemo(() => (checker && text.trim() ? checker.check(text, { platform }) : []), [checker, text, platform]);
  const decision = decideGate(findings, gate);

  function apply(index: number, suggestion: string) {
    const finding = findings[index];
    if (finding) setText(text.slice(0, finding.start) + suggestion + text.slice(finding.end));
    setCopied(null);
  }

  async function copy() {
    try {
      await state.copyText(text);
      setCopied('Copied. Paste it where you are writing.');
    } catch {
      setCopied('Couldn’t copy: select the text and copy it by hand.');
    }
  }

  return (
    <section aria-labelledby={ids.title} className="quick-check" data-testid="quick-check">
      <style>{FINDINGS_CSS}</style>
      <h2 id={ids.title}>Check a draft</h2>
      <label htmlFor={ids.text}>Paste a draft written anywhere</label>
      <textarea
        id={ids.text}
        rows={4}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setCopied(null);
        }}
      />
      <div className="row">
        <label htmlFor={ids.platform}>For</label>
        <select id={ids.platform} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void copy()} disabled={!text}>
          Copy text
        </button>
      </div>
      {copied && <p role="status">{copied}</p>}
      {!checker && text && <p role="status">Reading the ruleset…</p>}
      {checker && text.trim() && (
        <div aria-live="polite" data-testid="quick-results">
          <p className={decision.kind === 'stop' ? 'verdict verdict-stop' : 'verdict verdict-pass'}>
            {decision.kind === 'pass' ? (findings.length === 0 ? 'No problems found.' : 'Fine to post; see the notes below.') : decision.level === 'error' ? 'This would be held back: fix the errors first.' : 'This would ask for confirmation.'}
          </p>
          {findings.length > 0 && <FindingList label="Findings in the draft" text={text} findings={findings} onApply={apply} />}
        </div>
      )}
    </section>
  );
}
