/**
 * Shared by the adversarial e2e files: each finding of issue 10 replayed the way a page script, a
 * bookmarklet or an unexpected layout would, on the replica pages with the built extension. Each
 * test ends with the post held, or, where holding is impossible, an `escaped` audit event plus a
 * visible state.
 */
import type { Page, Worker } from 'playwright-core';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { launch, modelText, posts, typeInto, type Harness } from '../harness';

export { BLOCKED_DRAFT, CLEAN_DRAFT } from '../gate-helpers';

export type AuditEntry = { at: string; platform: string; ruleIds: string[]; action: string; reason?: string; count?: number; detail?: string };

export function extensionWorker(h: Harness): Worker {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  if (!worker) throw new Error('no extension service worker');
  return worker;
}

/** The audit log as stored, read in the extension's service worker. */
export async function auditLog(h: Harness): Promise<AuditEntry[]> {
  return extensionWorker(h).evaluate(async (key) => {
    type Local = { get(key: string): Promise<Record<string, unknown>> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
    return ((await chrome.storage.local.get(key))[key] ?? []) as AuditEntry[];
  }, STORAGE_KEYS.audit);
}

/** Types into the editor and waits until Clearpost has checked it and shows `state`. */
export async function compose(page: Page, editor: string, text: string, state: 'ok' | 'issues', surface?: string): Promise<void> {
  await typeInto(page, editor, text);
  if (surface) await expect.poll(() => modelText(page, surface)).toBe(text);
  await page.locator(`[data-clearpost-badge][data-clearpost-state="${state}"]:visible`).first().waitFor();
}

export const dialogOf = (page: Page) => page.locator('[role="alertdialog"]');

/** The pre-publish dialog is up, naming the NHS number, and nothing reached the page's handler. */
export async function expectHeld(page: Page): Promise<void> {
  const dialog = dialogOf(page);
  await dialog.waitFor();
  await expect.poll(() => dialog.locator('[data-clearpost-rule="privacy/nhs-number"]').count()).toBe(1);
  // Give a post that slipped through time to arrive.
  await page.waitForTimeout(500);
  expect(await posts(page)).toEqual([]);
}

export const HOME_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=0';
export const HOME_POST = '[data-testid="tweetButtonInline"] >> nth=0';

/** One browser with the built extension for the test file (the machine has 2 cores). */
export function useHarness(): () => Harness {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ extensionPath: process.env.CLEARPOST_EXTENSION_DIR });
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => h;
}
