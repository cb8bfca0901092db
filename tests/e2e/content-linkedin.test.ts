// LinkedIn replicas: legacy Quill share box (light DOM and inside #interop-outlet's open shadow root),
// the TipTap comment box, and the SDUI TipTap share box in a modal <dialog> at /sharing/compose.
import { describe, expect, test } from 'vitest';
import { modelText, posts, screenshot, typeInto } from './harness';
import { applySuggestion, browserWithExtension, composerUi, countPasteRequests, DRAFT, eventually, fixCure, FIXED } from './content-helpers';

const browser = browserWithExtension();

const QUILL = '.ql-editor[contenteditable="true"]';
const COMMENT = '[data-view-name="comment-box"] .ProseMirror';
const SDUI = '[componentkey="ShareBox_textEditor"]';

describe.each([
  ['light DOM', 'li-feed', 'content-linkedin-quill'],
  ['#interop-outlet shadow root', 'li-feed-interop', 'content-linkedin-quill-shadow'],
] as const)('LinkedIn legacy share box (Quill, %s)', (_where, replica, shot) => {
  test('the share modal opens later and gets a session; execCommand fix lands in the Quill model; posting works', async () => {
    const page = await browser().open(replica);
    await page.getByText('Start a post').click();
    await typeInto(page, QUILL, `Proud of our team.\n${DRAFT}`);
    const ui = await eventually(() => composerUi(page, QUILL), (u) => u.boxes.some((b) => b.rule === 'test/cure'));
    expect(ui.state).toBe('issues');
    await screenshot(page, shot);
    await applySuggestion(page, QUILL, 'test/cure', 'treats');
    await eventually(() => modelText(page, 'share'), (t) => t === `Proud of our team.\n${FIXED}`);
    await eventually(() => composerUi(page, QUILL), (u) => u.state === 'ok');
    await typeInto(page, QUILL, ' Thanks!');
    expect(await modelText(page, 'share')).toBe(`Proud of our team.\n${FIXED} Thanks!`);
    await page.locator('button.share-actions__primary-action').click();
    expect(await posts(page)).toEqual([{ surface: 'share', text: `Proud of our team.\n${FIXED} Thanks!` }]);
    await page.close();
  });
});

describe('LinkedIn TipTap/ProseMirror', () => {
  test('feed comment box: fix lands in the ProseMirror model', async () => {
    const page = await browser().open('li-feed');
    const pasteRequests = await countPasteRequests(page);
    await typeInto(page, COMMENT, DRAFT);
    await fixCure(page, COMMENT, 'comment', FIXED);
    expect(await pasteRequests()).toBe(1);
    await page.close();
  });

  test('SDUI share box in a modal <dialog>: UI is usable above the top layer, fix lands, undo and posting work', async () => {
    const page = await browser().open('li-compose');
    await typeInto(page, SDUI, `Thanks to NHS number 943 476 5919.\n${DRAFT}`);
    const ui = await eventually(() => composerUi(page, SDUI), (u) => u.boxes.length >= 2);
    expect(ui.boxes.map((b) => b.rule)).toEqual(expect.arrayContaining(['privacy/nhs-number', 'test/cure']));
    await screenshot(page, 'content-linkedin-sdui');
    await applySuggestion(page, SDUI, 'test/cure', 'treats');
    await eventually(() => modelText(page, 'share'), (t) => t === `Thanks to NHS number 943 476 5919.\n${FIXED}`);
    await page.locator(SDUI).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('See you at the open day.');
    await new Promise((r) => setTimeout(r, 400));
    await page.keyboard.press('ControlOrMeta+z');
    await eventually(() => modelText(page, 'share'), (t) => t !== 'See you at the open day.');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('See you at the open day.');
    await eventually(() => composerUi(page, SDUI), (u) => u.state === 'ok');
    await page.locator('dialog button.primary').click();
    expect(await posts(page)).toEqual([{ surface: 'share', text: 'See you at the open day.' }]);
    await page.close();
  });
});

test('the content script makes no network requests', () => {
  expect(browser().aborted).toEqual([]);
  expect(browser().notFound).toEqual([]);
});
