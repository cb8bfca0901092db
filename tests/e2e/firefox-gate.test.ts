// The pre-publish gate in Firefox ESR, one composer per site, with no enterprise policy: Firefox then
// rejects storage.managed reads ("no policy"), and the built-in default ruleset applies.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { probeComposerUi } from './composer-probe';
import { eventually } from './content-helpers';
import { fxModelText, fxPosts, fxType, launchFirefox, pressChord, type FirefoxHarness } from './firefox-harness';
import { BLOCKED_DRAFT, CLEAN_DRAFT } from './gate-helpers';
import type { ReplicaName } from './harness';

let fx: FirefoxHarness;
beforeAll(async () => {
  fx = await launchFirefox();
});
afterAll(async () => {
  await fx?.close();
});

type Variant = {
  name: string;
  replica: ReplicaName;
  surface: string;
  editor: string;
  submit: string;
  /** The site's keyboard submit in the editor. */
  keys: string[];
  newline?: string[];
  open?: (page: Page) => Promise<void>;
};

const VARIANTS: Variant[] = [
  {
    name: 'X home composer (Draft.js, Ctrl+Enter)',
    replica: 'x-home',
    surface: 'home',
    editor: '[data-testid="primaryColumn"] > .composer [data-testid="tweetTextarea_0"]',
    submit: '[data-testid="primaryColumn"] > .composer [data-testid="tweetButtonInline"]',
    keys: ['Control', 'Enter'],
  },
  {
    name: 'Facebook comment box (Lexical, Enter posts)',
    replica: 'fb-post',
    surface: 'comment',
    editor: '[data-lexical-editor="true"][aria-label="Comment as Alex"]',
    submit: 'div[role="button"][aria-label="Comment"]',
    keys: ['Enter'],
    newline: ['Shift', 'Enter'],
  },
  {
    name: 'LinkedIn feed comment box (TipTap, Ctrl+Enter)',
    replica: 'li-feed',
    surface: 'comment',
    editor: 'div[data-view-name="comment-box"] div.tiptap.ProseMirror',
    submit: 'button[data-view-name="comment-post"]',
    keys: ['Control', 'Enter'],
  },
];

const REASON = 'Fictional number used in our data-privacy training post';

async function compose(page: Page, v: Variant, text: string, state: 'ok' | 'issues'): Promise<void> {
  await fxType(page, v.editor, text, { newline: v.newline });
  await eventually(() => fxModelText(page, v.surface), (t) => t === text);
  await eventually(() => page.evaluate(probeComposerUi, v.editor), (u) => u.state === state);
}

async function gateDialog(page: Page) {
  const dialog = await page.waitForSelector('>>> [role="alertdialog"]');
  expect(await dialog!.$('[data-clearpost-rule="privacy/nhs-number"]')).not.toBeNull();
  return dialog!;
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await eventually(() => page.$('>>> [role="alertdialog"]'), (d) => d === null);
}

describe.each(VARIANTS)('Firefox gate: $name', (v) => {
  test('an error stops the click and the keyboard submit, re-checking text typed just before', async () => {
    const page = await fx.open(v.replica);
    await compose(page, v, BLOCKED_DRAFT, 'issues');
    await page.locator(v.submit).click();
    await gateDialog(page);
    expect(await fxPosts(page)).toEqual([]);
    await closeDialog(page);
    expect(await fxModelText(page, v.surface)).toBe(BLOCKED_DRAFT);

    // A clean draft, then the number typed and sent at once, before any debounced check ran.
    await page.locator(v.editor).click();
    await pressChord(page, ['Control', 'a']);
    await page.keyboard.type('Get well soon');
    await eventually(() => page.evaluate(probeComposerUi, v.editor), (u) => u.state === 'ok');
    await page.keyboard.type(', NHS number 943 476 5919');
    await pressChord(page, v.keys);
    await gateDialog(page);
    expect(await fxPosts(page)).toEqual([]);
    await closeDialog(page);
    await page.close();
  });

  test('"Post anyway" with a reason posts exactly once; a clean draft posts exactly once', async () => {
    const page = await fx.open(v.replica);
    await compose(page, v, BLOCKED_DRAFT, 'issues');
    await page.locator(v.submit).click();
    const dialog = await gateDialog(page);
    await (await dialog.$('textarea, input'))!.type(REASON);
    const postAnyway = await dialog.$$('button').then(async (buttons) => {
      for (const b of buttons) if ((await b.evaluate((el) => el.textContent?.trim())) === 'Post anyway') return b;
      return null;
    });
    await postAnyway!.click();
    await eventually(() => fxPosts(page), (p) => p.length > 0);
    await new Promise((r) => setTimeout(r, 1500)); // let a wrong second post arrive before counting
    expect(await fxPosts(page)).toEqual([{ surface: v.surface, text: BLOCKED_DRAFT }]);

    await compose(page, v, CLEAN_DRAFT, 'ok');
    await page.locator(v.submit).click();
    await eventually(() => fxPosts(page), (p) => p.length > 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await fxPosts(page)).toEqual([
      { surface: v.surface, text: BLOCKED_DRAFT },
      { surface: v.surface, text: CLEAN_DRAFT },
    ]);
    expect(await page.$('>>> [role="alertdialog"]')).toBeNull();
    await page.close();
  });
});

test('Firefox: nothing left the replica hosts and every replica path was served', () => {
  expect(fx.aborted).toEqual([]);
  expect(fx.notFound).toEqual([]);
});
