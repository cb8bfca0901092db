// Pauses and rule switches are audited by the background, whoever wrote them; a pause gets an end,
// expires on its alarm, and is undone where policy does not allow pausing.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAuditLog, type AuditStorage } from '../../../entrypoints/background/audit';
import { PAUSE_ALARM, watchAuditedSettings, type SettingsAuditApis } from '../../../entrypoints/background/settings-audit';
import { STORAGE_KEYS, type AuditEvent } from '../../../entrypoints/shared/protocol';

const T0 = new Date('2026-12-07T10:00:00.000Z');

function setup(managed: Record<string, unknown> = {}) {
  const events: AuditEvent[] = [];
  const store: AuditStorage = { read: async () => [...events], write: async (next) => void events.splice(0, events.length, ...next) };
  let now = T0;
  const apis = {
    ...fakeBrowser,
    storage: { ...fakeBrowser.storage, managed: { get: async () => managed } },
  } as unknown as SettingsAuditApis;
  const { ready } = watchAuditedSettings(apis, createAuditLog(store), () => now);
  return { events, ready, advance: (minutes: number) => (now = new Date(T0.getTime() + minutes * 60_000)) };
}

const local = fakeBrowser.storage.local;
const pausedSites = async () => (await local.get(STORAGE_KEYS.pausedSites))[STORAGE_KEYS.pausedSites];

beforeEach(() => fakeBrowser.reset());

it('logs a pause with its end and a resume by the user', async () => {
  const { events, ready } = setup({ pauseMinutes: 30 });
  await ready;
  await local.set({ [STORAGE_KEYS.pausedSites]: ['x'] });
  await vi.waitFor(() => expect(events).toHaveLength(1));
  expect(events[0]).toEqual({ at: T0.toISOString(), ruleIds: [], action: 'paused', platform: 'x', until: '2026-12-07T10:30:00.000Z' });
  expect((await local.get(STORAGE_KEYS.pausedUntil))[STORAGE_KEYS.pausedUntil]).toEqual({ x: '2026-12-07T10:30:00.000Z' });
  await local.set({ [STORAGE_KEYS.pausedSites]: [] });
  await vi.waitFor(() => expect(events.map((e) => [e.action, e.detail])).toEqual([['paused', undefined], ['resumed', 'user']]));
});

it('ends a pause when its alarm fires after the end', async () => {
  const { events, ready, advance } = setup();
  await ready;
  await local.set({ [STORAGE_KEYS.pausedSites]: ['facebook'] });
  await vi.waitFor(() => expect(events).toHaveLength(1));
  advance(61);
  await fakeBrowser.alarms.onAlarm.trigger({ name: PAUSE_ALARM, scheduledTime: 0 });
  await vi.waitFor(() => expect(events.map((e) => [e.action, e.platform, e.detail])).toEqual([['paused', 'facebook', undefined], ['resumed', 'facebook', 'expired']]));
  expect(await pausedSites()).toEqual([]);
});

it('undoes a pause under a locked policy (pausing is off by default there) and logs why', async () => {
  const { events, ready } = setup({ locked: true });
  await ready;
  await local.set({ [STORAGE_KEYS.pausedSites]: ['linkedin'] });
  await vi.waitFor(() => expect(events.map((e) => [e.action, e.detail])).toEqual([['resumed', 'policy']]));
  expect(await pausedSites()).toEqual([]);
});

it('logs rules switched off and on', async () => {
  const { events, ready } = setup();
  await ready;
  await local.set({ [STORAGE_KEYS.disabledRules]: ['tone/cure', 'brand/name'] });
  await local.set({ [STORAGE_KEYS.disabledRules]: ['brand/name'] });
  await vi.waitFor(() =>
    expect(events.map((e) => [e.action, e.ruleIds, e.detail])).toEqual([
      ['rule-toggled', ['tone/cure', 'brand/name'], 'off'],
      ['rule-toggled', ['tone/cure'], 'on'],
    ]),
  );
});
