// Helpers for the content-script e2e tests: find the Clearpost UI that belongs to one composer.
// Our UI lives in open shadow roots (<clearpost-composer> hosts); a composer's badge sits inside the
// composer's bottom-right corner, which is how a test tells two composers' badges apart.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, modelText, type Harness } from './harness';
import { installE2eRuleset } from './content-ruleset';

export type Box = { rule: string; severity: string; x: number; y: number; width: number; height: number };
export type ComposerUi = { state: string | null; boxes: Box[]; cards: { rule: string; severity: string }[] };

/** The badge state, finding boxes and open cards of the composer matched by `editorCss` (pierces shadow roots). */
export function composerUi(page: Page, editorCss: string): Promise<ComposerUi> {
  return page.evaluate((css) => {
    const deep = (root: Document | ShadowRoot): Element[] => [
      ...root.querySelectorAll(css),
      ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot && e.localName !== 'clearpost-composer' ? deep(e.shadowRoot) : [])),
    ];
    const editor = deep(document)[0];
    if (!editor) throw new Error(`no editor ${css}`);
    const r = editor.getBoundingClientRect();
    const inside = (b: DOMRect) => {
      const x = b.left + b.width / 2;
      const y = b.top + b.height / 2;
      return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
    };
    for (const host of document.querySelectorAll('clearpost-composer')) {
      const shadow = host.shadowRoot!;
      const badge = shadow.querySelector('[data-clearpost-badge]');
      if (!badge || !inside(badge.getBoundingClientRect())) continue;
      return {
        state: badge.getAttribute('data-clearpost-state'),
        boxes: [...shadow.querySelectorAll<HTMLElement>('.cp-box')].map((b) => {
          const br = b.getBoundingClientRect();
          return { rule: b.dataset.clearpostRule!, severity: b.dataset.clearpostSeverity!, x: br.x, y: br.y, width: br.width, height: br.height };
        }),
        cards: [...shadow.querySelectorAll<HTMLElement>('article[data-clearpost-rule]')].map((c) => ({
          rule: c.dataset.clearpostRule!,
          severity: c.dataset.clearpostSeverity!,
        })),
      };
    }
    return { state: null, boxes: [], cards: [] };
  }, editorCss);
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
export async function uiIndex(page: Page, editorCss: string): Promise<number> {
  return page.evaluate((css) => {
    const deep = (root: Document | ShadowRoot): Element[] => [
      ...root.querySelectorAll(css),
      ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot && e.localName !== 'clearpost-composer' ? deep(e.shadowRoot) : [])),
    ];
    const r = deep(document)[0]!.getBoundingClientRect();
    return [...document.querySelectorAll('clearpost-composer')].findIndex((host) => {
      const b = host.shadowRoot?.querySelector('[data-clearpost-badge]')?.getBoundingClientRect();
      return !!b && b.left + b.width / 2 >= r.left && b.left + b.width / 2 <= r.right && b.top + b.height / 2 >= r.top && b.top + b.height / 2 <= r.bottom;
    });
  }, editorCss);
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
