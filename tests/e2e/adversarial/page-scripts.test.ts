// Page scripts against the gate: a script's click() on the Post control, a synthetic keyboard
// submit, and the forged WXT "newer content script started" event that used to tear Clearpost down.
import { posts } from '../harness';
import { auditLog, BLOCKED_DRAFT, compose, CLEAN_DRAFT, dialogOf, expectHeld, useHarness, HOME_EDITOR, HOME_POST } from './helpers';

const harness = useHarness();

test("a page script's click() on Post is held like the user's", async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid=tweetButtonInline]')!.click());
  await expectHeld(page);
  await page.close();
});

test("a page script's click() on Post still publishes a clean draft, once", async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, CLEAN_DRAFT, 'ok', 'home');
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid=tweetButtonInline]')!.click());
  await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: CLEAN_DRAFT }]);
  expect(await dialogOf(page).count()).toBe(0);
  await page.close();
});

test('a synthetic Ctrl+Enter dispatched by the page is held', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  await page.evaluate(() => {
    const editor = document.querySelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!;
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: true, bubbles: true, cancelable: true, composed: true };
    editor.dispatchEvent(new KeyboardEvent('keydown', init));
  });
  await expectHeld(page);
  await page.close();
});

test('a forged WXT "content script started" event does not tear Clearpost down', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, harness().extensionId);
  await page.waitForTimeout(1500);
  expect(await page.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').count()).toBeGreaterThan(0);
  await page.locator(HOME_POST).click();
  await expectHeld(page);
  const actions = (await auditLog(harness())).map((e) => e.action);
  expect(actions).toContain('blocked');
  await page.close();
});
