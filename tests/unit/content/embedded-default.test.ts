// The packaged default (issue 9, start-up): what a content script checks with before the background
// has answered. It must be the background's own default, and give way to it.
import { provisionalDefault, type PackagedDefault } from '../../../entrypoints/content/embedded-default';
import { subscribeContentState, type ContentApis, type ContentRuleset } from '../../../entrypoints/content/ruleset';
import { resolveEffectiveRuleset, storedForm } from '../../../entrypoints/shared/effective-ruleset';
import type { ContentState, StoredEffectiveRuleset } from '../../../entrypoints/shared/protocol';
import { defaultRuleset } from '../../../rules';
import { embeddedRulesetJson } from '../../../scripts/embedded-ruleset';

const published = () => storedForm(resolveEffectiveRuleset({ disabledRules: [], managed: {} }));

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

describe('subscribeContentState before the background has answered', () => {
  /** A content script's runtime whose background answers `content-state` only when the test says so. */
  function slowBackground(readPackagedDefault: () => Promise<StoredEffectiveRuleset>) {
    let answer: ((state: ContentState) => void) | undefined;
    const apis: ContentApis = {
      runtime: {
        id: 'clearpost',
        sendMessage: () => new Promise((resolve) => (answer = resolve)),
        onMessage: { addListener: () => undefined, removeListener: () => undefined },
      },
      readPackagedDefault,
    };
    const answers = () => vi.waitFor(() => expect(answer).toBeDefined()).then(() => answer!);
    return { apis, answers };
  }
  const provisional = () => provisionalDefault({ ruleset: defaultRuleset(), names: published().names! });
  const state = (): ContentState => ({ effective: published(), pause: { sites: [], until: {} } });

  it('checks with the packaged default at once, then with the background’s ruleset, which alone counts as its answer', async () => {
    const seen: ContentRuleset[] = [];
    let answered = 0;
    const background = slowBackground(async () => provisional());
    const stop = subscribeContentState({ ruleset: (r) => seen.push(r), pause: () => undefined, answered: () => answered++ }, background.apis);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ source: { kind: 'embedded' }, allowPause: false });
    expect(seen[0]!.checker?.check('NHS number 943 476 5919', { platform: 'x' }).map((f) => f.ruleId)).toContain('privacy/nhs-number');
    expect(answered).toBe(0);

    (await background.answers())(state());
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toMatchObject({ source: { kind: 'embedded' }, allowPause: true });
    expect(answered).toBe(1);
    stop();
  });

  it('never lets a late packaged default replace the background’s ruleset', async () => {
    let deliver: ((value: StoredEffectiveRuleset) => void) | undefined;
    const seen: ContentRuleset[] = [];
    const background = slowBackground(() => new Promise((resolve) => (deliver = resolve)));
    const stop = subscribeContentState({ ruleset: (r) => seen.push(r), pause: () => undefined, answered: () => undefined }, background.apis);
    (await background.answers())(state());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    deliver!(provisional());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.allowPause).toBe(true);
    stop();
  });
});
