// Fail open, visibly: when the engine cannot check (here: the stored ruleset no longer compiles, as
// after a broken engine update), the composer badge shows the error state and the post still goes
// through, exactly once. Clearpost never silently blocks publishing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Worker } from 'playwright-core';
import { STORAGE_KEYS } from '../../entrypoints/shared/protocol';
import { composerUi, eventually } from './content-helpers';
import { launch, posts, typeInto, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ extension: true });
});
afterAll(async () => {
  await h?.close();
});

function worker(): Worker {
  const found = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  if (!found) throw new Error('no extension service worker');
  return found;
}

type Local = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };

/** Replaces the background's resolved ruleset with one whose first rule has a kind the engine lacks. */
async function breakStoredRuleset(): Promise<void> {
  await worker().evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
    for (let i = 0; i < 100; i++) {
      const stored = (await chrome.storage.local.get(key))[key] as { ruleset: { rules: { kind: string }[] } } | undefined;
      if (stored) {
        stored.ruleset.rules[0]!.kind = 'kind-from-a-future-engine';
        await chrome.storage.local.set({ [key]: stored });
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the background never stored a resolved ruleset');
  }, STORAGE_KEYS.effective);
}

test('a ruleset the engine cannot compile: badge in the error state, and the post goes through once', async () => {
  await breakStoredRuleset();
  const page = await h.open('x-home');
  const editor = '[data-testid="tweetTextarea_0"]';
  const draft = 'NHS number 943 476 5919';
  await typeInto(page, editor, draft);
  await eventually(() => composerUi(page, editor), (ui) => ui.state === 'error');

  await page.locator('[data-testid="tweetButtonInline"]').first().click(); // the home box's
  await eventually(() => posts(page), (p) => p.length > 0);
  await page.waitForTimeout(1000); // a second (wrong) post would arrive by now
  expect(await posts(page)).toEqual([{ surface: 'home', text: draft }]);
  expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
});
