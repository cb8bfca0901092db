// Loading a ruleset from a file, a URL or pasted text. The background validates it; until it
// answers the form is busy, and a refusal leaves the active ruleset untouched.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { DEFAULT_REFRESH_MINUTES, MIN_REFRESH_MINUTES } from '../../entrypoints/shared/managed-policy';
import { useAdmin } from './admin-store';

type Mode = 'file' | 'url' | 'paste';

const MODE_LABELS: Record<Mode, string> = { file: 'File', url: 'URL', paste: 'Paste' };

export function RulesetLoader() {
  const locked = useAdmin((s) => s.snapshot?.effective.locked ?? false);
  const busy = useAdmin((s) => s.busy);
  const loadText = useAdmin((s) => s.loadText);
  const loadUrl = useAdmin((s) => s.loadUrl);
  const [mode, setMode] = useState<Mode>('paste');
  const [pasted, setPasted] = useState('');
  const [url, setUrl] = useState('');
  const [sha256, setSha256] = useState('');
  // Kept as typed; clamping while typing would turn "3" into 15 before the admin types "30".
  const [minutes, setMinutes] = useState(String(DEFAULT_REFRESH_MINUTES));
  const ids = { pasted: useId(), file: useId(), url: useId(), sha: useId(), minutes: useId(), modes: useId() };
  const working = busy === 'load' || busy === 'url';

  async function onFile(files: FileList | null) {
    const file = files?.[0];
    if (file) await loadText(await file.text(), { kind: 'file', name: file.name });
  }

  function onPaste(event: FormEvent) {
    event.preventDefault();
    if (pasted.trim()) void loadText(pasted, { kind: 'paste' });
  }

  function onUrl(event: FormEvent) {
    event.preventDefault();
    // Called straight from the submit event: permission prompts need the user's gesture.
    void loadUrl(url.trim(), sha256.trim() || undefined, Math.max(MIN_REFRESH_MINUTES, Number.parseInt(minutes, 10) || DEFAULT_REFRESH_MINUTES));
  }

  return (
    <section aria-labelledby="load-title">
      <h2 id="load-title">Load a ruleset</h2>
      {locked && <p className="hint">Loading is turned off: your organisation manages the ruleset.</p>}
      <fieldset disabled={locked || working} aria-busy={working}>
        <legend id={ids.modes}>Source</legend>
        <div role="radiogroup" aria-labelledby={ids.modes} className="modes">
          {(Object.keys(MODE_LABELS) as Mode[]).map((m) => (
            <label key={m}>
              <input type="radio" name="ruleset-source" value={m} checked={mode === m} onChange={() => setMode(m)} /> {MODE_LABELS[m]}
            </label>
          ))}
        </div>

        {mode === 'file' && (
          <p>
            <label htmlFor={ids.file}>Ruleset file (YAML or JSON)</label>
            <input id={ids.file} type="file" accept=".yaml,.yml,.json,application/json,text/yaml" onChange={(e) => void onFile(e.target.files)} />
          </p>
        )}

        {mode === 'paste' && (
          <form onSubmit={onPaste}>
            <label htmlFor={ids.pasted}>Ruleset text (YAML or JSON)</label>
            <textarea id={ids.pasted} rows={14} spellCheck={false} value={pasted} onChange={(e) => setPasted(e.target.value)} />
            <button type="submit">Load pasted ruleset</button>
          </form>
        )}

        {mode === 'url' && (
          <form onSubmit={onUrl}>
            <p>
              <label htmlFor={ids.url}>Ruleset URL (https)</label>
              <input id={ids.url} type="url" required pattern="https://.*" value={url} onChange={(e) => setUrl(e.target.value)} />
            </p>
            <p>
              <label htmlFor={ids.sha}>Pinned SHA-256 (optional)</label>
              <input id={ids.sha} type="text" spellCheck={false} pattern="[0-9a-fA-F]{64}" value={sha256} onChange={(e) => setSha256(e.target.value)} />
            </p>
            <p>
              <label htmlFor={ids.minutes}>Refresh every (minutes)</label>
              <input
                id={ids.minutes}
                type="number"
                min={MIN_REFRESH_MINUTES}
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
            </p>
            <p className="hint">Your browser will ask to allow Clearpost to read this one site; that fetch is the only network request it makes.</p>
            <button type="submit">Load from URL</button>
          </form>
        )}
      </fieldset>
      {working && (
        <p role="status" data-testid="loading">
          Checking the ruleset and its examples…
        </p>
      )}
    </section>
  );
}
