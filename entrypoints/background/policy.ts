// Applying enterprise policy (storage.managed): the policy's ruleset, inline or from a URL, goes
// into its own slot so it wins without destroying what the admin loaded locally.

import { DEFAULT_REFRESH_MINUTES } from '../shared/managed-policy';
import type { ManagedPolicy } from '../shared/protocol';
import { summariseErrors } from './ruleset-store';
import type { RulesetStore } from './ruleset-store';
import { loadFromUrl, storedUrl } from './url-refresh';
import type { FetchLike } from './url-source';

export async function applyPolicy(policy: ManagedPolicy, store: RulesetStore, fetch: FetchLike): Promise<void> {
  const current = await store.read('policy');
  if (policy.rulesetInline !== undefined) {
    if (current?.source.kind === 'policy' && current.source.url === undefined && current.text === policy.rulesetInline) return;
    const reply = await store.accept('policy', policy.rulesetInline, { kind: 'policy' });
    if (!reply.ok) await store.recordPolicyProblem(`the inline ruleset was refused: ${summariseErrors(reply.errors)}`);
    return;
  }
  if (policy.rulesetUrl !== undefined) {
    const refreshMinutes = policy.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
    // Same URL and pin: the scheduled refresh keeps it current; waking the worker must not refetch.
    if (storedUrl(current) === policy.rulesetUrl && current?.sha256 === policy.rulesetSha256) return;
    const reply = await loadFromUrl(store, 'policy', { url: policy.rulesetUrl, sha256: policy.rulesetSha256, refreshMinutes }, fetch);
    if (!reply.ok) await store.recordPolicyProblem(summariseErrors(reply.errors));
    return;
  }
  if (current) await store.clear('policy');
}
