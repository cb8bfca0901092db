// X replicas: Draft.js (home box, reply box, the #layers modal) and the mobile React textarea.
import { describe, expect, test } from 'vitest';
import { modelText, posts, screenshot, typeInto } from './harness';
import { applySuggestion, browserWithExtension, composerUi, countPasteRequests, DRAFT, eventually, fixCure, FIXED, uiIndex } from './content-helpers';

const browser = browserWithExtension();

/** The bits of the extension API the tests call inside the service worker. */
type ExtensionApi = {
  tabs: { query(q: { url: string }): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  storage: { local: { set(v: object): Promise<void> } };
};

const HOME = '[data-testid="primaryColumn"] > .composer [data-testid="tweetTextarea_0"]';
const REPLY = 'section .composer [data-testid="tweetTextarea_0"]';
const MODAL = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const MOBILE = 'textarea[data-testid="tweetTextarea_0"]';

describe('X desktop (Draft.js)', () => {
  test('each composer gets its own session; typing underlines findings and sets the badge', async () => {
    const page = await browser().open('x-home');
    await eventually(() => composerUi(page, HOME), (u) => u.state === 'ok');
    expect((await composerUi(page, REPLY)).state).toBe('ok');
    await typeInto(page, HOME, 'Thanks to our patient, NHS number 943 476 5919! Our new MRI cures cancer.');
    const ui = await eventually(() => composerUi(page, HOME), (u) => u.boxes.length >= 2);
    expect(ui.state).toBe('issues');
    expect(ui.boxes.map((b) => [b.rule, b.severity])).toEqual(
      expect.arrayContaining([['privacy/nhs-number', 'error'], ['test/cure', 'warning']]),
    );
    // The boxes sit on the text, inside the editor.
    const editorBox = (await page.locator(HOME).boundingBox())!;
    for (const b of ui.boxes) {
      expect(b.y).toBeGreaterThanOrEqual(editorBox.y - 1);
      expect(b.y + b.height).toBeLessThanOrEqual(editorBox.y + editorBox.height + 1);
    }
    // The other composer is unaffected.
    expect((await composerUi(page, REPLY)).state).toBe('ok');
    await screenshot(page, 'content-x-draft');
    // Keyboard: the badge is a button; Enter opens the list on the first finding, Escape closes it
    // and gives focus back to the badge.
    const badge = page.locator('clearpost-composer').nth(await uiIndex(page, HOME)).locator('[data-clearpost-badge]');
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => badge.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'content-x-panel');
    await page.keyboard.press('Escape');
    await expect.poll(() => badge.getAttribute('aria-expanded')).toBe('false');
    expect(await badge.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.close();
  });

  test('the popup gets counts (never text) for this tab, and pausing the site turns checking off', async () => {
    const page = await browser().open('x-home');
    await typeInto(page, HOME, 'NHS number 943 476 5919');
    await eventually(() => composerUi(page, HOME), (u) => u.state === 'issues');
    const worker = browser().context.serviceWorkers()[0]!;
    const status = await worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://x.com/*' });
      return c.tabs.sendMessage(tab!.id, { type: 'tab-status' });
    });
    expect(status).toEqual({
      platform: 'x', composers: 2, findings: { error: 1, warning: 0, info: 0 }, state: 'issues', paused: false, pauseAllowed: true,
    });
    const setPaused = (sites: string[]) =>
      worker.evaluate((v) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.set({ 'clearpost.pausedSites': v }), sites);
    expect(await page.evaluate(() => CSS.highlights.has('clearpost-error'))).toBe(true);
    await setPaused(['x']);
    try {
      // Paused: no boxes, no highlights, badge says off (boxes follow the badge by one frame).
      await eventually(() => composerUi(page, HOME), (u) => u.state === 'off' && u.boxes.length === 0);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    } finally {
      await setPaused([]);
    }
    await eventually(() => composerUi(page, HOME), (u) => u.state === 'issues' && u.boxes.length === 1);
    await page.close();
  });

  test('a suggestion lands in the Draft.js model through the MAIN-world paste; typing and posting still work', async () => {
    const page = await browser().open('x-home');
    const pasteRequests = await countPasteRequests(page);
    await typeInto(page, HOME, DRAFT);
    await fixCure(page, HOME, 'home', FIXED);
    expect(await pasteRequests()).toBe(1);
    await eventually(() => composerUi(page, HOME), (u) => u.state === 'ok');
    await typeInto(page, HOME, ' Book now');
    expect(await modelText(page, 'home')).toBe(`${FIXED} Book now`);
    await page.click('[data-testid="tweetButtonInline"] >> nth=0');
    expect(await posts(page)).toEqual([{ surface: 'home', text: `${FIXED} Book now` }]);
    await page.close();
  });

  test('the caret on an underlined word opens its card; "Ignore here" drops it for this composer only', async () => {
    const page = await browser().open('x-home');
    await typeInto(page, HOME, DRAFT);
    const ui = await eventually(() => composerUi(page, HOME), (u) => u.boxes.some((b) => b.rule === 'test/cure'));
    const cure = ui.boxes.find((b) => b.rule === 'test/cure')!;
    // Boxes take no pointer events: this click lands in the editor and puts the caret in "cures".
    await page.mouse.click(cure.x + cure.width / 2, cure.y + cure.height / 2);
    const host = page.locator('clearpost-composer').nth(await uiIndex(page, HOME));
    const card = host.locator('.cp-caret-card article');
    await expect.poll(() => card.getAttribute('data-clearpost-rule')).toBe('test/cure');
    // The card keeps clear of the composer's own controls: a click on Post must reach Post.
    const cardBox = (await card.boundingBox())!;
    for (const control of await page.locator('[data-testid="primaryColumn"] > .composer [role="button"], [data-testid="primaryColumn"] > .composer button').all()) {
      const b = await control.boundingBox();
      if (!b || !b.width) continue;
      const overlaps = b.x < cardBox.x + cardBox.width && cardBox.x < b.x + b.width && b.y < cardBox.y + cardBox.height && cardBox.y < b.y + b.height;
      expect(overlaps, `the caret card covers ${await control.getAttribute('data-testid')}`).toBe(false);
    }
    await card.getByRole('button', { name: 'Ignore here' }).click();
    await eventually(() => composerUi(page, HOME), (u) => u.state === 'ok');
    expect(await modelText(page, 'home')).toBe(DRAFT);
    await typeInto(page, REPLY, DRAFT);
    await eventually(() => composerUi(page, REPLY), (u) => u.boxes.some((b) => b.rule === 'test/cure'));
    await page.close();
  });

  test('undo still works with the extension on', async () => {
    const page = await browser().open('x-home');
    await typeInto(page, REPLY, 'Hello world');
    await eventually(() => composerUi(page, REPLY), (u) => u.state === 'ok');
    await new Promise((r) => setTimeout(r, 400)); // let a check run between typing and undo
    await page.keyboard.press('ControlOrMeta+z');
    const after = await modelText(page, 'reply');
    expect(after).not.toBe('Hello world');
    expect('Hello world'.startsWith(after)).toBe(true);
    await page.close();
  });

  test('the modal composer that opens later gets a session, the covered home box hides its UI', async () => {
    const page = await browser().open('x-home');
    await eventually(() => composerUi(page, HOME), (u) => u.state === 'ok');
    await page.click('[data-testid="SideNav_NewTweet_Button"]');
    await typeInto(page, MODAL, DRAFT, { click: true });
    await fixCure(page, MODAL, 'modal-0', FIXED);
    const homeBadgeVisible = await page.evaluate(() =>
      [...document.querySelectorAll('clearpost-composer')].filter((h) => (h as HTMLElement).style.display !== 'none').length,
    );
    expect(homeBadgeVisible).toBe(1); // only the modal's UI shows
    await page.close();
  });
});

describe('X mobile (React textarea)', () => {
  test('findings are drawn from a mirror, and a fix reaches the React state', async () => {
    const page = await browser().open('x-mobile');
    await typeInto(page, MOBILE, DRAFT);
    const ui = await eventually(() => composerUi(page, MOBILE), (u) => u.boxes.some((b) => b.rule === 'test/cure'));
    const cure = ui.boxes.find((b) => b.rule === 'test/cure')!;
    expect(cure.width).toBeGreaterThan(10);
    await screenshot(page, 'content-x-mobile');
    await applySuggestion(page, MOBILE, 'test/cure', 'treats');
    await eventually(() => modelText(page, 'mobile'), (t) => t === FIXED);
    await eventually(() => composerUi(page, MOBILE), (u) => u.state === 'ok');
    await page.click('button[data-testid="tweetButton"]');
    expect(await posts(page)).toEqual([{ surface: 'mobile', text: FIXED }]);
    await page.close();
  });
});

test('the content script makes no network requests', () => {
  expect(browser().aborted).toEqual([]);
  expect(browser().notFound).toEqual([]);
});
