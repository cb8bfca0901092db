// Facebook replica: the Lexical "Create post" dialog (appears later) and a Lexical comment box.
import { describe, expect, test } from 'vitest';
import { modelText, posts, screenshot, typeInto } from './harness';
import { applySuggestion, browserWithExtension, composerUi, countPasteRequests, DRAFT, eventually, fixCure, FIXED } from './content-helpers';

const browser = browserWithExtension();

const POST = '[role="dialog"] [data-lexical-editor="true"]';
const COMMENT = '[data-lexical-editor="true"][aria-label^="Comment as"]';

describe('Facebook (Lexical)', () => {
  test('the post dialog opens later and gets a session; a fix lands in the Lexical model; posting works', async () => {
    const page = await browser().open('fb-post');
    await eventually(() => composerUi(page, COMMENT), (u) => u.state === 'ok');
    await page.getByText("What's on your mind, Alex?").first().click();
    const pasteRequests = await countPasteRequests(page);
    await typeInto(page, POST, `Thanks to NHS number 943 476 5919 for visiting!\n${DRAFT}`, { newline: 'Enter' });
    const ui = await eventually(() => composerUi(page, POST), (u) => u.boxes.length >= 2);
    expect(ui.state).toBe('issues');
    expect(ui.boxes.map((b) => [b.rule, b.severity])).toEqual(
      expect.arrayContaining([['privacy/nhs-number', 'error'], ['test/cure', 'warning']]),
    );
    await screenshot(page, 'content-facebook-post');
    await applySuggestion(page, POST, 'test/cure', 'treats');
    await eventually(() => modelText(page, 'post'), (t) => t === `Thanks to NHS number 943 476 5919 for visiting!\n${FIXED}`);
    expect(await pasteRequests()).toBe(1);
    // The identifier is still there: the error stays, the fixed warning is gone.
    const after = await eventually(() => composerUi(page, POST), (u) => !u.boxes.some((b) => b.rule === 'test/cure'));
    expect(after.boxes.map((b) => b.rule)).toContain('privacy/nhs-number');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Visiting hours change on Monday.');
    await eventually(() => composerUi(page, POST), (u) => u.state === 'ok');
    await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
    expect(await posts(page)).toEqual([{ surface: 'post', text: 'Visiting hours change on Monday.' }]);
    await page.close();
  });

  test('comment box: multi-line draft with Shift+Enter, fix lands, Enter still comments, undo works', async () => {
    const page = await browser().open('fb-post');
    await typeInto(page, COMMENT, `Congratulations!\n${DRAFT}`, { newline: 'Shift+Enter' });
    await fixCure(page, COMMENT, 'comment', `Congratulations!\n${FIXED}`);
    await eventually(() => composerUi(page, COMMENT), (u) => u.state === 'ok');
    await page.locator(COMMENT).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Yes');
    await new Promise((r) => setTimeout(r, 400));
    await page.keyboard.press('ControlOrMeta+z');
    await eventually(() => modelText(page, 'comment'), (t) => t !== `Congratulations!\n${FIXED} Yes`);
    await page.keyboard.press('Enter');
    const sent = await posts(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.surface).toBe('comment');
    expect(sent[0]!.text.startsWith(`Congratulations!\n${FIXED}`)).toBe(true);
    await page.close();
  });
});

test('the content script makes no network requests', () => {
  expect(browser().aborted).toEqual([]);
  expect(browser().notFound).toEqual([]);
});
