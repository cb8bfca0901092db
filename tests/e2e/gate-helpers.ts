/**
 * The pre-publish gate's end-to-end checks, shared by gate-x / gate-facebook / gate-linkedin (one
 * browser per file). Each composer variant gets the same questions, answered on the replica pages
 * with the built extension:
 *   - a draft with an error never reaches the page's own submit handler, whichever way it is sent
 *     (click, Enter/Space on the focused button, the site's keyboard shortcut);
 *   - the text is re-checked at submit time, not taken from the last (debounced) check;
 *   - a clean draft posts exactly once;
 *   - "Post anyway" with a reason posts exactly once and the audit log records it without the text;
 *   - a double click never posts twice.
 */
import type { Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../entrypoints/shared/protocol';
import { launch, modelText, posts, typeInto, type Harness, type ReplicaName } from './harness';

export type GateVariant = {
  name: string;
  replica: ReplicaName;
  /** Surface name of the composer in window.__replica. */
  surface: string;
  open?: (page: Page) => Promise<void>;
  editor: string;
  submitButton: string;
  /** The site's keyboard submit in the editor (Ctrl/Cmd+Enter, or Enter in Facebook comments). */
  submitKeys?: string;
  /** Key that inserts a line break where Enter submits. */
  newline?: string;
};

/** The default ruleset's privacy/nhs-number rule (error): a valid NHS number, labelled. */
export const BLOCKED_DRAFT = 'Get well soon, NHS number 943 476 5919';
const BLOCKED_PARTS = ['943 476 5919', 'Get well soon'];
export const CLEAN_DRAFT = 'Open day on Saturday, all welcome';
const REASON = 'Fictional number used in our data-privacy training post';

type AuditEntry = { at: string; platform: string; ruleIds: string[]; action: string; reason?: string; count?: number };

/** Declares the gate tests for these variants; returns the file's harness for extra tests. */
export function describeGate(platform: 'x' | 'facebook' | 'linkedin', variants: GateVariant[]): () => Harness {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ extensionPath: process.env.CLEARPOST_EXTENSION_DIR });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The extension's audit log without the 'checked' events every judged attempt adds. */
  async function auditLog(): Promise<AuditEntry[]> {
    return (await fullAuditLog()).filter((event) => event.action !== 'checked');
  }

  /** Drafts judged on this platform: `checked` is one counter event per site and day. */
  async function checkedCount(): Promise<number> {
    const counters = (await fullAuditLog()).filter((event) => event.action === 'checked' && event.platform === platform);
    return counters.reduce((sum, event) => sum + (event.count ?? 1), 0);
  }

  /** The extension's audit log, read in its service worker. */
  async function fullAuditLog(): Promise<AuditEntry[]> {
    const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
    if (!worker) throw new Error('no extension service worker');
    return worker.evaluate(async (key) => {
      // Runs in the service worker, where the extension APIs live on globalThis.chrome.
      type Local = { get(key: string): Promise<Record<string, unknown>> };
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
      const items = await chrome.storage.local.get(key);
      return (items[key] ?? []) as AuditEntry[];
    }, STORAGE_KEYS.audit);
  }

  async function openComposer(v: GateVariant): Promise<Page> {
    const page = await h.open(v.replica);
    await v.open?.(page);
    await page.locator(v.editor).waitFor();
    return page;
  }

  /** Types the draft and waits until Clearpost has attached to the composer and checked it once. */
  async function compose(page: Page, v: GateVariant, text: string, state: 'ok' | 'issues'): Promise<void> {
    await typeInto(page, v.editor, text, { newline: v.newline });
    await expect.poll(() => modelText(page, v.surface)).toBe(text);
    // Other composers' badges may be hidden (under a modal): wait for a visible one in that state.
    await page.locator(`[data-clearpost-badge][data-clearpost-state="${state}"]:visible`).first().waitFor();
  }

  const dialogOf = (page: Page) => page.locator('[role="alertdialog"]');

  async function expectBlocked(page: Page, v: GateVariant, text = BLOCKED_DRAFT): Promise<void> {
    const dialog = dialogOf(page);
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('[data-clearpost-rule="privacy/nhs-number"]').count()).toBe(1);
    expect(await posts(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Nothing was posted and the draft is untouched, ready to fix.
    expect(await posts(page)).toEqual([]);
    expect(await modelText(page, v.surface)).toBe(text);
  }

  async function postAnywayWithReason(page: Page, reason: string, click: (button: ReturnType<Page['locator']>) => Promise<void>) {
    const dialog = dialogOf(page);
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /Reason for posting anyway/ }).fill(reason);
    await click(dialog.getByRole('button', { name: 'Post anyway' }));
  }

  /** Lets any second (wrong) post arrive before counting. */
  const settle = (page: Page) => page.waitForTimeout(1500);

  describe.each(variants)('$name', (v) => {
    test('a click on the submit control with an error never reaches the page', async () => {
      const page = await openComposer(v);
      await compose(page, v, BLOCKED_DRAFT, 'issues');
      const before = (await auditLog()).length;
      const checkedBefore = await checkedCount();
      await page.locator(v.submitButton).click();
      await expectBlocked(page, v);
      await expect.poll(async () => (await auditLog()).slice(before)).toEqual([
        { at: expect.any(String), platform, ruleIds: ['privacy/nhs-number'], action: 'blocked' },
      ]);
      expect(await checkedCount()).toBe(checkedBefore + 1);
      await page.close();
    });

    test('Enter and Space on the focused submit control are stopped too', async () => {
      const page = await openComposer(v);
      await compose(page, v, BLOCKED_DRAFT, 'issues');
      for (const key of ['Enter', ' ']) {
        await page.locator(v.submitButton).focus();
        await page.keyboard.press(key === ' ' ? 'Space' : key);
        await expectBlocked(page, v);
      }
      await page.close();
    });

    if (v.submitKeys) {
      const keys = v.submitKeys;
      test(`${keys} in the editor is stopped, re-checking text typed since the last check`, async () => {
        const page = await openComposer(v);
        await compose(page, v, 'Get well soon', 'ok');
        // Submit straight after typing the number, before the debounced check could run.
        await page.keyboard.type(', NHS number 943 476 5919');
        await page.keyboard.press(keys);
        await expectBlocked(page, v);
        await page.close();
      });
    }

    test('a clean draft posts exactly once, double click included', async () => {
      const page = await openComposer(v);
      await compose(page, v, CLEAN_DRAFT, 'ok');
      await page.locator(v.submitButton).dblclick();
      await settle(page);
      expect(await posts(page)).toEqual([{ surface: v.surface, text: CLEAN_DRAFT }]);
      expect(await dialogOf(page).count()).toBe(0);
      await page.close();
    });

    test('"Post anyway" needs a reason, then posts once and is audited without the text', async () => {
      const page = await openComposer(v);
      await compose(page, v, BLOCKED_DRAFT, 'issues');
      const before = (await auditLog()).length;
      // A double click on Post opens one dialog and posts nothing.
      await page.locator(v.submitButton).dblclick();
      await dialogOf(page).waitFor();
      expect(await dialogOf(page).count()).toBe(1);
      expect(await posts(page)).toEqual([]);

      await dialogOf(page).getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => dialogOf(page).getByRole('alert').textContent()).toContain('Type a reason');
      expect(await posts(page)).toEqual([]);

      // A double click on "Post anyway": its second click lands on the page once the dialog is gone.
      await postAnywayWithReason(page, REASON, (button) => button.dblclick());
      await settle(page);
      expect(await posts(page)).toEqual([{ surface: v.surface, text: BLOCKED_DRAFT }]);
      expect(await dialogOf(page).count()).toBe(0);

      const events = (await auditLog()).slice(before);
      expect(events).toEqual([
        { at: expect.any(String), platform, ruleIds: ['privacy/nhs-number'], action: 'blocked' },
        { at: expect.any(String), platform, ruleIds: ['privacy/nhs-number'], action: 'override', reason: REASON },
      ]);
      const stored = JSON.stringify(await auditLog());
      for (const part of BLOCKED_PARTS) expect(stored).not.toContain(part);
      await page.close();
    });

    test('"Go back and fix" closes the dialog without posting; the fixed draft then posts once', async () => {
      const page = await openComposer(v);
      await compose(page, v, BLOCKED_DRAFT, 'issues');
      await page.locator(v.submitButton).click();
      await dialogOf(page).getByRole('button', { name: 'Go back and fix' }).click();
      await dialogOf(page).waitFor({ state: 'detached' });
      expect(await posts(page)).toEqual([]);
      // Fix it: replace the draft with a clean one, through the editor.
      await page.locator(v.editor).click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(CLEAN_DRAFT);
      await expect.poll(() => modelText(page, v.surface)).toBe(CLEAN_DRAFT);
      await page.locator(v.submitButton).click();
      await expect.poll(() => posts(page)).toEqual([{ surface: v.surface, text: CLEAN_DRAFT }]);
      expect(await dialogOf(page).count()).toBe(0);
      await page.close();
    });
  });
  return () => h;
}
