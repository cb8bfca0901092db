// What the admin console needs from the extension, as one seam: the real implementation talks to
// the background and storage; component tests pass one built on wxt's fake browser.

import { createEffectiveResolver } from '../../entrypoints/shared/effective-ruleset';
import type { EffectiveInputs, EffectiveRuleset, StorageEvents } from '../../entrypoints/shared/effective-ruleset';
import { extensionApi } from '../../entrypoints/shared/extension-api';
import { readManagedPolicy } from '../../entrypoints/shared/managed-policy';
import { watchStorageSerially } from '../../entrypoints/shared/storage-watch';
import type { ParsedPolicy } from '../../entrypoints/shared/managed-policy';
import { STORAGE_KEYS } from '../../entrypoints/shared/protocol';
import type { AdminMessage, AdminReply, AuditEvent, Message } from '../../entrypoints/shared/protocol';
import { readRulesetState } from '../../entrypoints/shared/stored-state';
import type { StoredRulesetState } from '../../entrypoints/shared/stored-state';

/** Everything the console shows, read together so the panels never disagree. */
export type AdminSnapshot = {
  stored: StoredRulesetState;
  policy: ParsedPolicy;
  effective: EffectiveRuleset;
  audit: AuditEvent[];
};

export interface AdminApi {
  send(message: AdminMessage): Promise<AdminReply>;
  /** Calls back with a fresh snapshot now and whenever extension storage changes. */
  watch(onSnapshot: (snapshot: AdminSnapshot) => void): () => void;
  setDisabledRules(ruleIds: string[]): Promise<void>;
  /** Asks the browser for access to the ruleset URL's host (the background fetches it). */
  requestHostAccess(url: string): Promise<boolean>;
}

type StorageApi = StorageEvents;

export async function readSnapshot(
  storage: StorageApi,
  resolve: (inputs: EffectiveInputs) => { effective: EffectiveRuleset } = createEffectiveResolver(),
): Promise<AdminSnapshot> {
  const [stored, policy, auditRaw] = await Promise.all([
    readRulesetState(storage.local),
    readManagedPolicy(storage.managed),
    storage.local.get([STORAGE_KEYS.audit]),
  ]);
  const audit = auditRaw[STORAGE_KEYS.audit];
  const effective = resolve({ ...stored, managed: policy.policy }).effective;
  return { stored, policy, effective, audit: Array.isArray(audit) ? (audit as AuditEvent[]) : [] };
}

export function watchSnapshots(storage: StorageApi, onSnapshot: (snapshot: AdminSnapshot) => void): () => void {
  const resolve = createEffectiveResolver();
  return watchStorageSerially(
    storage.onChanged,
    (_changes, area) => area === 'local' || area === 'managed',
    async (isActive) => {
      const snapshot = await readSnapshot(storage, resolve);
      if (isActive()) onSnapshot(snapshot);
    },
  );
}

/** Origin pattern for the optional host permission covering `url`. */
export function hostPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export function createBrowserAdminApi(): AdminApi {
  const browser = extensionApi();
  const storage = browser.storage as unknown as StorageApi;
  return {
    send: (message) => browser.runtime.sendMessage(message) as Promise<AdminReply>,
    watch: (onSnapshot) => watchSnapshots(storage, onSnapshot),
    // The background writes it (it owns the storage) and audits the switch.
    setDisabledRules: async (ruleIds) => {
      const message: Message = { type: 'rules-disabled', ruleIds };
      const reply = (await browser.runtime.sendMessage(message)) as { ok: boolean } | undefined;
      if (!reply?.ok) throw new Error('the background refused the rule switch');
    },
    requestHostAccess: (url) => browser.permissions.request({ origins: [hostPattern(url)] }),
  };
}
