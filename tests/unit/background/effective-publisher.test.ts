// The background publishes the effective ruleset as plain data; content scripts compile it without
// the loader. These tests run both ends against the fake browser (whose storage round-trips values
// through JSON, as Chrome's does).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishEffectiveRuleset, type PublisherApis } from '../../../entrypoints/background/effective-publisher';
import { compileStored, subscribeContentRuleset, type ContentRuleset } from '../../../entrypoints/content/ruleset';
import { resolveEffectiveRuleset, storedForm } from '../../../entrypoints/shared/effective-ruleset';
import { STORAGE_KEYS, type Message, type StoredEffectiveRuleset } from '../../../entrypoints/shared/protocol';
import { RIVERSIDE } from './rulesets';

const KEY = STORAGE_KEYS.effective;
const stored = (text: string) => ({ source: { kind: 'paste' as const }, text, loadedAt: '2026-11-22T10:00:00.000Z' });
const readPublished = async () => (await fakeBrowser.storage.local.get(KEY))[KEY] as StoredEffectiveRuleset | undefined;
const publisherApis = () => fakeBrowser as unknown as PublisherApis;

/** The content script's APIs, with runtime messages delivered to the fake background's listeners. */
function contentApis(sent: Message[]) {
  return {
    storage: fakeBrowser.storage,
    runtime: {
      sendMessage: (message: Message) => {
        sent.push(message);
        // The fake passes no sendResponse; the real runtime does, and the background replies through it.
        const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
        return new Promise<unknown>((reply) => void trigger(message, {}, reply));
      },
    },
  } as unknown as Parameters<typeof subscribeContentRuleset>[1];
}

beforeEach(() => fakeBrowser.reset());

describe('publishEffectiveRuleset (background)', () => {
  it('writes the embedded default at start, then the admin ruleset with its disabled rules', async () => {
    const stop = publishEffectiveRuleset(publisherApis());
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
    first();
    const writes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(Object.keys(changes)));
    const stop = publishEffectiveRuleset(publisherApis());
    await new Promise((resolve) => setTimeout(resolve, 50)); // the restarted publisher's first pass
    expect(writes.flat()).not.toContain(KEY);
    stop();
  });
});

describe('content ruleset', () => {
  it('checks exactly as the background resolved, after the JSON round trip of storage', async () => {
    const inputs = { local: stored(RIVERSIDE), disabledRules: [], managed: { warningsConfirm: true } };
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.ruleset]: inputs.local });
    const stop = publishEffectiveRuleset(publisherApis());
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

  it('asks the background when nothing is stored, then recompiles only when the ruleset changes', async () => {
    const sent: Message[] = [];
    const seen: ContentRuleset[] = [];
    const stopContent = subscribeContentRuleset((ruleset) => seen.push(ruleset), contentApis(sent));
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'effective-request' }]));

    // A background that starts now (or already ran and lost the key) answers by writing it.
    const stopBackground = publishEffectiveRuleset(publisherApis());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.source).toEqual({ kind: 'embedded' });

    await fakeBrowser.storage.local.remove(KEY);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    await vi.waitFor(async () => expect(await readPublished()).toBeDefined());
    expect(seen).toHaveLength(1); // the same ruleset written again is not recompiled

    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.ruleset]: stored(RIVERSIDE) });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.checker?.check('Thanks from Riverside Hosp!', { platform: 'x' }).map((f) => f.ruleId)).toEqual(['brand/name']);

    stopContent();
    stopBackground();
  });
});
