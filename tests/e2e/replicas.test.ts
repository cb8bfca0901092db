// The replicas themselves, WITHOUT the extension: real keystrokes reach each editor's model, undo
// works, and the page's own submit (button or keyboard) posts exactly once and empties the composer.
// This is what makes the extension's e2e results on these pages meaningful.
import type { Page } from 'playwright-core';
import { REPLICAS, cspViolations, launch, modelText, posts, surfaces, typeInto, waitForEditors, type Harness, type ReplicaName } from './harness';

type Variant = {
  name: string;
  replica: ReplicaName;
  surface: string;
  /** Brings the composer up (click "Start a post" etc.); omitted when it is on the page. */
  open?: (page: Page) => Promise<void>;
  editor: string;
  /** A plain CSS selector for the same editor, for window.__replica.modelText (which matches within
   *  the document and each open shadow root, not across them). Defaults to `editor`. */
  modelSelector?: string;
  /** Key that inserts a line break (Shift+Enter where Enter submits). */
  newline?: string;
  submitButton: string;
  /** How the submit control says "nothing to post". */
  disabledWhenEmpty: 'disabled' | 'aria-disabled';
  submitKeys?: string;
  /** Dialog composers close after posting; inline ones stay, emptied. */
  closesAfterPost?: string;
};

const clickText = (text: string) => async (page: Page) => {
  await page.getByText(text, { exact: true }).first().click();
};

const VARIANTS: Variant[] = [
  {
    name: 'X home composer (Draft.js)',
    replica: 'x-home',
    surface: 'home',
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=0',
    modelSelector: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    submitButton: '[data-testid="tweetButtonInline"] >> nth=0',
    disabledWhenEmpty: 'disabled',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'X reply box (Draft.js)',
    replica: 'x-home',
    surface: 'reply',
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=1',
    modelSelector: 'section [data-testid="tweetTextarea_0"]',
    submitButton: '[data-testid="tweetButtonInline"] >> nth=1',
    disabledWhenEmpty: 'disabled',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'X modal composer opened from the side nav (Draft.js)',
    replica: 'x-home',
    surface: 'modal-0',
    open: (page) => page.click('[data-testid="SideNav_NewTweet_Button"]'),
    editor: '#layers [role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]',
    submitButton: '#layers [data-testid="tweetButton"]',
    disabledWhenEmpty: 'disabled',
    submitKeys: 'ControlOrMeta+Enter',
    closesAfterPost: '#layers [role="dialog"]',
  },
  {
    name: 'X mobile composer (React-controlled textarea)',
    replica: 'x-mobile',
    surface: 'mobile',
    editor: 'textarea[data-testid="tweetTextarea_0"]',
    submitButton: '[data-testid="tweetButton"]',
    disabledWhenEmpty: 'disabled',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'Facebook create-post dialog (Lexical)',
    replica: 'fb-post',
    surface: 'post',
    open: clickText("What's on your mind, Alex?"),
    editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    submitButton: '[role="dialog"] div[role="button"][aria-label="Post"]',
    disabledWhenEmpty: 'aria-disabled',
    closesAfterPost: '[role="dialog"]',
  },
  {
    name: 'Facebook comment box (Lexical, Enter submits)',
    replica: 'fb-post',
    surface: 'comment',
    editor: '[data-lexical-editor="true"][aria-label="Comment as Alex"]',
    newline: 'Shift+Enter',
    submitButton: 'div[role="button"][aria-label="Comment"]',
    disabledWhenEmpty: 'aria-disabled',
    submitKeys: 'Enter',
  },
  {
    name: 'LinkedIn legacy share box (Quill)',
    replica: 'li-feed',
    surface: 'share',
    open: clickText('Start a post'),
    editor:
      '[data-test-modal-id="sharebox"] .share-creation-state__text-editor .ql-editor[contenteditable="true"][data-test-ql-editor-contenteditable="true"]',
    submitButton: '[data-test-modal-id="sharebox"] button.share-actions__primary-action',
    disabledWhenEmpty: 'disabled',
    closesAfterPost: '[data-test-modal-id="sharebox"]',
  },
  {
    name: 'LinkedIn legacy share box inside the #interop-outlet shadow root (Quill)',
    replica: 'li-feed-interop',
    surface: 'share',
    open: clickText('Start a post'),
    // Playwright's CSS engine pierces open shadow roots.
    editor: '#interop-outlet .share-box-v2__modal .ql-editor[aria-label="Text editor for creating content"]',
    modelSelector: '.share-box-v2__modal .ql-editor',
    submitButton: '#interop-outlet button.share-actions__primary-action',
    disabledWhenEmpty: 'disabled',
    closesAfterPost: '#interop-outlet [data-test-modal-id="sharebox"]',
  },
  {
    name: 'LinkedIn feed comment box (TipTap)',
    replica: 'li-feed',
    surface: 'comment',
    editor:
      'div[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable="true"][role="textbox"][aria-label="Text editor for creating comment"]',
    submitButton: 'button[data-view-name="comment-post"]',
    disabledWhenEmpty: 'disabled',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'LinkedIn SDUI share box in a modal <dialog> (TipTap)',
    replica: 'li-compose',
    surface: 'share',
    editor:
      'dialog[open][data-testid="dialog"] [data-testid="ui-core-tiptap-text-editor-wrapper"] [componentkey="ShareBox_textEditor"][contenteditable="true"][role="textbox"]',
    submitButton: 'dialog[data-testid="dialog"] button:text-is("Post")',
    disabledWhenEmpty: 'disabled',
    closesAfterPost: 'dialog[data-testid="dialog"]',
  },
  {
    name: 'LinkedIn company page admin share box (Quill)',
    replica: 'li-admin',
    surface: 'share',
    editor: '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"][data-test-ql-editor-contenteditable="true"]',
    submitButton: '[data-test-modal-id="sharebox"] button.share-actions__primary-action',
    disabledWhenEmpty: 'disabled',
    closesAfterPost: '[data-test-modal-id="sharebox"]',
  },
  {
    name: 'X Pro composer column (Draft.js)',
    replica: 'x-pro',
    surface: 'column',
    editor: '[data-testid="multi-column-layout-column"] [data-testid="tweetTextarea_0"]',
    submitButton: '[data-testid="tweetButton"]',
    disabledWhenEmpty: 'disabled',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'Meta Business Suite post composer (Draft.js caption field)',
    replica: 'mbs-composer',
    surface: 'post',
    editor: '[contenteditable="true"][role="combobox"][aria-label="Write into the dialogue box to include text with your post."]',
    submitButton: 'div[role="button"][aria-label="Publish"]',
    disabledWhenEmpty: 'aria-disabled',
  },
  {
    name: 'Meta Business Suite inbox reply box (Lexical, Enter sends)',
    replica: 'mbs-inbox',
    surface: 'reply',
    editor: '.reply-box [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    newline: 'Shift+Enter',
    submitButton: 'div[role="button"][aria-label="Send"]',
    disabledWhenEmpty: 'aria-disabled',
    submitKeys: 'Enter',
  },
];

const DRAFT = 'Discharge day for our ward\nThank you team';

let h: Harness;
beforeAll(async () => {
  h = await launch({ extension: false });
});
afterAll(async () => {
  expect(h?.aborted ?? []).toEqual([]);
  await h?.close();
});

async function openComposer(v: Variant): Promise<Page> {
  const page = await h.open(v.replica);
  await v.open?.(page);
  await page.locator(v.editor).waitFor();
  return page;
}

async function expectSubmitDisabled(page: Page, v: Variant, disabled: boolean) {
  const button = page.locator(v.submitButton);
  if (v.disabledWhenEmpty === 'disabled') {
    await expect.poll(() => button.isDisabled()).toBe(disabled);
  } else {
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe(disabled ? 'true' : null);
  }
}

async function expectPostedAndEmptied(page: Page, v: Variant) {
  await expect.poll(() => posts(page)).toEqual([{ surface: v.surface, text: DRAFT }]);
  if (v.closesAfterPost) {
    await expect.poll(() => page.locator(v.closesAfterPost!).count()).toBe(0);
    expect(await surfaces(page)).not.toContain(v.surface);
  } else {
    await expect.poll(() => modelText(page, v.surface)).toBe('');
    await expectSubmitDisabled(page, v, true);
  }
}

describe.each(VARIANTS)('$name', (v) => {
  test('typed keystrokes reach the editor model, line break included', async () => {
    const page = await openComposer(v);
    await expectSubmitDisabled(page, v, true);
    await typeInto(page, v.editor, DRAFT, { newline: v.newline });
    await expect.poll(() => modelText(page, v.surface)).toBe(DRAFT);
    // The selector form of `which` resolves to the same editor.
    expect(await modelText(page, v.modelSelector ?? v.editor)).toBe(DRAFT);
    await expectSubmitDisabled(page, v, false);
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  test('Ctrl+Z undoes through the editor', async () => {
    const page = await openComposer(v);
    await typeInto(page, v.editor, DRAFT, { newline: v.newline });
    await expect.poll(() => modelText(page, v.surface)).toBe(DRAFT);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => modelText(page, v.surface)).not.toBe(DRAFT);
    const undone = await modelText(page, v.surface);
    expect(DRAFT.startsWith(undone)).toBe(true);
    await page.close();
  });

  test('clicking the submit control posts once and empties the composer', async () => {
    const page = await openComposer(v);
    await typeInto(page, v.editor, DRAFT, { newline: v.newline });
    await expect.poll(() => modelText(page, v.surface)).toBe(DRAFT);
    await page.click(v.submitButton);
    await expectPostedAndEmptied(page, v);
    await page.close();
  });

  // Only composers that have a keyboard submit on the live site get one (none on Facebook's post dialog).
  const submitKeys = v.submitKeys;
  if (submitKeys) {
    test(`${submitKeys} posts once and empties the composer`, async () => {
      const page = await openComposer(v);
      await typeInto(page, v.editor, DRAFT, { newline: v.newline });
      await expect.poll(() => modelText(page, v.surface)).toBe(DRAFT);
      await page.keyboard.press(submitKeys);
      await expectPostedAndEmptied(page, v);
      await page.close();
    });
  }
});

describe('page behaviour beyond one composer', () => {
  test('X: /compose/post opens the modal directly; a thread posts every item', async () => {
    const page = await h.open('x-compose');
    const dialog = page.locator('#layers [role="dialog"][aria-modal="true"]');
    await typeInto(page, '#layers [data-testid="tweetTextarea_0"]', 'First post');
    await page.click('#layers [data-testid="addButton"]');
    await typeInto(page, '#layers [data-testid="tweetTextarea_1"]', 'Second post');
    expect(await surfaces(page)).toEqual(['home', 'reply', 'modal-0', 'modal-1']);
    await expect.poll(() => dialog.locator('[data-testid="tweetButton"]').textContent()).toBe('Post all');
    await dialog.locator('[data-testid="tweetButton"]').click();
    expect(await posts(page)).toEqual([
      { surface: 'modal-0', text: 'First post' },
      { surface: 'modal-1', text: 'Second post' },
    ]);
    expect(new URL(page.url()).pathname).toBe('/home');
    await page.close();
  });

  test('Facebook: the Post div button answers Enter when focused', async () => {
    const page = await h.open('fb-post');
    await clickText("What's on your mind, Alex?")(page);
    await typeInto(page, '[role="dialog"] [data-lexical-editor="true"]', 'Open day on Saturday');
    await page.focus('[role="dialog"] div[role="button"][aria-label="Post"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => posts(page)).toEqual([{ surface: 'post', text: 'Open day on Saturday' }]);
    await page.close();
  });

  test.each(Object.keys(REPLICAS) as ReplicaName[])('%s runs under the replica CSP without violations', async (name) => {
    const page = await h.open(name);
    await waitForEditors(page);
    await page.evaluate(() => window.__replica.focus(0));
    await page.keyboard.type('CSP check');
    await expect.poll(() => modelText(page, 0)).toBe('CSP check');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  test('an empty composer never posts', async () => {
    const page = await h.open('fb-post');
    await page.click('[data-lexical-editor="true"][aria-label="Comment as Alex"]');
    await page.keyboard.press('Enter');
    // Playwright refuses to click aria-disabled controls; a user's click still reaches the handler.
    await page.click('div[role="button"][aria-label="Comment"]', { force: true });
    expect(await posts(page)).toEqual([]);
    await page.close();
  });
});
