// The background is the only writer of the storage it owns. A content script runs inside the site's
// page and is trusted no more than the page: here code in Clearpost's own content-script world (as a
// compromised page process or a hostile script in that world could run it) tries to wipe the audit
// log, swap the ruleset, switch the NHS-number rule off and pause checking. Chromium refuses the
// storage calls outright (storage.local is closed to content scripts) and the background refuses
// the settings messages; the next post with an NHS number is still held.
import { evaluateInContentScript } from '../harness';
import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { auditLog, BLOCKED_DRAFT, compose, expectHeld, extensionWorker, HOME_EDITOR, HOME_POST, useHarness } from './helpers';

const harness = useHarness();

const OWNED = [...Object.values(STORAGE_KEYS), ...Object.values(ADMIN_STORAGE_KEYS)];

/** Everything the background owns, as stored (read in the service worker, a trusted context). */
async function ownedState(): Promise<Record<string, unknown>> {
  return extensionWorker(harness()).evaluate(async (keys) => {
    type Local = { get(keys: string[]): Promise<Record<string, unknown>> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
    return chrome.storage.local.get(keys);
  }, OWNED);
}

test('a content script can neither read nor write the storage the background owns, nor ask it to change settings', async () => {
  const page = await harness().open('x-home');
  await compose(page, HOME_EDITOR, BLOCKED_DRAFT, 'issues', 'home');
  // On a fresh profile the stored effective ruleset lands about 1.2 s after the first check (measured
  // on this machine), past expect.poll's 1 s default; the attack needs it in place first.
  await expect.poll(async () => (await ownedState())[STORAGE_KEYS.effective], { timeout: 10_000 }).toBeTruthy();
  const before = await ownedState();

  const attack = `(async () => {
    const local = chrome.storage.local;
    const outcome = async (run) => { try { await run(); return 'done'; } catch (e) { return 'refused: ' + (e && e.message); } };
    return {
      wipeAudit: await outcome(() => local.set({ ${JSON.stringify(STORAGE_KEYS.audit)}: [] })),
      swapRuleset: await outcome(() => local.set({ ${JSON.stringify(STORAGE_KEYS.ruleset)}: { source: { kind: 'paste' }, text: 'name: empty\\nrules: []', loadedAt: new Date().toISOString() } })),
      switchOff: await outcome(() => local.set({ ${JSON.stringify(STORAGE_KEYS.disabledRules)}: ['privacy/nhs-number'] })),
      pause: await outcome(() => local.set({ ${JSON.stringify(STORAGE_KEYS.pausedSites)}: ['x'] })),
      removeAll: await outcome(() => local.clear()),
      read: await outcome(() => local.get(null)),
      askSwitchOff: await chrome.runtime.sendMessage({ type: 'rules-disabled', ruleIds: ['privacy/nhs-number'] }),
      askPause: await chrome.runtime.sendMessage({ type: 'pause-set', sites: ['x'] }),
    };
  })()`;
  const outcome = await evaluateInContentScript<Record<string, unknown>>(page, attack, harness().extensionId!);
  for (const call of ['wipeAudit', 'swapRuleset', 'switchOff', 'pause', 'removeAll', 'read']) expect(outcome[call]).toMatch(/^refused: /);
  expect(outcome.askSwitchOff).toEqual({ ok: false });
  expect(outcome.askPause).toEqual({ ok: false });

  await page.waitForTimeout(300);
  const after = await ownedState();
  // The log may have grown (the gate's own events), never lost anything; everything else is as it was.
  const { [STORAGE_KEYS.audit]: auditBefore, ...restBefore } = before;
  const { [STORAGE_KEYS.audit]: auditAfter, ...restAfter } = after;
  expect(restAfter).toEqual(restBefore);
  const logBefore = (auditBefore ?? []) as unknown[];
  expect(((auditAfter ?? []) as unknown[]).slice(0, logBefore.length)).toEqual(logBefore);

  // And the gate still judges with the real ruleset.
  await page.locator(HOME_POST).click();
  await expectHeld(page);
  expect((await auditLog(harness())).at(-1)).toMatchObject({ action: 'blocked', ruleIds: ['privacy/nhs-number'] });
  await page.close();
});
