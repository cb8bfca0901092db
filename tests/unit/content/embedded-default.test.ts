// The packaged default (issue 9, start-up): what a content script checks with before the background
// has stored the effective ruleset. It must be the background's own default, and give way to it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { provisionalDefault, type PackagedDefault } from '../../../entrypoints/content/embedded-default';
import { subscribeContentRuleset, type ContentRuleset } from '../../../entrypoints/content/ruleset';
import { resolveEffectiveRuleset, storedForm } from '../../../entrypoints/shared/effective-ruleset';
import { STORAGE_KEYS, type StoredEffectiveRuleset } from '../../../entrypoints/shared/protocol';
import { defaultRuleset } from '../../../rules';
import { embeddedRulesetJson } from '../../../scripts/embedded-ruleset';

const published = () => storedForm(resolveEffectiveRuleset({ disabledRules: [], managed: {} }));

beforeEach(() => fakeBrowser.reset());

describe('the packaged embedded default', () => {
  it('is the default ruleset and name data the background publishes without policy or settings', async () => {
    const packaged = JSON.parse(await embeddedRulesetJson()) as PackagedDefault;
    expect(packaged.ruleset).toEqual(JSON.parse(JSON.stringify(defaultRuleset())));
    const { allowPause, ...rest } = provisionalDefault(packaged);
    const { allowPause: _publishedPause, ...background } = published();
    expect(rest).toEqual(JSON.parse(JSON.stringify(background)));
    // Pausing waits for the background's answer (a locked policy may forbid it).
    expect(allowPause).toBe(false);
  }, 60_000);
});

describe('subscribeContentRuleset before the background has stored a ruleset', () => {
  const apis = (readPackagedDefault: () => Promise<StoredEffectiveRuleset>) =>
    ({ storage: fakeBrowser.storage, runtime: { sendMessage: async () => undefined }, readPackagedDefault }) as unknown as Parameters<typeof subscribeContentRuleset>[1];
  const provisional = () => provisionalDefault({ ruleset: defaultRuleset(), names: published().names! });

  it('checks with the packaged default at once, then with the stored ruleset when it arrives', async () => {
    const seen: ContentRuleset[] = [];
    const stop = subscribeContentRuleset((r) => seen.push(r), apis(async () => provisional()));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ source: { kind: 'embedded' }, allowPause: false });
    expect(seen[0]!.checker?.check('NHS number 943 476 5919', { platform: 'x' }).map((f) => f.ruleId)).toContain('privacy/nhs-number');

    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.effective]: published() });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toMatchObject({ source: { kind: 'embedded' }, allowPause: true });
    stop();
  });

  it('never lets a late packaged default replace the stored ruleset', async () => {
    let deliver: ((value: StoredEffectiveRuleset) => void) | undefined;
    const seen: ContentRuleset[] = [];
    const stop = subscribeContentRuleset((r) => seen.push(r), apis(() => new Promise((resolve) => (deliver = resolve))));
    await vi.waitFor(() => expect(deliver).toBeDefined());
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.effective]: published() });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    deliver!(provisional());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.allowPause).toBe(true);
    stop();
  });
});
