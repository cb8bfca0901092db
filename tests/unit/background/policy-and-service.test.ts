import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPolicy } from '../../../entrypoints/background/policy';
import { REFRESH_ALARM, refreshPeriod } from '../../../entrypoints/background/refresh-schedule';
import { RulesetStore } from '../../../entrypoints/background/ruleset-store';
import { parseAdminMessage, startRulesetService } from '../../../entrypoints/background/ruleset-service';
import type { BackgroundApis } from '../../../entrypoints/background/ruleset-service';
import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { fakeServer } from './fake-server';
import { INVALID_SEVERITY, RIVERSIDE, RIVERSIDE_V2 } from './rulesets';

const POLICY_URL = 'https://it.example/clearpost.yaml';
const store = () => new RulesetStore(fakeBrowser.storage.local);

async function read(key: string) {
  return (await fakeBrowser.storage.local.get(key))[key];
}

beforeEach(() => fakeBrowser.reset());

describe('applyPolicy', () => {
  it('stores an inline policy ruleset in its own slot and leaves the local one alone', async () => {
    const s = store();
    await s.accept('local', RIVERSIDE_V2, { kind: 'paste' });
    await applyPolicy({ rulesetInline: RIVERSIDE }, s, fakeServer().fetch);
    expect(await read(ADMIN_STORAGE_KEYS.policyRuleset)).toMatchObject({ source: { kind: 'policy' }, text: RIVERSIDE });
    expect(await read(STORAGE_KEYS.ruleset)).toMatchObject({ text: RIVERSIDE_V2 });
  });

  it('records why an invalid inline policy ruleset was refused and keeps the last good one', async () => {
    const s = store();
    await applyPolicy({ rulesetInline: RIVERSIDE }, s, fakeServer().fetch);
    await applyPolicy({ rulesetInline: INVALID_SEVERITY }, s, fakeServer().fetch);
    expect(await read(ADMIN_STORAGE_KEYS.policyRuleset)).toMatchObject({ text: RIVERSIDE });
    expect(await read(ADMIN_STORAGE_KEYS.policyStatus)).toMatchObject({ error: expect.stringMatching(/inline ruleset was refused: rules\[0\]\.severity/) });
  });

  it('fetches a policy URL once; later wake-ups leave refreshing to the alarm', async () => {
    const s = store();
    const server = fakeServer({ status: 200, body: RIVERSIDE });
    await applyPolicy({ rulesetUrl: POLICY_URL }, s, server.fetch);
    await applyPolicy({ rulesetUrl: POLICY_URL }, s, server.fetch);
    expect(server.requests).toHaveLength(1);
    expect(await read(ADMIN_STORAGE_KEYS.policyRuleset)).toMatchObject({ source: { kind: 'policy', url: POLICY_URL }, text: RIVERSIDE });
  });

  it('records a failed first fetch of the policy URL', async () => {
    await applyPolicy({ rulesetUrl: POLICY_URL }, store(), fakeServer({ status: 404 }).fetch);
    expect(await read(ADMIN_STORAGE_KEYS.policyRuleset)).toBeUndefined();
    expect(await read(ADMIN_STORAGE_KEYS.policyStatus)).toMatchObject({ error: `HTTP 404 from ${POLICY_URL}` });
  });

  it('drops the policy ruleset when the policy no longer sets one', async () => {
    const s = store();
    await applyPolicy({ rulesetInline: RIVERSIDE }, s, fakeServer().fetch);
    await applyPolicy({ locked: true }, s, fakeServer().fetch);
    expect(await read(ADMIN_STORAGE_KEYS.policyRuleset)).toBeUndefined();
  });
});

describe('refreshPeriod', () => {
  it('uses the shortest configured period, never below 15 minutes', () => {
    expect(refreshPeriod({}, undefined)).toBeUndefined();
    expect(refreshPeriod({ rulesetUrl: POLICY_URL }, undefined)).toBe(60);
    expect(refreshPeriod({ rulesetUrl: POLICY_URL, refreshMinutes: 30 }, undefined)).toBe(30);
    const localUrl = { source: { kind: 'url' as const, url: 'https://a.example/r' }, text: '', loadedAt: '', refreshMinutes: 5 };
    expect(refreshPeriod({ rulesetUrl: POLICY_URL, refreshMinutes: 30 }, localUrl)).toBe(15);
    expect(refreshPeriod({ rulesetInline: 'x', rulesetUrl: POLICY_URL }, undefined)).toBeUndefined();
  });
});

describe('ruleset service', () => {
  const apis = () => fakeBrowser as unknown as BackgroundApis;

  it('accepts the sources an admin page may name (file, paste, the console forms) and refuses a URL posing as one', () => {
    for (const source of [{ kind: 'file', name: 'r.yaml' }, { kind: 'paste' }, { kind: 'console' }]) {
      expect(parseAdminMessage({ type: 'ruleset-load', text: 'name: x', source })).toMatchObject({ type: 'ruleset-load', source });
    }
    expect(parseAdminMessage({ type: 'ruleset-load', text: 'name: x', source: { kind: 'url', url: 'https://attacker.example/r.yaml' } })).toMatchObject({ ok: false });
  });

  it('loads pasted text on request and refuses invalid text with its errors', async () => {
    const service = startRulesetService(apis(), fakeServer().fetch);
    await service.ready;
    expect(await service.handle({ type: 'ruleset-load', text: RIVERSIDE, source: { kind: 'paste' } })).toMatchObject({ ok: true });
    const refused = await service.handle({ type: 'ruleset-load', text: INVALID_SEVERITY, source: { kind: 'paste' } });
    expect(refused).toMatchObject({ ok: false, errors: [{ line: 6, column: 15 }] });
    expect(await read(STORAGE_KEYS.ruleset)).toMatchObject({ text: RIVERSIDE });
  });

  it('refuses every change while policy locks the ruleset', async () => {
    await fakeBrowser.storage.managed.set({ locked: true });
    const service = startRulesetService(apis(), fakeServer().fetch);
    await service.ready;
    const reply = await service.handle({ type: 'ruleset-load', text: RIVERSIDE, source: { kind: 'paste' } });
    expect(reply).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/^Managed by your organisation/) }] });
    expect(await service.handle({ type: 'ruleset-reset' })).toMatchObject({ ok: false });
    expect(await read(STORAGE_KEYS.ruleset)).toBeUndefined();
  });

  it('schedules the refresh alarm for a URL ruleset and refreshes when it fires', async () => {
    const server = fakeServer({ status: 200, body: RIVERSIDE, headers: { ETag: '"v1"' } }, { status: 200, body: RIVERSIDE_V2 });
    const service = startRulesetService(apis(), server.fetch);
    await service.ready;
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
    await service.handle({ type: 'ruleset-load-url', url: 'https://rules.example/r.yaml', refreshMinutes: 20 });
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 20 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await read(STORAGE_KEYS.ruleset)).toMatchObject({ text: RIVERSIDE_V2 }));
    expect(server.requests[1]?.headers).toEqual({ 'If-None-Match': '"v1"' });
    await service.handle({ type: 'ruleset-load', text: RIVERSIDE, source: { kind: 'paste' } });
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });

  it('after IT moves the policy URL, a refresh fetches only the new URL and keeps its error until it loads', async () => {
    const server = fakeServer({ status: 200, body: RIVERSIDE }, { status: 500 }, { status: 500 }, { status: 200, body: RIVERSIDE_V2 });
    await fakeBrowser.storage.managed.set({ rulesetUrl: 'https://it.example/a.yaml' });
    const service = startRulesetService(apis(), server.fetch);
    await service.ready;
    await fakeBrowser.storage.managed.set({ rulesetUrl: 'https://it.example/b.yaml' });
    await vi.waitFor(async () => expect(await read(ADMIN_STORAGE_KEYS.policyStatus)).toMatchObject({ error: expect.stringContaining('500') }));
    await service.refreshAll();
    expect(server.requests.map((r) => r.url)).toEqual(['https://it.example/a.yaml', 'https://it.example/b.yaml', 'https://it.example/b.yaml']);
    expect(await read(ADMIN_STORAGE_KEYS.policyStatus)).toMatchObject({ error: expect.stringContaining('500') });
    await service.refreshAll();
    expect(await read(ADMIN_STORAGE_KEYS.policyRuleset)).toMatchObject({ text: RIVERSIDE_V2, source: { kind: 'policy', url: 'https://it.example/b.yaml' } });
    expect(await read(ADMIN_STORAGE_KEYS.policyStatus)).toBeUndefined();
  });

  it('applies the policy when the managed storage changes', async () => {
    const service = startRulesetService(apis(), fakeServer().fetch);
    await service.ready;
    await fakeBrowser.storage.managed.set({ rulesetInline: RIVERSIDE });
    await vi.waitFor(async () => expect(await read(ADMIN_STORAGE_KEYS.policyRuleset)).toMatchObject({ text: RIVERSIDE }));
  });

  const OPTIONS_PAGE = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };
  const CONTENT_SCRIPT = { id: 'test-extension-id', url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };

  function serviceListener(server = fakeServer()) {
    const listeners: ((message: unknown, sender: unknown, reply: (r: unknown) => void) => unknown)[] = [];
    const runtime = { ...fakeBrowser.runtime, onMessage: { addListener: (cb: (typeof listeners)[number]) => listeners.push(cb) } };
    startRulesetService({ ...fakeBrowser, runtime } as unknown as BackgroundApis, server.fetch);
    const listener = listeners[0]!;
    return (message: unknown, sender: unknown) => new Promise((resolve) => void listener(message, sender, resolve));
  }

  it('answers admin messages through runtime.onMessage and ignores other messages', async () => {
    const listeners: ((message: unknown, sender: unknown, reply: (r: unknown) => void) => unknown)[] = [];
    const runtime = { ...fakeBrowser.runtime, onMessage: { addListener: (cb: (typeof listeners)[number]) => listeners.push(cb) } };
    startRulesetService({ ...fakeBrowser, runtime } as unknown as BackgroundApis, fakeServer().fetch);
    const listener = listeners[0]!;
    expect(listener({ type: 'audit', event: {} }, OPTIONS_PAGE, () => undefined)).toBe(false);
    const reply = await new Promise((resolve) => expect(listener({ type: 'ruleset-reset' }, OPTIONS_PAGE, resolve)).toBe(true));
    expect(reply).toEqual({ ok: true, active: null });
  });

  it('refuses admin messages from content scripts, whatever they ask', async () => {
    const send = serviceListener();
    await send({ type: 'ruleset-load', text: RIVERSIDE, source: { kind: 'paste' } }, OPTIONS_PAGE);
    for (const message of [{ type: 'ruleset-reset' }, { type: 'ruleset-load-url', url: 'https://attacker.example/r.yaml' }, { type: 'ruleset-refresh' }]) {
      expect(await send(message, CONTENT_SCRIPT)).toMatchObject({ ok: false, errors: [{ message: 'only the admin console can change rulesets' }] });
    }
    expect(await read(STORAGE_KEYS.ruleset)).toMatchObject({ text: RIVERSIDE, source: { kind: 'paste' } });
  });

  it('derives the source itself: a pasted ruleset cannot claim a URL that later refreshes', async () => {
    const server = fakeServer();
    const send = serviceListener(server);
    const forged = { type: 'ruleset-load', text: RIVERSIDE, source: { kind: 'url', url: 'https://attacker.example/r.yaml' } };
    expect(await send(forged, OPTIONS_PAGE)).toMatchObject({ ok: false });
    expect(await send({ type: 'ruleset-load', text: RIVERSIDE, source: { kind: 'file', name: 'r.yaml', url: 'https://attacker.example/r.yaml' } }, OPTIONS_PAGE)).toMatchObject({ ok: true });
    expect(await read(STORAGE_KEYS.ruleset)).toMatchObject({ source: { kind: 'file', name: 'r.yaml' } });
    expect((await read(STORAGE_KEYS.ruleset)) as object).not.toHaveProperty('source.url');
    expect(await send({ type: 'ruleset-load', text: 42, source: { kind: 'paste' } }, OPTIONS_PAGE)).toMatchObject({ ok: false, errors: [{ path: 'text' }] });
  });
});
