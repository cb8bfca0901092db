// Content scripts check drafts with the ruleset the background resolved, stored as plain data
// (STORAGE_KEYS.effective) and handed to them by message (content-state.ts), so the pages never
// parse or validate rulesets: that keeps the loader
// (zod, yaml, redos-detector, the packs' YAML) out of the content bundle and every tab from
// re-parsing the packs on load. The decision itself is resolveEffectiveRuleset's; this is transport.

import { storedForm, subscribeEffectiveRuleset, type EffectiveRuleset } from '../shared/effective-ruleset';
import type { StorageEvents } from '../shared/effective-ruleset';
import { STORAGE_KEYS } from '../shared/protocol';
import type { StoredEffectiveRuleset } from '../shared/protocol';
import { rulesetIdentity } from './settings-audit';

export type PublisherApis = { storage: StorageEvents };

export type PublisherOptions = {
  /** Called with each new effective ruleset (the background keeps its checker for override reasons). */
  onEffective?: (effective: EffectiveRuleset) => void;
  /** The published ruleset became a different one (`identity`: source kind, name, version). */
  onRulesetChanged?: (identity: string) => void;
};

const KEY = STORAGE_KEYS.effective;

export type Publisher = {
  stop(): void;
  /** Resolves once the current effective ruleset is stored (the first resolution included). */
  published(): Promise<void>;
};

/**
 * Writes the effective ruleset now and whenever its inputs change (the service worker runs this on
 * every start, install and update included), and again if it went missing.
 */
export function publishEffectiveRuleset(apis: PublisherApis, { onEffective, onRulesetChanged }: PublisherOptions = {}): Publisher {
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

  let firstResolution: () => void = () => undefined;
  const resolved = new Promise<void>((resolve) => (firstResolution = resolve));
  const stop = subscribeEffectiveRuleset((effective) => {
    onEffective?.(effective);
    latest = storedForm(effective);
    void queueWrite();
    firstResolution();
  }, apis.storage);

  const published = async () => {
    await resolved;
    await writes;
    if ((await local.get([KEY]))[KEY] === undefined) await queueWrite();
  };
  return { stop, published };
}
