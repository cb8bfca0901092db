// The gate before Clearpost is fully up (issues 9 and 10), in real Chromium on the X replica: a post
// sent before the first check, or while the composer UI module is still loading, is held with a
// visible "checking" state, then judged. Before the background's first answer the composer is checked
// with the packaged default, but a post is judged only with the background's ruleset (the
// organisation's), or with the default once the background has not answered within 5 s. The slow
// moments are made long on purpose by holding the package reads (the composer UI module; the packaged
// default ruleset) and the background's answer, so the tests do not depend on timing.
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { FIRST_CHECK_MARK } from '../../entrypoints/content/startup-mark';
import { browserWithExtension } from './content-helpers';
import { evaluateInContentScript, posts, typeInto } from './harness';

const EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=0';
const POST = '[data-testid="tweetButtonInline"] >> nth=0';
const LEAK = 'Well done to our patient, NHS number 943 476 5919, going home today.';
const CLEAN = 'Our new outpatient clinic opens on Monday.';

/** Holds every request for `pattern` from the package until `release()`. */
async function holdPackageReads(context: BrowserContext, pattern: RegExp): Promise<{ held: () => number; release: () => Promise<void> }> {
  let open: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  const handler = async (route: Route) => {
    held++;
    await released;
    await route.fallback();
  };
  await context.route(pattern, handler);
  return {
    held: () => held,
    release: async () => {
      open();
      await context.unroute(pattern, handler);
    },
  };
}

const checkingNotice = (page: Page) => page.locator('clearpost-notice[data-clearpost-notice="checking"] [data-clearpost-state="checking"]');
const dialog = (page: Page) => page.locator('[role="alertdialog"]');

const browser = browserWithExtension();

describe('the gate while Clearpost starts', () => {
  test('a draft with an error is held while the composer UI module loads, then the dialog asks', async () => {
    const h = browser();
    const ui = await holdPackageReads(h.context, /\/composer-ui\.js$/);
    const page = await h.open('x-home');
    // The composer has been checked (the check never waits for the UI), but nothing can be drawn yet.
    await expect
      .poll(() => evaluateInContentScript<number>(page, `performance.getEntriesByName(${JSON.stringify(FIRST_CHECK_MARK)}).length`, h.extensionId!))
      .toBeGreaterThan(0);
    expect(ui.held()).toBeGreaterThan(0);
    await typeInto(page, EDITOR, LEAK);
    await page.click(POST);
    await checkingNotice(page).waitFor();
    await page.click(POST); // a second, impatient click
    expect(await posts(page)).toEqual([]);
    expect(await dialog(page).count()).toBe(0);

    await ui.release();
    await dialog(page).waitFor();
    await expect.poll(() => dialog(page).locator('[data-clearpost-rule="privacy/nhs-number"]').count()).toBeGreaterThan(0);
    expect(await checkingNotice(page).count()).toBe(0);
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  describe('before the first check (no ruleset stored yet, the background slow to answer)', () => {
    /**
     * As on a fresh install whose background is still busy: nothing stored, and its answer (which
     * waits for the effective ruleset to be stored) withheld until `release()`.
     */
    async function withholdBackgroundAnswer(): Promise<{ release: () => Promise<void> }> {
      const worker = browser().context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
      type Local = { remove(key: string): Promise<void>; set(items: Record<string, unknown>): Promise<void> };
      type Scope = { chrome: { storage: { local: Local } }; releaseEffective?: () => void };
      await worker.evaluate(async () => {
        const scope = globalThis as unknown as Scope;
        const local = scope.chrome.storage.local;
        await local.remove('clearpost.effective');
        const set = local.set.bind(local);
        const withheld: (() => void)[] = [];
        local.set = (items) =>
          'clearpost.effective' in items ? new Promise<void>((resolve) => withheld.push(() => void set(items).then(resolve))) : set(items);
        scope.releaseEffective = () => {
          local.set = set;
          withheld.forEach((write) => write());
        };
      });
      return { release: () => worker.evaluate(() => (globalThis as unknown as Scope).releaseEffective?.()) };
    }

    for (const [what, text, state, outcome] of [
      ['an error is then blocked by the dialog', LEAK, 'issues', 'blocked'],
      ['a clean draft then posts once', CLEAN, 'ok', 'posted'],
    ] as const) {
      test(`a submit is held with "checking"; checked at once with the packaged default, judged with the background's ruleset: ${what}`, async () => {
        const background = await withholdBackgroundAnswer();
        const ruleset = await holdPackageReads(browser().context, /\/embedded-ruleset\.json$/);
        const page = await browser().open('x-home');
        await typeInto(page, EDITOR, text);
        await page.click(POST);
        await checkingNotice(page).waitFor();
        expect(ruleset.held()).toBeGreaterThan(0);
        expect(await posts(page)).toEqual([]);

        // The packaged default checks the composer at once; the post still waits for the organisation's ruleset.
        await ruleset.release();
        await page.locator(`[data-clearpost-badge][data-clearpost-state="${state}"]:visible`).first().waitFor();
        await page.waitForTimeout(500);
        expect(await checkingNotice(page).count()).toBe(1);
        expect(await posts(page)).toEqual([]);

        await background.release();
        await expect.poll(() => checkingNotice(page).count()).toBe(0);
        if (outcome === 'blocked') {
          await dialog(page).waitFor();
          expect(await posts(page)).toEqual([]);
        } else {
          await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: CLEAN }]);
          await page.waitForTimeout(500);
          expect(await posts(page)).toHaveLength(1);
          expect(await dialog(page).count()).toBe(0);
        }
        await page.close();
      });
    }
  });
});
