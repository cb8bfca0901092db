// The background is the only writer of its storage. Where the browser cannot close storage.local to
// content scripts (Firefox), a write by anything else is put back and reported; where it can
// (Chromium 140+), the browser does it and the guard stays out of the way.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ownStorage, type LockableArea } from '../../../entrypoints/background/owned-storage';
import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from '../../../entrypoints/shared/protocol';

beforeEach(() => fakeBrowser.reset());

const storage = () => fakeBrowser.storage as unknown as Parameters<typeof ownStorage>[0];
const read = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const GOOD_RULESET = { source: { kind: 'paste' }, text: 'name: ours', loadedAt: '2026-12-01T10:00:00.000Z' };
const AUDIT = [{ at: '2026-12-01T10:00:00.000Z', platform: 'x', ruleIds: ['privacy/nhs-number'], action: 'override', reason: 'approved' }];

describe('ownStorage where storage.local cannot be locked (Firefox)', () => {
  it('puts back what another context wrote to the audit log, the ruleset and the settings, and reports it', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.audit]: AUDIT, [STORAGE_KEYS.ruleset]: GOOD_RULESET });
    const restored: string[][] = [];
    const owned = ownStorage(storage(), (keys) => restored.push(keys));
    expect(await owned.ready).toBe('guarded');

    // What a content script can do with the storage API: wipe the log, swap the ruleset, switch rules off.
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.audit]: [],
      [STORAGE_KEYS.ruleset]: { ...GOOD_RULESET, text: 'rules: []' },
      [STORAGE_KEYS.disabledRules]: ['privacy/nhs-number'],
    });
    await fakeBrowser.storage.local.remove(ADMIN_STORAGE_KEYS.policyRuleset);
    await vi.waitFor(async () => expect(await read(STORAGE_KEYS.audit)).toEqual(AUDIT));
    await vi.waitFor(async () => expect(await read(STORAGE_KEYS.disabledRules)).toBeUndefined());
    expect(await read(STORAGE_KEYS.ruleset)).toEqual(GOOD_RULESET);
    expect(restored[0]?.sort()).toEqual([STORAGE_KEYS.audit, STORAGE_KEYS.disabledRules, STORAGE_KEYS.ruleset].sort());
  });

  it('keeps the background’s own writes, even several in a row before their events arrive', async () => {
    const restored: string[][] = [];
    const owned = ownStorage(storage(), (keys) => restored.push(keys));
    await owned.ready;
    await Promise.all([1, 2, 3].map((n) => owned.area.set({ [STORAGE_KEYS.audit]: AUDIT.slice(0, 1).map((e) => ({ ...e, count: n })) })));
    await owned.area.set({ [STORAGE_KEYS.pausedSites]: ['x'] });
    await owned.area.remove(STORAGE_KEYS.pausedSites);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(restored).toEqual([]);
    expect(await read(STORAGE_KEYS.audit)).toEqual([{ ...AUDIT[0], count: 3 }]);
  });

  it('leaves keys it does not own alone', async () => {
    const restored: string[][] = [];
    await ownStorage(storage(), (keys) => restored.push(keys)).ready;
    await fakeBrowser.storage.local.set({ 'someone-else': 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(restored).toEqual([]);
    expect(await read('someone-else')).toBe(1);
  });
});

describe('ownStorage where the browser can lock storage.local (Chromium 140+)', () => {
  it('closes storage.local to content scripts and does not guard on top', async () => {
    const levels: unknown[] = [];
    const local = Object.assign(Object.create(fakeBrowser.storage.local) as LockableArea, {
      setAccessLevel: async (options: unknown) => void levels.push(options),
    });
    const restored: string[][] = [];
    const owned = ownStorage({ local, onChanged: fakeBrowser.storage.onChanged }, (keys) => restored.push(keys));
    expect(await owned.ready).toBe('locked');
    expect(levels).toEqual([{ accessLevel: 'TRUSTED_CONTEXTS' }]);
    // Only trusted contexts can reach the area now (the e2e shows the browser refusing a content script).
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.audit]: [] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(restored).toEqual([]);
  });

  it('falls back to guarding when the browser supports the lock for storage.session only', async () => {
    const local = Object.assign(Object.create(fakeBrowser.storage.local) as LockableArea, {
      setAccessLevel: async () => {
        throw new Error('This StorageArea is not available for setting access level');
      },
    });
    expect(await ownStorage({ local, onChanged: fakeBrowser.storage.onChanged }, () => undefined).ready).toBe('guarded');
  });
});
