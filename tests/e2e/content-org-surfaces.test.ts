// The composers organisations post from: Meta Business Suite (post composer, inbox reply box),
// LinkedIn's company-page admin view and X Pro's composer column. Each gets a session, shows its
// findings, takes a fix into the editor's model and still posts.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { posts, screenshot, typeInto, type ReplicaName } from './harness';
import { browserWithExtension, composerUi, DRAFT, eventually, fixCure, FIXED } from './content-helpers';

const browser = browserWithExtension();

type Surface = {
  name: string;
  replica: ReplicaName;
  surface: string;
  editor: string;
  /** How the draft goes out once it is clean: a click on this, or these keys in the editor. */
  submit: string;
  newline?: string;
  open?: (page: Page) => Promise<void>;
};

const SURFACES: Surface[] = [
  {
    name: 'Meta Business Suite post composer (Draft.js caption field)',
    replica: 'mbs-composer',
    surface: 'post',
    editor: '[role="combobox"][aria-label^="Write into the dialogue box"]',
    submit: '[role="button"][aria-label="Publish"]',
  },
  {
    name: 'Meta Business Suite inbox reply box (Lexical)',
    replica: 'mbs-inbox',
    surface: 'reply',
    editor: '.reply-box [data-lexical-editor="true"]',
    submit: '[role="button"][aria-label="Send"]',
    newline: 'Shift+Enter',
  },
  {
    name: 'LinkedIn company page admin share box (Quill)',
    replica: 'li-admin',
    surface: 'share',
    editor: '[data-test-modal-id="sharebox"] .ql-editor',
    submit: 'button.share-actions__primary-action',
  },
  {
    name: 'X Pro composer column (Draft.js)',
    replica: 'x-pro',
    surface: 'column',
    editor: '[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButton"]',
  },
];

describe.each(SURFACES)('$name', (s) => {
  test('findings are drawn, a fix lands in the editor model, and the clean draft posts once', async () => {
    const page = await browser().open(s.replica);
    await s.open?.(page);
    await typeInto(page, s.editor, `Thanks to NHS number 943 476 5919.\n${DRAFT}`, { newline: s.newline });
    const ui = await eventually(() => composerUi(page, s.editor), (u) => u.state === 'issues' && u.boxes.length >= 2);
    expect(ui.boxes.map((b) => [b.rule, b.severity])).toEqual(
      expect.arrayContaining([['privacy/nhs-number', 'error'], ['test/cure', 'warning']]),
    );
    await screenshot(page, `content-${s.replica}`);
    await fixCure(page, s.editor, s.surface, `Thanks to NHS number 943 476 5919.\n${FIXED}`);
    await page.locator(s.editor).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('See you at the open day.');
    await eventually(() => composerUi(page, s.editor), (u) => u.state === 'ok');
    await page.locator(s.submit).click();
    await expect.poll(() => posts(page)).toEqual([{ surface: s.surface, text: 'See you at the open day.' }]);
    await page.close();
  });
});

test('the content script makes no network requests', () => {
  expect(browser().aborted).toEqual([]);
  expect(browser().notFound).toEqual([]);
});
