// No frozen pages: every check has a time budget. A long draft is checked off the page's main
// thread (by the background), and the post waits for that answer; when the answer does not come
// within the budget, the composer says the post is not checked, the post goes through (fail open,
// visibly) and the audit records it as posted-unchecked. The background is stalled on purpose here
// (a busy loop in its worker) to stand in for a pathological ruleset or a huge draft.
import { posts } from '../harness';
import { auditLog, BLOCKED_DRAFT, expectHeld, extensionWorker, useHarness } from './helpers';

const harness = useHarness();

const EDITOR = 'textarea[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButton"]';
/** About 12,000 characters: three times the longest draft checked in the page. */
const LONG_DRAFT = `${'Our ward teams kept the lights on all winter. '.repeat(260)}${BLOCKED_DRAFT}`;

test('a long draft is checked off the page and a post with an error in it is still held', async () => {
  const page = await harness().open('x-mobile');
  await page.locator(EDITOR).fill(LONG_DRAFT);
  await page.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first().waitFor();
  await page.locator(POST).click();
  await expectHeld(page);
  await page.close();
});

test('a submit right after the paste waits for the off-page check, then is held', async () => {
  const page = await harness().open('x-mobile');
  await page.locator(EDITOR).fill(LONG_DRAFT);
  // No wait for the badge: the gate itself must wait for the answer about this text.
  await page.locator(POST).click();
  await expectHeld(page);
  await page.close();
});

test('a check that runs out of its time budget says so, and the post goes through, audited as unchecked', async () => {
  const page = await harness().open('x-mobile');
  await page.locator('[data-clearpost-badge][data-clearpost-state="ok"]').first().waitFor({ state: 'attached' });
  // Stall the background for longer than the budget (5 s), as a pathological check would.
  await extensionWorker(harness()).evaluate(() => {
    setTimeout(() => {
      const end = Date.now() + 9000;
      while (Date.now() < end);
    }, 0);
  });
  await page.locator(EDITOR).fill(LONG_DRAFT);
  const notice = page.locator('clearpost-notice[data-clearpost-notice="incomplete"]');
  await notice.waitFor({ timeout: 15_000 });
  await page.locator('[data-clearpost-badge][data-clearpost-state="error"]:visible').first().waitFor();
  await page.locator(POST).click();
  await expect.poll(() => posts(page)).toEqual([{ surface: 'mobile', text: LONG_DRAFT }]);
  expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
  await expect
    .poll(async () => (await auditLog(harness())).filter((e) => e.action === 'posted-unchecked').at(-1), { timeout: 20_000 })
    .toMatchObject({ platform: 'x', detail: 'check-incomplete' });
  await page.close();
});
