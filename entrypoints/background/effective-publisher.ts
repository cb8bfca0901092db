// Content scripts check drafts with the ruleset the background resolved, stored as plain data
// (STORAGE_KEYS.effective), so the pages never parse or validate rulesets: that keeps the loader
// (zod, yaml, redos-detector, the packs' YAML) out of the content bundle and every tab from
// re-parsing the packs on load. The decision itself is resolveEffectiveRuleset's; this is transport.

import { storedForm, subscribeEffectiveRuleset, type EffectiveRuleset } from '../shared/effective-ruleset';
import type { StorageEvents } from '../shared/effective-ruleset';
import { STORAGE_KEYS } from '../shared/protocol';
import type { StoredEffectiveRuleset } from '../shared/protocol';
import { rulesetIdentity } from './settings-audit';

type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

export type PublisherApis = {
  storage: StorageEvents;
  runtime: { onMessage: Listener<[unknown, unknown, (reply: unknown) => void]> };
};

export type PublisherOptions = {
  /** Called with each new effective ruleset (the background keeps its checker for override reasons). */
  onEffective?: (effective: EffectiveRuleset) => void;
  /** The published ruleset became a different one (`identity`: source kind, name, version). */
  onRulesetChanged?: (identity: string) => void;
};

const KEY = STORAGE_KEYS.effective;

function isEffectiveRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'effective-request';
}

/**
 * Writes the effective ruleset now and whenever its inputs change (the service worker runs this on
 * every start, install and update included), and again when a content script finds it missing.
 * Returns the unsubscribe function.
 */
export function publishEffectiveRuleset(apis: PublisherApis, { onEffective, onRulesetChanged }: PublisherOptions = {}): () => void {
  const { local } = apis.storage;
  let latest: StoredEffectiveRuleset | undefined;
  let writes = Promise.resolve();

  // A waking service worker resolves the same ruleset again: writing it unchanged would make every
  // open tab recompile, so only a different value is written.
  const writeIfChanged = async () => {
    if (!latest) return;
    const current = (await local.get([KEY]))[KEY] as StoredEffectiveRuleset | undefined;
    if (JSON.stringify(current) === JSON.stringify(latest)) return;
    await local.set({ [KEY]: latest });
    // Compared with what was stored, so a worker restart is not a change; the first install is none either.
    if (current?.ruleset && rulesetIdentity(current) !== rulesetIdentity(latest)) onRulesetChanged?.(rulesetIdentity(latest));
  };
  const queueWrite = () => {
    writes = writes.then(writeIfChanged).catch((error: unknown) => console.error('Clearpost: storing the effective ruleset failed', error));
    return writes;
  };

  const unsubscribe = subscribeEffectiveRuleset((effective) => {
    onEffective?.(effective);
    latest = storedForm(effective);
    void queueWrite();
  }, apis.storage);

  apis.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isEffectiveRequest(message)) return false;
    // Before the first resolution finishes, `latest` is unset and that resolution writes the key.
    queueWrite().then(() => sendResponse({ ok: true }));
    return true; // keeps the channel open for the asynchronous reply (Chrome and Firefox)
  });

  return unsubscribe;
}
