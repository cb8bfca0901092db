// Loading and refreshing URL rulesets: fetch, then hand the text to the store, which refuses
// anything invalid. A failed or refused refresh only updates the status; the last good text stays.

import type { AdminReply, StoredRuleset } from '../shared/protocol';
import { refusal, summariseErrors } from './ruleset-store';
import type { RulesetSlot, RulesetStore } from './ruleset-store';
import { fetchRulesetText } from './url-source';
import type { FetchLike, FetchOutcome } from './url-source';

export type UrlTarget = { url: string; sha256?: string; refreshMinutes: number };

export function storedUrl(active: StoredRuleset | undefined): string | undefined {
  const source = active?.source;
  return source && (source.kind === 'url' || source.kind === 'policy') ? source.url : undefined;
}

/** What a fetch tells about the stored ruleset besides its text: validators and redirect hops. */
function fetchDetails(outcome: Extract<FetchOutcome, { kind: 'fetched' }>) {
  return { etag: outcome.etag, lastModified: outcome.lastModified, redirects: outcome.redirects };
}

/** First load of a URL: nothing is stored unless the fetched ruleset is accepted. */
export async function loadFromUrl(store: RulesetStore, slot: RulesetSlot, target: UrlTarget, fetch: FetchLike): Promise<AdminReply> {
  const outcome = await fetchRulesetText(target.url, { sha256: target.sha256, fetch });
  if (outcome.kind === 'failed') return refusal(outcome.error);
  if (outcome.kind === 'not-modified') return refusal(`unexpected 304 Not Modified from ${target.url}`);
  const at = store.timestamp();
  return store.accept(slot, outcome.text, slot === 'policy' ? { kind: 'policy', url: target.url } : { kind: 'url', url: target.url }, {
    ...fetchDetails(outcome),
    sha256: target.sha256,
    refreshMinutes: target.refreshMinutes,
    lastRefreshAt: at,
    lastRefreshOkAt: at,
  });
}

/** Scheduled refresh of the slot's URL ruleset, if it has one. Returns what is stored afterwards. */
export async function refreshSlot(store: RulesetStore, slot: RulesetSlot, fetch: FetchLike): Promise<StoredRuleset | undefined> {
  const current = await store.read(slot);
  const url = storedUrl(current);
  if (!current || !url) return current;
  const outcome = await fetchRulesetText(url, {
    validators: { etag: current.etag, lastModified: current.lastModified },
    sha256: current.sha256,
    fetch,
  });
  const at = store.timestamp();
  if (outcome.kind === 'failed') return store.recordRefresh(slot, { lastRefreshAt: at, lastRefreshError: outcome.error });
  const ok = { lastRefreshAt: at, lastRefreshOkAt: at, lastRefreshError: undefined };
  if (outcome.kind === 'not-modified' || outcome.text === current.text) {
    return store.recordRefresh(slot, { ...ok, ...(outcome.kind === 'fetched' ? fetchDetails(outcome) : {}) });
  }
  const { text: _old, source, loadedAt: _loaded, ...settings } = current;
  const reply = await store.accept(slot, outcome.text, source, { ...settings, ...ok, ...fetchDetails(outcome) });
  if (reply.ok) return reply.active ?? undefined;
  return store.recordRefresh(slot, { lastRefreshAt: at, lastRefreshError: `refused the new version: ${summariseErrors(reply.errors)}` });
}
