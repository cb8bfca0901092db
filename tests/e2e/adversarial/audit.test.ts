// What the audit log says when the gate is bypassed or cannot judge: escapes, posts from a paused
// site, key auto-repeat, an override reason that leaks an identifier, and a content script that
// tries to act as the admin console.
import { evaluateInContentScript, posts } from '../harness';
import { E2E_RULESET } from '../content-ruleset';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { auditLog, BLOCKED_DRAFT, compose, CLEAN_DRAFT, dialogOf, expectHeld, extensionWorker, type AuditEntry, useHarness, HOME_EDITOR, HOME_POST } from './helpers';

const harness = useHarness();

const since = async (before: number) => (await auditLog(harness())).slice(before);
const checkedTotal = (events: AuditEntry[]) => events.filter((e) => e.action === 'checked').reduce((n, e) => n + (e.count ?? 1), 0);

async function setLocal(items: Record<string, unknown>): Promise<void> {
  await extensionWorker(harness()).evaluate(async (values) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set(values);
  }, items);
}

test('a composer with errors emptied by the page without a gate decision is recorded as escaped and shown', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  const before = (await auditLog(harness())).length;
  // As a site does after publishing through a route the gate never saw (its own publish function).
  await page.evaluate(() => window.__replica.clear('home'));
  await expect.poll(async () => (await since(before)).filter((e) => e.action === 'escaped')).toEqual([
    { at: expect.any(String), platform: 'x', ruleIds: ['privacy/nhs-number'], action: 'escaped', detail: 'cleared' },
  ]);
  await page.locator('clearpost-notice[data-clearpost-notice="escaped"]').waitFor();
  expect(JSON.stringify(await auditLog(harness()))).not.toContain('943');
  await page.close();
});

test('the user deleting a draft with errors is not an escape', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  const before = (await auditLog(harness())).length;
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.locator('[data-clearpost-badge][data-clearpost-state="ok"]:visible').first().waitFor();
  await page.waitForTimeout(500);
  expect((await since(before)).filter((e) => e.action === 'escaped')).toEqual([]);
  await page.close();
});

test('holding Ctrl+Enter counts one checked draft, not one per key repeat', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, CLEAN_DRAFT, 'ok', 'home');
  const before = checkedTotal(await auditLog(harness()));
  await page.keyboard.down('Control');
  for (let i = 0; i < 15; i++) await page.keyboard.down('Enter'); // the 2nd..15th are auto-repeats
  await page.keyboard.up('Enter');
  await page.keyboard.up('Control');
  await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: CLEAN_DRAFT }]);
  await page.waitForTimeout(800);
  expect(checkedTotal(await auditLog(harness())) - before).toBe(1);
  await page.close();
});

test('a post from a paused site is recorded as posted unchecked, never as a clean check', async () => {
  await setLocal({ [STORAGE_KEYS.pausedSites]: ['x'] });
  try {
    const page = await harness().open('x-home');
    await page.locator(HOME_EDITOR).click();
    await page.keyboard.type(BLOCKED_DRAFT);
    await page.locator('[data-clearpost-badge][data-clearpost-state="off"]').first().waitFor({ state: 'attached' });
    const before = await auditLog(harness());
    await page.locator(HOME_POST).click();
    await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: BLOCKED_DRAFT }]);
    await expect.poll(async () => (await auditLog(harness())).slice(before.length).map((e) => [e.action, e.detail])).toContainEqual(['posted-unchecked', 'paused']);
    expect(checkedTotal(await auditLog(harness()))).toBe(checkedTotal(before));
    await page.close();
  } finally {
    await setLocal({ [STORAGE_KEYS.pausedSites]: [] });
  }
});

test('an override reason holding an identifier is refused and never stored', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  const before = (await auditLog(harness())).length;
  await page.locator(HOME_POST).click();
  await expectHeld(page);
  const dialog = dialogOf(page);
  await dialog.getByRole('textbox', { name: /Reason for posting anyway/ }).fill('Patient Maria Gonzalez NHS 943 476 5919');
  await dialog.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('patient identifier');
  await page.waitForTimeout(500);
  expect(await posts(page)).toEqual([]);
  expect((await since(before)).map((e) => e.action)).not.toContain('override');
  expect(JSON.stringify(await auditLog(harness()))).not.toContain('Gonzalez');
  await page.close();
});

test('a content script cannot load a ruleset or point the refresh at its own URL', async () => {
  const page = await harness().open('x-home');
  const reply = await evaluateInContentScript<{ ok: boolean }>(
    page,
    `chrome.runtime.sendMessage(${JSON.stringify({ type: 'ruleset-load', text: E2E_RULESET, source: { kind: 'url', url: 'https://attacker.example/r.yaml' } })})`,
    harness().extensionId!,
  );
  expect(reply.ok).toBe(false);
  const stored = await extensionWorker(harness()).evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get(key))[key] ?? null;
  }, STORAGE_KEYS.ruleset);
  expect(stored).toBeNull();
  await page.close();
});
