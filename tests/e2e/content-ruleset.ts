// The ruleset the content e2e tests install (as an admin would, via storage): the embedded healthcare
// packs plus one fixable rule of our own, so fix tests don't depend on the packs' current wording.
import type { BrowserContext } from 'playwright-core';

export const E2E_RULESET = `name: Clearpost content e2e
version: 1
extends: [healthcare]
# The packs' own cure rules would claim the same words (one tone finding per span).
disable: [tone/cure, tone/cure-verb]
rules:
  - id: test/cure
    kind: substitution
    category: tone
    severity: warning
    swap: { cures: treats }
    message: Avoid promising a cure; say what the treatment does.
    link: https://intranet.example/policy/claims
    examples: { flag: ["It cures colds"], pass: ["It treats colds"] }
`;

type Local = { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };

/**
 * Stores E2E_RULESET as the admin's ruleset through the extension's service worker, then waits until
 * the background has published it for the content scripts (it may still be publishing the default).
 */
export async function installE2eRuleset(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('extension service worker not found');
  await worker.evaluate(
    async ({ text, name }) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      await local.set({ 'clearpost.ruleset': { source: { kind: 'paste' }, text, loadedAt: new Date().toISOString() } });
      for (let i = 0; i < 300; i++) {
        const effective = (await local.get('clearpost.effective'))['clearpost.effective'] as { ruleset?: { name?: string } } | undefined;
        if (effective?.ruleset?.name === name) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the background did not publish the e2e ruleset within 30 s');
    },
    { text: E2E_RULESET, name: 'Clearpost content e2e' },
  );
}
