import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RulesetStore, summariseErrors } from '../../../entrypoints/background/ruleset-store';
import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { FAILING_EXAMPLE, INVALID_SEVERITY, RIVERSIDE, RIVERSIDE_V2 } from './rulesets';

const NOW = new Date('2026-11-22T10:00:00Z');

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

function newStore() {
  return new RulesetStore(fakeBrowser.storage.local, () => NOW);
}

async function stored(key: string) {
  return (await fakeBrowser.storage.local.get(key))[key];
}

describe('RulesetStore.accept', () => {
  it('stores a valid ruleset with its source and load time', async () => {
    const reply = await newStore().accept('local', RIVERSIDE, { kind: 'paste' });
    expect(reply.ok).toBe(true);
    expect(await stored(STORAGE_KEYS.ruleset)).toEqual({ source: { kind: 'paste' }, text: RIVERSIDE, loadedAt: NOW.toISOString() });
  });

  it('writes the ruleset in a single storage.set call', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await newStore().accept('local', RIVERSIDE, { kind: 'file', name: 'riverside.yaml' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(set.mock.calls[0]?.[0]).toEqual({
      [STORAGE_KEYS.ruleset]: { source: { kind: 'file', name: 'riverside.yaml' }, text: RIVERSIDE, loadedAt: NOW.toISOString() },
    });
  });

  it('refuses an invalid ruleset with line:column errors and keeps the last good one', async () => {
    const store = newStore();
    await store.accept('local', RIVERSIDE, { kind: 'paste' });
    const before = await stored(STORAGE_KEYS.ruleset);
    const reply = await store.accept('local', INVALID_SEVERITY, { kind: 'paste' });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.errors[0]).toMatchObject({ path: 'rules[0].severity', line: 6, column: 15 });
    expect(await stored(STORAGE_KEYS.ruleset)).toEqual(before);
  });

  it('refuses a ruleset whose own examples fail and writes nothing', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const reply = await newStore().accept('local', FAILING_EXAMPLE, { kind: 'paste' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors[0]?.message).toMatch(/should be flagged/);
    expect(set).not.toHaveBeenCalled();
    expect(await stored(STORAGE_KEYS.ruleset)).toBeUndefined();
  });

  it('clears the policy problem in the same write that stores a good policy ruleset', async () => {
    const store = newStore();
    await store.recordPolicyProblem('could not fetch');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.accept('policy', RIVERSIDE, { kind: 'policy' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual([ADMIN_STORAGE_KEYS.policyRuleset, ADMIN_STORAGE_KEYS.policyStatus].sort());
    expect(await stored(ADMIN_STORAGE_KEYS.policyStatus)).toBeUndefined();
    expect(await stored(STORAGE_KEYS.ruleset)).toBeUndefined();
  });
});

describe('RulesetStore.recordRefresh', () => {
  it('updates status without touching the text, and does nothing when nothing is stored', async () => {
    const store = newStore();
    expect(await store.recordRefresh('local', { lastRefreshError: 'x' })).toBeUndefined();
    expect(await stored(STORAGE_KEYS.ruleset)).toBeUndefined();
    await store.accept('local', RIVERSIDE, { kind: 'url', url: 'https://rules.example/r.yaml' });
    await store.recordRefresh('local', { lastRefreshAt: 'later', lastRefreshError: 'HTTP 500' });
    expect(await stored(STORAGE_KEYS.ruleset)).toMatchObject({ text: RIVERSIDE, lastRefreshAt: 'later', lastRefreshError: 'HTTP 500' });
    await store.recordRefresh('local', { lastRefreshOkAt: 'latest', lastRefreshError: undefined });
    expect(await stored(STORAGE_KEYS.ruleset)).not.toHaveProperty('lastRefreshError');
  });

  it('never resurrects replaced text when a status update races a new load', async () => {
    const store = newStore();
    await store.accept('local', RIVERSIDE, { kind: 'paste' });
    await Promise.all([store.accept('local', RIVERSIDE_V2, { kind: 'paste' }), store.recordRefresh('local', { lastRefreshAt: 'x' })]);
    expect(await stored(STORAGE_KEYS.ruleset)).toMatchObject({ text: RIVERSIDE_V2 });
  });
});

describe('summariseErrors', () => {
  it('names the first error with its position and counts the rest', () => {
    expect(
      summariseErrors([
        { path: 'rules[0].severity', line: 6, column: 15, message: 'bad' },
        { path: 'name', message: 'missing' },
      ]),
    ).toBe('rules[0].severity: bad (line 6:15) and 1 more');
  });
});
