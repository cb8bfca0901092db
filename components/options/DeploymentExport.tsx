// The ruleset ready to deploy: the file to host at a URL (with the SHA-256 to pin it by) and the
// Chrome policy JSON that carries it inline, for Google Admin or the registry.

import { useEffect, useId, useState } from 'react';
import { useDraftText } from './draft-hooks';
import { downloadText } from './download';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Google Admin's "Policy for extensions" format: each key wrapped in { Value }. */
export function inlinePolicyJson(text: string): string {
  return JSON.stringify({ rulesetInline: { Value: text }, locked: { Value: true } }, null, 2) + '\n';
}

export function DeploymentExport() {
  const current = useDraftText();
  const [hash, setHash] = useState('');
  const ids = { yaml: useId(), policy: useId() };
  const text = current?.text ?? '';
  useEffect(() => {
    let live = true;
    void sha256Hex(text).then((hex) => live && setHash(hex));
    return () => {
      live = false;
    };
  }, [text]);
  if (!current) return null;

  return (
    <section aria-labelledby="deploy-title" data-testid="deployment-export">
      <h2 id="deploy-title">Deploy to your organisation</h2>
      {current.edited && <p className="notice">This includes your unsaved changes from Profile and Rules.</p>}
      <h3>As a file at a URL</h3>
      <p>
        Host this file on an https server your browsers can reach, then set the policy key <code>rulesetUrl</code> to its address. Pin it with{' '}
        <code>rulesetSha256</code>: <code data-testid="ruleset-sha256">{hash}</code>
      </p>
      <div className="field">
        <label htmlFor={ids.yaml}>Ruleset (YAML)</label>
        <textarea id={ids.yaml} rows={10} readOnly spellCheck={false} value={text} data-testid="export-yaml" />
      </div>
      <button type="button" onClick={() => downloadText('clearpost-ruleset.yaml', 'application/yaml', text)}>
        Download ruleset (YAML)
      </button>
      <h3>Inline in the browser policy</h3>
      <div className="field">
        <label htmlFor={ids.policy}>Policy for extensions (JSON, Google Admin format)</label>
        <textarea id={ids.policy} rows={6} readOnly spellCheck={false} value={inlinePolicyJson(text)} />
      </div>
      <button type="button" onClick={() => downloadText('clearpost-policy.json', 'application/json', inlinePolicyJson(text))}>
        Download policy JSON
      </button>
    </section>
  );
}
