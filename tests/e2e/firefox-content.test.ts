// The content script in Firefox ESR (MV2 build): one composer per site, findings drawn, a fix applied
// through the MAIN-world paste, and the enterprise policy (policies.json 3rdparty) reaching the
// extension's storage.managed: the ruleset comes from the policy only (test/cure exists nowhere
// else) and its gateOverride "none" takes "Post anyway" out of the pre-publish dialog.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { probeComposerUi, probeUiIndex, type ComposerUi } from './composer-probe';
import { DRAFT, eventually, FIXED } from './content-helpers';
import { E2E_RULESET } from './content-ruleset';
import { fxModelText, fxPosts, fxType, launchFirefox, type FirefoxHarness } from './firefox-harness';
import type { ReplicaName } from './harness';

let fx: FirefoxHarness;
beforeAll(async () => {
  fx = await launchFirefox({ policy: { rulesetInline: E2E_RULESET, gateOverride: 'none', locked: true } });
});
afterAll(async () => {
  await fx?.close();
});

const ui = (page: Page, editor: string): Promise<ComposerUi> => page.evaluate(probeComposerUi, editor);

/** Counts the requests the content script sends to its MAIN-world script, and the pastes answered. */
async function countPastes(page: Page): Promise<() => Promise<{ requested: number; done: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __pastes: { requested: number; done: number } };
    w.__pastes = { requested: 0, done: 0 };
    window.addEventListener('clearpost:paste-request', () => w.__pastes.requested++, true);
    window.addEventListener('clearpost:paste-done', () => w.__pastes.done++, true);
  });
  return () => page.evaluate(() => ({ ...(window as unknown as { __pastes: { requested: number; done: number } }).__pastes }));
}

/** Opens the composer's findings panel and applies the "treats" suggestion of test/cure. */
async function applyCureFix(page: Page, editor: string): Promise<void> {
  const i = await page.evaluate(probeUiIndex, editor);
  expect(i).toBeGreaterThanOrEqual(0);
  const hosts = await page.$$('clearpost-composer');
  const badge = await hosts[i]!.$('>>> [data-clearpost-badge]');
  await badge!.click();
  const fix = await hosts[i]!.waitForSelector('>>> .cp-panel article[data-clearpost-rule="test/cure"] [data-clearpost-suggestion="treats"]');
  await fix!.click();
}

async function closePanel(page: Page, editor: string): Promise<void> {
  const hosts = await page.$$('clearpost-composer');
  const badge = await hosts[await page.evaluate(probeUiIndex, editor)]!.$('>>> [data-clearpost-badge]');
  if ((await badge!.evaluate((b) => b.getAttribute('aria-expanded'))) === 'true') await badge!.click();
  await eventually(() => badge!.evaluate((b) => b.getAttribute('aria-expanded')), (v) => v !== 'true');
}

type Site = { name: string; replica: ReplicaName; surface: string; editor: string; submit: string; open?: (page: Page) => Promise<void> };

const SITES: Site[] = [
  {
    name: 'X home composer (Draft.js)',
    replica: 'x-home',
    surface: 'home',
    editor: '[data-testid="primaryColumn"] > .composer [data-testid="tweetTextarea_0"]',
    submit: '[data-testid="primaryColumn"] > .composer [data-testid="tweetButtonInline"]',
  },
  {
    name: 'Facebook create-post dialog (Lexical)',
    replica: 'fb-post',
    surface: 'post',
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    submit: '[role="dialog"] [role="button"][aria-label="Post"]',
    open: (page) => page.locator('.trigger').click(),
  },
  {
    name: 'LinkedIn SDUI share box in a modal <dialog> (TipTap)',
    replica: 'li-compose',
    surface: 'share',
    editor: 'dialog[open] [componentkey="ShareBox_textEditor"]',
    submit: 'dialog[open] button.primary',
  },
  {
    name: 'Meta Business Suite post composer (Draft.js caption field)',
    replica: 'mbs-composer',
    surface: 'post',
    editor: '[role="combobox"][aria-label^="Write into the dialogue box"]',
    submit: '[role="button"][aria-label="Publish"]',
  },
  {
    name: 'LinkedIn legacy share box (Quill)',
    replica: 'li-feed',
    surface: 'share',
    editor: '[data-test-modal-id="sharebox"] .ql-editor',
    submit: 'button.share-actions__primary-action',
    open: (page) => page.locator('.share-box-feed-entry__trigger').click(),
  },
];

describe.each(SITES)('Firefox: $name', (site) => {
  test('findings are drawn, a fix lands in the editor model through the MAIN world, then it posts', async () => {
    const page = await fx.open(site.replica);
    await site.open?.(page);
    await page.locator(site.editor).wait();
    const pastes = await countPastes(page);
    await fxType(page, site.editor, `NHS number 943 476 5919.\n${DRAFT}`);
    const seen = await eventually(() => ui(page, site.editor), (u) => u.state === 'issues' && u.boxes.length >= 2);
    expect(seen.boxes.map((b) => [b.rule, b.severity])).toEqual(
      expect.arrayContaining([['privacy/nhs-number', 'error'], ['test/cure', 'warning']]),
    );
    // Firefox 140+ has the CSS Custom Highlight API: the underline is drawn with it as in Chromium.
    expect(await page.evaluate(() => CSS.highlights.has('clearpost-warning'))).toBe(true);

    await applyCureFix(page, site.editor);
    await eventually(() => fxModelText(page, site.surface), (t) => t === `NHS number 943 476 5919.\n${FIXED}`);
    // Quill takes the fix through execCommand; the other editors through a paste built in the MAIN
    // world, which is the only paste Firefox lets page code read (Xray wrappers hide ours).
    expect(await pastes()).toEqual(site.replica === 'li-feed' ? { requested: 0, done: 0 } : { requested: 1, done: 1 });
    await eventually(() => ui(page, site.editor), (u) => !u.boxes.some((b) => b.rule === 'test/cure'));

    // The error is still there; the gate stops the post, and policy allows no override.
    // The findings panel stays open after a fix (over the Post button here): close it with its badge.
    await closePanel(page, site.editor);
    await page.locator(site.submit).click();
    const dialog = await page.waitForSelector('>>> [role="alertdialog"]');
    expect(await dialog!.$('[data-clearpost-rule="privacy/nhs-number"]')).not.toBeNull();
    expect(await dialog!.$$eval('button', (buttons) => buttons.map((b) => b.textContent?.trim()))).not.toContain('Post anyway');
    expect(await fxPosts(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await eventually(() => page.$('>>> [role="alertdialog"]'), (d) => d === null);

    // Fixed for real: select all, type a clean draft, post exactly once.
    await page.locator(site.editor).click();
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('See you at the open day.');
    await eventually(() => ui(page, site.editor), (u) => u.state === 'ok');
    await page.locator(site.submit).click();
    await eventually(() => fxPosts(page), (p) => p.length > 0);
    expect(await fxPosts(page)).toEqual([{ surface: site.surface, text: 'See you at the open day.' }]);
    await page.close();
  });
});

test('Firefox: the content script makes no network requests and every replica path was served', () => {
  expect(fx.aborted).toEqual([]);
  expect(fx.notFound).toEqual([]);
});
