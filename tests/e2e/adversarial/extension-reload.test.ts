// A real extension reload (as an update does) with a tab open: the old content script loses its
// runtime, the background injects the new one into the open tab, and the gate holds again without
// the user reloading. Without re-injection the composer would say "reload this tab".
import { BLOCKED_DRAFT, compose, expectHeld, extensionWorker, useHarness, HOME_EDITOR, HOME_POST } from './helpers';

const harness = useHarness();

test('after an extension reload the open tab is gated again, with no stale badge or notice', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  const oldWorker = extensionWorker(harness());
  await oldWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  // The new background starts (its "serviceworker" event can come before a listener is attached
  // on a busy machine, so the worker list is polled) and injects the new content script.
  await expect.poll(() => harness().context.serviceWorkers().some((w) => w !== oldWorker && w.url().startsWith(`chrome-extension://${harness().extensionId}/`)), { timeout: 45_000 }).toBe(true);
  // The new instance attaches and checks the draft already in the composer.
  await expect.poll(() => page.locator('clearpost-composer').count(), { timeout: 20_000 }).toBe(2);
  await page.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('clearpost-notice').count()).toBe(0);
  await page.locator(HOME_POST).click();
  await expectHeld(page);
  await page.close();
});
