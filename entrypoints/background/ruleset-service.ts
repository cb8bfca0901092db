// The background's ruleset source of truth: answers the options page, applies enterprise policy,
// and refreshes URL rulesets on an alarm. Browser APIs are passed in so tests drive the real logic.

import { z } from 'zod';
import { MIN_REFRESH_MINUTES, DEFAULT_REFRESH_MINUTES, readManagedPolicy } from '../shared/managed-policy';
import type { AdminMessage, AdminReply, ManagedPolicy, RulesetRefusal } from '../shared/protocol';
import type { LocalArea } from '../shared/stored-state';
import { applyPolicy } from './policy';
import { REFRESH_ALARM, refreshPeriod, syncRefreshAlarm } from './refresh-schedule';
import type { AlarmsApi } from './refresh-schedule';
import { refusal, RulesetStore } from './ruleset-store';
import { loadFromUrl, refreshSlot, storedUrl } from './url-refresh';
import { isExtensionPage, selfFrom, type Sender } from './senders';
import { isHttpsUrl, MAX_RULESET_BYTES } from './url-source';
import type { FetchLike } from './url-source';

type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

export type BackgroundApis = {
  storage: {
    local: LocalArea;
    managed?: { get(keys?: null): Promise<Record<string, unknown>> };
    onChanged: Listener<[Record<string, unknown>, string]>;
  };
  alarms: AlarmsApi & { onAlarm: Listener<[{ name: string }]> };
  runtime: { id: string; getURL(path: string): string; onMessage: Listener<[unknown, Sender, (reply: unknown) => void]> };
};

const ADMIN_MESSAGE_TYPES = new Set<string>(['ruleset-load', 'ruleset-load-url', 'ruleset-refresh', 'ruleset-reset']);

export function isAdminMessage(message: unknown): message is AdminMessage {
  return typeof message === 'object' && message !== null && ADMIN_MESSAGE_TYPES.has((message as { type?: unknown }).type as string);
}

/**
 * What an admin message may hold. Unknown fields are dropped, so a source is always the one the
 * background derives: a pasted or file ruleset can never claim to be a URL that refreshes later.
 */
const adminMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ruleset-load'),
    text: z.string().max(MAX_RULESET_BYTES),
    // (console: the profile and tuning forms' edited ruleset)
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('file'), name: z.string().min(1).max(260) }),
      z.object({ kind: z.literal('paste') }),
      z.object({ kind: z.literal('console') }),
    ]),
  }),
  z.object({
    type: z.literal('ruleset-load-url'),
    url: z.string().max(2048),
    sha256: z.string().max(80).optional(),
    refreshMinutes: z.number().int().positive().max(7 * 24 * 60).optional(),
  }),
  z.object({ type: z.literal('ruleset-refresh') }),
  z.object({ type: z.literal('ruleset-reset') }),
]);

/** The message as the background will act on it, or a refusal naming the bad field. */
export function parseAdminMessage(message: unknown): AdminMessage | RulesetRefusal {
  const parsed = adminMessageSchema.safeParse(message);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return refusal(`malformed request: ${issue?.message ?? 'invalid'}`, issue?.path.join('.') ?? '');
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
    if (policy.rulesetUrl !== undefined && policy.rulesetInline === undefined) {
      // Refresh what the policy names now: after IT moved the URL, the old one is not fetched again
      // (that would clear the new URL's error); the new one is loaded until it succeeds.
      const current = await store.read('policy');
      if (storedUrl(current) === policy.rulesetUrl) await refreshSlot(store, 'policy', fetch);
      else await applyPolicy(policy, store, fetch);
    }
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

  const self = selfFrom(apis.runtime);
  apis.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isAdminMessage(message)) return false;
    // Content scripts live in sites' pages: they never change what every tab checks with.
    if (!isExtensionPage(sender, self)) {
      sendResponse(refusal('only the admin console can change rulesets'));
      return false;
    }
    const parsed = parseAdminMessage(message);
    if ('ok' in parsed) {
      sendResponse(parsed);
      return false;
    }
    handle(parsed).then(sendResponse, (error: unknown) => sendResponse(refusal(`background error: ${String(error)}`)));
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
