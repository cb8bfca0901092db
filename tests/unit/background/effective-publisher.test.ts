// The background publishes the effective ruleset as plain data; content scripts compile it without
// the loader. These tests run both ends against the fake browser (whose storage round-trips values
// through JSON, as Chrome's does).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishEffectiveRuleset, type PublisherApis } from '../../../entrypoints/background/effective-publisher';
import { serveContentState, type ContentStateApis } from '../../../entrypoints/background/content-state';
import { compileStored, subscribeContentState, type ContentApis, type ContentRuleset } from '../../../entrypoints/content/ruleset';
import { resolveEffectiveRuleset, storedForm } from '../../../entrypoints/shared/effective-ruleset';
import { STORAGE_KEYS, type PauseState, type StoredEffectiveRuleset } from '../../../entrypoints/shared/protocol';
import { RIVERSIDE } from './rulesets';

const KEY = STORAGE_KEYS.effective;
const stored = (text: string) => ({ source: { kind: 'paste' as const }, text, loadedAt: '2026-11-22T10:00:00.000Z' });
const readPublished = async () => (await fakeBrowser.storage.local.get(KEY))[KEY] as StoredEffectiveRuleset | undefined;
const publisherApis = () => fakeBrowser as unknown as PublisherApis;

beforeEach(() => fakeBrowser.reset());

describe('publishEffectiveRuleset (background)', () => {
  it('writes the embedded default at start, then the admin ruleset with its disabled rules', async () => {
    const { stop } = publishEffectiveRuleset(publisherApis());
    await vi.waitFor(async () => expect((await readPublished())?.source).toEqual({ kind: 'embedded' }));
    const published = (await readPublished())!;
    expect(published.ruleset.rules.length).toBeGreaterThan(10);
    expect(published).not.toHaveProperty('checker');

    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.ruleset]: stored(RIVERSIDE), [STORAGE_KEYS.disabledRules]: ['brand/name'] });
    await vi.waitFor(async () => expect((await readPublished())?.source).toEqual({ kind: 'paste' }));
    expect(await readPublished()).toMatchObject({ disable: ['brand/name'], gate: { blockOn: 'error', override: 'confirm' }, locked: false });
    stop();
  });

  it('does not rewrite an unchanged ruleset when the service worker starts again', async () => {
    const first = publishEffectiveRuleset(publisherApis());
    await vi.waitFor(async () => expect(await readPublished()).toBeDefined());
    first.stop();
    const writes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(Object.keys(changes)));
    const { stop } = publishEffectiveRuleset(publisherApis());
    await new Promise((resolve) => setTimeout(resolve, 50)); // the restarted publisher's first pass
    expect(writes.flat()).not.toContain(KEY);
    stop();
  });
});

describe('content ruleset', () => {
  it('checks exactly as the background resolved, after the JSON round trip of storage', async () => {
    const inputs = { local: stored(RIVERSIDE), disabledRules: [], managed: { warningsConfirm: true } };
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.ruleset]: inputs.local });
    const { stop } = publishEffectiveRuleset(publisherApis());
    await vi.waitFor(async () => expect((await readPublished())?.source).toEqual({ kind: 'paste' }));

    const content = compileStored((await readPublished())!);
    const background = resolveEffectiveRuleset(inputs);
    const post = 'Thanks from Riverside Hosp! Call 020 7946 0018.';
    expect(content.checker?.check(post, { platform: 'x' })).toEqual(background.checker.check(post, { platform: 'x' }));
    expect(content.checker?.check(post, { platform: 'x' }).map((f) => f.ruleId)).toEqual(['brand/name']);
    expect(content).toMatchObject({ gate: { blockOn: 'error', override: 'confirm' }, allowPause: true, source: { kind: 'paste' } });
    stop();
  });

  it('publishes the given names at scale with the ruleset (the content bundle carries only the compact list)', () => {
    const published = storedForm(resolveEffectiveRuleset({ disabledRules: [], managed: {} }));
    expect(published.names?.given).toContain('Jaylen');
    // "Jaylen" is in the large list only; the content side compiles with what it was handed.
    const post = 'So proud of Jaylen, who was discharged from our ICU today!';
    const content = compileStored(published);
    expect(content.checker?.check(post, { platform: 'x' }).some((f) => f.ruleId === 'privacy/patient-name' && f.severity === 'error')).toBe(true);
  });

  it('fails open when the stored ruleset does not compile: no checker, and an error saying so', () => {
    const broken = { ruleset: { rules: [{ id: 'x/y', kind: 'no-such-kind' }] }, disable: [] } as unknown as StoredEffectiveRuleset;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const content = compileStored(broken);
    expect(content.checker).toBeNull();
    expect(content.error).toMatch(/^the ruleset could not be compiled/);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('asks the background, follows what it pushes, and recompiles only when the ruleset changes', async () => {
    const contentListeners = new Set<(message: unknown, sender: { id?: string; tab?: unknown }) => undefined>();
    const fromBackground = { id: fakeBrowser.runtime.id };
    const content: ContentApis = {
      runtime: {
        id: fakeBrowser.runtime.id,
        // The fake passes no sendResponse; the real runtime does, and the background replies through it.
        sendMessage: (message) => {
          const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
          return new Promise<unknown>((reply) => void trigger(message, { id: fakeBrowser.runtime.id, tab: { id: 1 } }, reply));
        },
        onMessage: { addListener: (cb) => contentListeners.add(cb), removeListener: (cb) => contentListeners.delete(cb) },
      },
    };
    const tabs = {
      query: async () => [{ id: 1 }],
      sendMessage: async (_tab: number, message: unknown) => {
        for (const listener of contentListeners) listener(message, fromBackground);
      },
    };
    const rulesets: ContentRuleset[] = [];
    const pauses: PauseState[] = [];
    let answers = 0;
    const stopContent = subscribeContentState({ ruleset: (r) => rulesets.push(r), pause: (p) => pauses.push(p), answered: () => answers++ }, content);

    // A background that starts after the tab (the content script keeps asking until it answers).
    const publisher = publishEffectiveRuleset(publisherApis());
    serveContentState({ ...fakeBrowser, tabs } as unknown as ContentStateApis, { published: publisher.published, trusted: () => true });
    await vi.waitFor(() => expect(rulesets).toHaveLength(1), { timeout: 3000 });
    expect(rulesets[0]?.source).toEqual({ kind: 'embedded' });
    expect(pauses).toEqual([{ sites: [], until: {} }]);
    expect(answers).toBe(1);

    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.pausedSites]: ['x'] });
    await vi.waitFor(() => expect(pauses.at(-1)).toEqual({ sites: ['x'], until: {} }));
    expect(rulesets).toHaveLength(1); // the same ruleset pushed again is not recompiled

    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.ruleset]: stored(RIVERSIDE) });
    await vi.waitFor(() => expect(rulesets).toHaveLength(2));
    expect(rulesets[1]?.checker?.check('Thanks from Riverside Hosp!', { platform: 'x' }).map((f) => f.ruleId)).toEqual(['brand/name']);
    expect(answers).toBe(1);

    stopContent();
    publisher.stop();
  });

  it('refuses the state to a sender it does not trust', async () => {
    const publisher = publishEffectiveRuleset(publisherApis());
    serveContentState(fakeBrowser as unknown as ContentStateApis, { published: publisher.published, trusted: () => false });
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    const reply = await new Promise<unknown>((resolve) => void trigger({ type: 'content-state' }, { id: 'other' }, resolve));
    expect(reply).toBeNull();
    publisher.stop();
  });
});
