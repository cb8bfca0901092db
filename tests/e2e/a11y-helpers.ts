// axe-core (the npm package) in real Chromium, and keyboard-only navigation helpers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Violation = { id: string; impact: string | null; help: string; targets: string[] };

/**
 * Serious and critical axe violations on the page, or only inside the elements matching `include`
 * (our shadow-root hosts on the replica sites, whose own markup is not ours to judge). An array is
 * a path into shadow roots: [host selector, selector inside its shadow root].
 */
export async function seriousViolations(page: Page, include?: string | string[]): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so extension pages' CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> };
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The focused element's accessible-ish name: aria-label, its <label>, or its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null);
    return (label ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, opts: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < (opts.max ?? 150); i++) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press(opts.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`keyboard: never reached ${String(name)}; last focus: ${await focusedName(page)}`);
}
