import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveEffectiveRuleset, subscribeEffectiveRuleset } from '../../../entrypoints/shared/effective-ruleset';
import type { EffectiveInputs, EffectiveRuleset } from '../../../entrypoints/shared/effective-ruleset';
import { MANAGED_READ_TIMEOUT_MS, noteManagedChange, parseManagedPolicy, readManagedPolicy } from '../../../entrypoints/shared/managed-policy';
import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { RIVERSIDE, RIVERSIDE_V2 } from './rulesets';

const POST = 'Thanks from Riverside Hosp!';
const stored = (text: string, kind: 'paste' | 'policy' = 'paste') => ({ source: { kind }, text, loadedAt: '2026-11-22T10:00:00.000Z' });
const inputs = (over: Partial<EffectiveInputs> = {}): EffectiveInputs => ({ disabledRules: [], managed: {}, ...over });
const ruleIds = (effective: EffectiveRuleset) => effective.checker.check(POST, { platform: 'x' }).map((f) => f.ruleId);

describe('resolveEffectiveRuleset', () => {
  it('falls back to the embedded default when nothing is stored', () => {
    const effective = resolveEffectiveRuleset(inputs());
    expect(effective.source).toEqual({ kind: 'embedded' });
    expect(effective.ruleset.rules.length).toBeGreaterThan(10);
    expect(effective).toMatchObject({ locked: false, allowPause: true, warningsConfirm: false });
    expect(effective.error).toBeUndefined();
  });

  it('uses the stored local ruleset and its gate', () => {
    const effective = resolveEffectiveRuleset(inputs({ local: stored(RIVERSIDE) }));
    expect(effective.source).toEqual({ kind: 'paste' });
    expect(effective.gate).toEqual({ blockOn: 'error', override: 'confirm' });
    expect(ruleIds(effective)).toEqual(['brand/name']);
  });

  it('leaves out rules the admin disabled, unless policy locks the ruleset', () => {
    const disabled = inputs({ local: stored(RIVERSIDE), disabledRules: ['brand/name', 'no/such-rule'] });
    expect(ruleIds(resolveEffectiveRuleset(disabled))).toEqual([]);
    expect(ruleIds(resolveEffectiveRuleset({ ...disabled, managed: { locked: true } }))).toEqual(['brand/name']);
  });

  it('lets the policy ruleset and the policy gate settings win', () => {
    const effective = resolveEffectiveRuleset(
      inputs({
        local: stored(RIVERSIDE_V2),
        policy: stored(RIVERSIDE, 'policy'),
        managed: { rulesetInline: RIVERSIDE, gateOverride: 'reason', warningsConfirm: true, allowPause: false, locked: true },
      }),
    );
    expect(effective.source).toEqual({ kind: 'policy' });
    expect(effective).toMatchObject({ gate: { blockOn: 'warning', override: 'reason' }, warningsConfirm: true, allowPause: false, locked: true });
  });

  it('says why the policy ruleset is not in use and falls back to the embedded default, never the local one', () => {
    for (const locked of [true, false]) {
      const effective = resolveEffectiveRuleset(
        inputs({ local: stored(RIVERSIDE), managed: { rulesetUrl: 'https://it.example/r.yaml', locked }, policyStatus: { at: 'x', error: 'HTTP 404' } }),
      );
      expect(effective.source).toEqual({ kind: 'embedded' });
      expect(effective.error).toBe('Organisation ruleset: HTTP 404');
    }
  });

  it('switches pausing off by default under a locked policy', () => {
    expect(resolveEffectiveRuleset(inputs({ managed: { locked: true } })).allowPause).toBe(false);
    expect(resolveEffectiveRuleset(inputs({ managed: { locked: true, allowPause: true } })).allowPause).toBe(true);
    expect(resolveEffectiveRuleset(inputs({ managed: {} })).allowPause).toBe(true);
  });

  it('falls back to the default when stored text no longer loads', () => {
    const effective = resolveEffectiveRuleset(inputs({ local: stored('name: [broken') }));
    expect(effective.source).toEqual({ kind: 'embedded' });
    expect(effective.error).toMatch(/^stored ruleset no longer loads/);
  });
});

describe('subscribeEffectiveRuleset', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls back with the current ruleset, then after ruleset changes, but not for unrelated writes', async () => {
    const seen: EffectiveRuleset[] = [];
    const stop = subscribeEffectiveRuleset((effective) => seen.push(effective));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.source).toEqual({ kind: 'embedded' });

    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.ruleset]: stored(RIVERSIDE) });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(ruleIds(seen[1]!)).toEqual(['brand/name']);

    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.audit]: [] });
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.ruleset]: { ...stored(RIVERSIDE), lastRefreshOkAt: 'later' } });
    await fakeBrowser.storage.managed.set({ locked: true });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]?.locked).toBe(true);

    stop();
    await fakeBrowser.storage.local.set({ [ADMIN_STORAGE_KEYS.policyStatus]: { at: 'x', error: 'y' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(3);
  });
});

describe('managed policy', () => {
  it('keeps valid keys and reports each invalid one', () => {
    const parsed = parseManagedPolicy({
      rulesetUrl: 'http://insecure.example/r.yaml',
      rulesetSha256: 'ABCDEF'.padEnd(64, '0'),
      refreshMinutes: 5,
      locked: true,
      gateOverride: 'never',
      surprise: 1,
    });
    expect(parsed.policy).toEqual({ rulesetSha256: 'abcdef'.padEnd(64, '0'), locked: true });
    expect(parsed.ignored.map((i) => i.key).sort()).toEqual(['gateOverride', 'refreshMinutes', 'rulesetUrl', 'surprise']);
  });

  it('treats an unreadable managed storage as no policy', async () => {
    const throwing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(throwing)).toEqual({ policy: {}, ignored: [] });
    expect(await readManagedPolicy(undefined)).toEqual({ policy: {}, ignored: [] });
  });

  it('treats a managed storage read that never answers as no policy, after a bounded wait', async () => {
    vi.useFakeTimers();
    try {
      const silent = { get: () => new Promise<Record<string, unknown>>(() => {}) };
      const read = readManagedPolicy(silent);
      await vi.advanceTimersByTimeAsync(MANAGED_READ_TIMEOUT_MS);
      expect(await read).toEqual({ policy: {}, ignored: [] });
      // Later reads of the same silent area do not wait again.
      const again = readManagedPolicy(silent);
      await vi.advanceTimersByTimeAsync(0);
      expect(await again).toEqual({ policy: {}, ignored: [] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads a policy that arrives after a silent start once storage.onChanged announces it', async () => {
    vi.useFakeTimers();
    try {
      let answer: (items: Record<string, unknown>) => void = () => {};
      let calls = 0;
      const late = { get: () => (++calls === 1 ? new Promise<Record<string, unknown>>(() => {}) : new Promise<Record<string, unknown>>((r) => (answer = r))) };
      const first = readManagedPolicy(late);
      await vi.advanceTimersByTimeAsync(MANAGED_READ_TIMEOUT_MS);
      expect(await first).toEqual({ policy: {}, ignored: [] });
      noteManagedChange(late); // storage.onChanged('managed') fired: the policy has loaded
      const second = readManagedPolicy(late);
      answer({ locked: true });
      expect(await second).toEqual({ policy: { locked: true }, ignored: [] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses a policy that answers within the wait', async () => {
    const prompt = { get: () => Promise.resolve({ locked: true }) };
    expect(await readManagedPolicy(prompt)).toEqual({ policy: { locked: true }, ignored: [] });
  });
});
