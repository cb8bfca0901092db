// A real extension reload (as an update does) with a tab open: the old content script loses its
// runtime, the new background injects the new one into the open tab, and the gate holds again
// without the user reloading. The reload is asked by the extension's own service worker
// (chrome.runtime.reload), the test waits for the new worker to start, then for what the user sees
// in the tab. The file has its own browser (useHarness), so no other test's tabs or workers interfere.
import type { Worker } from 'playwright-core';
import { BLOCKED_DRAFT, compose, expectHeld, extensionWorker, useHarness, HOME_EDITOR, HOME_POST } from './helpers';

const harness = useHarness();

/** Reloads the extension from its service worker and resolves with the worker that starts after it. */
async function reloadExtension(): Promise<Worker> {
  const h = harness();
  const old = extensionWorker(h);
  const started = h.context.waitForEvent('serviceworker', {
    predicate: (w) => w !== old && w.url().startsWith(`chrome-extension://${h.extensionId}/`),
    timeout: 45_000,
  });
  // The worker is torn down by its own call, so the evaluation does not return.
  void old.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  return started;
}

test('after an extension reload the open tab is gated again, with no stale badge or notice', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  const instance = () => page.evaluate(() => document.documentElement.getAttribute('data-clearpost-instance'));
  const before = await instance();

  await reloadExtension();
  // A new content script instance claims the page (re-injected by the new background).
  await expect.poll(instance, { timeout: 30_000, interval: 250 }).not.toBe(before);
  await page.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('clearpost-notice').count()).toBe(0);
  await page.locator(HOME_POST).click();
  await expectHeld(page);
  await page.close();
});
