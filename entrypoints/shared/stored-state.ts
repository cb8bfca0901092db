// Typed reads of the ruleset-related storage.local keys, shared by the background, the options page
// and the content script so they agree on what is stored where.

import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from './protocol';
import type { PolicyStatus, StoredRuleset } from './protocol';

export type StoredRulesetState = {
  /** The last good ruleset loaded in the options page (file, paste or URL). */
  local?: StoredRuleset;
  /** The last good ruleset from enterprise policy. */
  policy?: StoredRuleset;
  policyStatus?: PolicyStatus;
  disabledRules: string[];
};

/** The storage.local keys whose change can change the effective ruleset or its status. */
export const RULESET_STATE_KEYS: readonly string[] = [
  STORAGE_KEYS.ruleset,
  STORAGE_KEYS.disabledRules,
  ADMIN_STORAGE_KEYS.policyRuleset,
  ADMIN_STORAGE_KEYS.policyStatus,
];

export type LocalArea = {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

export async function readRulesetState(area: LocalArea): Promise<StoredRulesetState> {
  const raw = await area.get([...RULESET_STATE_KEYS]);
  const disabled = raw[STORAGE_KEYS.disabledRules];
  return {
    local: (raw[STORAGE_KEYS.ruleset] ?? undefined) as StoredRuleset | undefined,
    policy: (raw[ADMIN_STORAGE_KEYS.policyRuleset] ?? undefined) as StoredRuleset | undefined,
    policyStatus: (raw[ADMIN_STORAGE_KEYS.policyStatus] ?? undefined) as PolicyStatus | undefined,
    disabledRules: Array.isArray(disabled) ? disabled.filter((id): id is string => typeof id === 'string') : [],
  };
}

/** Admin's rule switches, written by the background when the admin console asks (settings-messages.ts). */
export async function writeDisabledRules(area: LocalArea, ruleIds: string[]): Promise<void> {
  await area.set({ [STORAGE_KEYS.disabledRules]: [...new Set(ruleIds)].sort() });
}
