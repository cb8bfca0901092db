// The background's ruleset source of truth: answers the options page, applies enterprise policy,
// and refreshes URL rulesets on an alarm. Browser APIs are passed in so tests drive the real logic.

import { MIN_REFRESH_MINUTES, DEFAULT_REFRESH_MINUTES, readManagedPolicy } from '../shared/managed-policy';
import type { AdminMessage, AdminReply, ManagedPolicy } from '../shared/protocol';
import type { LocalArea } from '../shared/stored-state';
import { applyPolicy } from './policy';
import { REFRESH_ALARM, refreshPeriod, syncRefreshAlarm } from './refresh-schedule';
import type { AlarmsApi } from './refresh-schedule';
import { refusal, RulesetStore } from './ruleset-store';
import { loadFromUrl, refreshSlot } from './url-refresh';
import { isHttpsUrl } from './url-source';
import type { FetchLike } from './url-source';

type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

export type BackgroundApis = {
  storage: {
    local: LocalArea;
    managed?: { get(keys?: null): Promise<Record<string, unknown>> };
    onChanged: Listener<[Record<string, unknown>, string]>;
  };
  alarms: AlarmsApi & { onAlarm: Listener<[{ name: string }]> };
  runtime: { onMessage: Listener<[unknown, unknown, (reply: unknown) => void]> };
};

const ADMIN_MESSAGE_TYPES = new Set<string>(['ruleset-load', 'ruleset-load-url', 'ruleset-refresh', 'ruleset-reset']);

export function isAdminMessage(message: unknown): message is AdminMessage {
  return typeof message === 'object' && message !== null && ADMIN_MESSAGE_TYPES.has((message as { type?: unknown }).type as string);
}

const LOCKED = 'Managed by your organisation: the ruleset settings are locked by policy.';

export function startRulesetService(apis: BackgroundApis, fetch: FetchLike, now?: () => Date) {
  const store = new RulesetStore(apis.storage.local, now);
  const readPolicy = async (): Promise<ManagedPolicy> => (await readManagedPolicy(apis.storage.managed)).policy;

  async function reschedule(policy: ManagedPolicy): Promise<void> {
    await syncRefreshAlarm(apis.alarms, refreshPeriod(policy, await store.read('local')));
  }

  async function reconcilePolicy(): Promise<void> {
    const policy = await readPolicy();
    await applyPolicy(policy, store, fetch);
    await reschedule(policy);
  }

  async function refreshAll(): Promise<void> {
    const policy = await readPolicy();
    if (policy.rulesetUrl !== undefined && policy.rulesetInline === undefined) await refreshSlot(store, 'policy', fetch);
    await refreshSlot(store, 'local', fetch);
  }

  async function handle(message: AdminMessage): Promise<AdminReply> {
    const policy = await readPolicy();
    if (message.type === 'ruleset-refresh') {
      await refreshAll();
      return { ok: true, active: (await store.read('local')) ?? null };
    }
    if (policy.locked) return refusal(LOCKED);
    let reply: AdminReply;
    switch (message.type) {
      case 'ruleset-load':
        reply = await store.accept('local', message.text, message.source);
        break;
      case 'ruleset-load-url': {
        if (!isHttpsUrl(message.url)) return refusal('ruleset URLs must use https', 'url');
        const sha256 = message.sha256?.trim().toLowerCase() || undefined;
        if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256)) return refusal('the SHA-256 pin must be 64 hex digits', 'sha256');
        const refreshMinutes = Math.max(MIN_REFRESH_MINUTES, message.refreshMinutes ?? DEFAULT_REFRESH_MINUTES);
        reply = await loadFromUrl(store, 'local', { url: message.url, sha256, refreshMinutes }, fetch);
        break;
      }
      case 'ruleset-reset':
        await store.clear('local');
        reply = { ok: true, active: null };
        break;
    }
    await reschedule(policy);
    return reply;
  }

  apis.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isAdminMessage(message)) return false;
    handle(message).then(sendResponse, (error: unknown) => sendResponse(refusal(`background error: ${String(error)}`)));
    return true; // keeps the channel open for the asynchronous reply (Chrome and Firefox)
  });
  apis.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll();
  });
  apis.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void reconcilePolicy();
  });

  return { store, handle, refreshAll, ready: reconcilePolicy() };
}
