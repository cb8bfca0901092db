// Settings that change what gets checked are audited by the background, whoever wrote them: a site
// paused or resumed from the popup (stamped with its end, reverted where policy forbids pausing,
// ended by an alarm when it expires) and rules switched on or off in the admin console.

import { DEFAULT_PAUSE_MINUTES, pauseAllowedBy, readManagedPolicy } from '../shared/managed-policy';
import { STORAGE_KEYS, type AuditEvent, type ManagedPolicy } from '../shared/protocol';
import type { LocalArea } from '../shared/stored-state';
import { PLATFORMS, type Platform } from '../../rules/types';
import type { AuditLog } from './audit';

export const PAUSE_ALARM = 'clearpost.pause-expiry';

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

export type SettingsAuditApis = {
  storage: {
    local: LocalArea;
    managed?: { get(keys?: null): Promise<Record<string, unknown>> };
    onChanged: Listener<[Record<string, Change>, string]>;
  };
  alarms: { create(name: string, info: { when: number }): unknown; clear(name: string): Promise<boolean>; onAlarm: Listener<[{ name: string }]> };
};

const sitesIn = (value: unknown): Platform[] =>
  Array.isArray(value) ? value.filter((p): p is Platform => (PLATFORMS as readonly unknown[]).includes(p)) : [];
const idsIn = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
type Until = Partial<Record<Platform, string>>;

export function watchAuditedSettings(apis: SettingsAuditApis, log: AuditLog, now: () => Date = () => new Date()) {
  const { local } = apis.storage;
  /** Why the background itself is ending a pause, so the resulting change is logged with that cause. */
  const ending = new Map<Platform, 'expired' | 'policy'>();
  const readPolicy = async (): Promise<ManagedPolicy> => (await readManagedPolicy(apis.storage.managed)).policy;
  const event = (action: AuditEvent['action'], extra: Partial<AuditEvent> = {}): AuditEvent => ({ at: now().toISOString(), ruleIds: [], action, ...extra });

  async function readPauses(): Promise<{ sites: Platform[]; until: Until }> {
    const items = await local.get([STORAGE_KEYS.pausedSites, STORAGE_KEYS.pausedUntil]);
    return { sites: sitesIn(items[STORAGE_KEYS.pausedSites]), until: (items[STORAGE_KEYS.pausedUntil] ?? {}) as Until };
  }

  async function scheduleExpiry(until: Until): Promise<void> {
    const ends = Object.values(until).map((iso) => Date.parse(iso ?? '')).filter(Number.isFinite);
    if (ends.length === 0) await apis.alarms.clear(PAUSE_ALARM);
    else apis.alarms.create(PAUSE_ALARM, { when: Math.min(...ends) });
  }

  /** Ends the pauses of `sites` (the change listener then logs them as resumed, with `cause`). */
  async function endPauses(sites: Platform[], cause: 'expired' | 'policy'): Promise<void> {
    if (sites.length === 0) return;
    for (const site of sites) ending.set(site, cause);
    const { sites: paused } = await readPauses();
    await local.set({ [STORAGE_KEYS.pausedSites]: paused.filter((s) => !sites.includes(s)) });
  }

  async function pausesChanged(change: Change): Promise<void> {
    const before = sitesIn(change.oldValue);
    const after = sitesIn(change.newValue);
    const { until } = await readPauses();
    const policy = await readPolicy();
    const added = after.filter((s) => !before.includes(s));
    const removed = before.filter((s) => !after.includes(s));
    if (added.length > 0 && !pauseAllowedBy(policy)) {
      // Pausing is not allowed: undo it (the change this causes is logged as resumed by policy).
      for (const site of added) ending.set(site, 'policy');
      await local.set({ [STORAGE_KEYS.pausedSites]: after.filter((s) => !added.includes(s)) });
      return;
    }
    const minutes = policy.pauseMinutes ?? DEFAULT_PAUSE_MINUTES;
    for (const site of added) {
      until[site] = new Date(now().getTime() + minutes * 60_000).toISOString();
      await log.append(event('paused', { platform: site, until: until[site] }));
    }
    for (const site of removed) {
      delete until[site];
      await log.append(event('resumed', { platform: site, detail: ending.get(site) ?? 'user' }));
      ending.delete(site);
    }
    await local.set({ [STORAGE_KEYS.pausedUntil]: until });
    await scheduleExpiry(until);
  }

  async function expire(): Promise<void> {
    const { sites, until } = await readPauses();
    const t = now().getTime();
    await endPauses(
      sites.filter((s) => until[s] !== undefined && Date.parse(until[s]!) <= t),
      'expired',
    );
  }

  async function rulesToggled(change: Change): Promise<void> {
    const before = idsIn(change.oldValue);
    const after = idsIn(change.newValue);
    const off = after.filter((id) => !before.includes(id));
    const on = before.filter((id) => !after.includes(id));
    if (off.length > 0) await log.append(event('rule-toggled', { ruleIds: off, detail: 'off' }));
    if (on.length > 0) await log.append(event('rule-toggled', { ruleIds: on, detail: 'on' }));
  }

  // One change at a time: each step reads what the previous one wrote.
  let queue = Promise.resolve();
  const serially = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((error: unknown) => console.error('Clearpost: auditing a settings change failed', error));
    return queue;
  };

  apis.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      void serially(async () => {
        if (!pauseAllowedBy(await readPolicy())) await endPauses((await readPauses()).sites, 'policy');
      });
      return;
    }
    if (area !== 'local') return;
    const paused = changes[STORAGE_KEYS.pausedSites];
    const disabled = changes[STORAGE_KEYS.disabledRules];
    if (paused) void serially(() => pausesChanged(paused));
    if (disabled) void serially(() => rulesToggled(disabled));
  });
  apis.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PAUSE_ALARM) void serially(expire);
  });
  // A pause that ended while the browser was closed.
  return { ready: serially(expire) };
}

/** For the log: which ruleset, by its own name and version, from which kind of source. */
export function rulesetIdentity(effective: { ruleset: { name?: string; version?: string }; source: { kind: string } }): string {
  return [effective.source.kind, effective.ruleset.name ?? '', effective.ruleset.version ?? ''].join(' ').trim();
}
