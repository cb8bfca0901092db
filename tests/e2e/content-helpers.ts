// Helpers for the content-script e2e tests: find the Clearpost UI that belongs to one composer
// (composer-probe.ts), apply a fix, one browser per file.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, modelText, type Harness } from './harness';
import { installE2eRuleset } from './content-ruleset';
import { probeComposerUi, probeUiIndex, type ComposerUi } from './composer-probe';

export type { Box, ComposerUi } from './composer-probe';

/** The badge state, finding boxes and open cards of the composer matched by `editorCss` (pierces shadow roots). */
export function composerUi(page: Page, editorCss: string): Promise<ComposerUi> {
  return page.evaluate(probeComposerUi, editorCss);
}

/** Polls until `check` passes (or throws with the last value after `timeout` ms; the machine is shared and slow). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > until) throw new Error(`timed out; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** The host index (among <clearpost-composer> elements) of the composer's UI, for locators. */
export function uiIndex(page: Page, editorCss: string): Promise<number> {
  return page.evaluate(probeUiIndex, editorCss);
}

/** Opens the composer's findings panel and clicks the suggestion button of a finding of `rule`. */
export async function applySuggestion(page: Page, editorCss: string, rule: string, suggestion: string): Promise<void> {
  const i = await uiIndex(page, editorCss);
  if (i < 0) throw new Error(`no Clearpost UI for ${editorCss}`);
  const host = page.locator('clearpost-composer').nth(i);
  await host.locator('[data-clearpost-badge]').click();
  await host.locator(`.cp-panel article[data-clearpost-rule="${rule}"] [data-clearpost-suggestion="${suggestion}"]`).click();
}

/** A draft with a fixable warning (test/cure → "treats", see content-ruleset.ts) and its fixed text. */
export const DRAFT = 'Our new MRI cures cancer.';
export const FIXED = 'Our new MRI treats cancer.';

/** Counts the MAIN-world paste requests the content script makes (the route Firefox needs). */
export async function countPasteRequests(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __pasteRequests: number };
    w.__pasteRequests = 0;
    window.addEventListener('clearpost:paste-request', () => w.__pasteRequests++, true);
  });
  return () => page.evaluate(() => (window as unknown as { __pasteRequests: number }).__pasteRequests);
}

/** Once `test/cure` is underlined in the composer, applies its fix and waits for the editor MODEL to hold `expected`. */
export async function fixCure(page: Page, editorCss: string, surface: string, expected: string): Promise<void> {
  await eventually(() => composerUi(page, editorCss), (u) => u.boxes.some((b) => b.rule === 'test/cure'));
  await applySuggestion(page, editorCss, 'test/cure', 'treats');
  await eventually(() => modelText(page, surface), (t) => t === expected);
}

/** One browser with the extension and the e2e ruleset for the test file (the machine has 2 cores). */
export function browserWithExtension(): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await launch({ extension: true });
    await installE2eRuleset(h.context);
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('the browser is not up yet');
    return h;
  };
}
