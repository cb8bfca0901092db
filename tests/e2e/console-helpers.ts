// Shared steps for the admin console e2e tests (console*.test.ts, a11y*.test.ts).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const STAFF_CSV = 'name,role,unit\nSam Okafor,Ward sister,Ward 7\nDr Priya Shah,Consultant cardiologist,Cardiology\n';
export const ORG_PHONE = '+44 161 555 0100';
export const CAMPAIGN_TAG = '#RiversideCares';
export const TUNE_NOTE = 'Legal approved our guarantee wording for the knee clinic campaign';
/** A staff name next to care, the organisation's phone, a guarantee, no campaign hashtag. */
export const SAMPLE = `Sam Okafor was discharged today. We guarantee a painless recovery: call ${ORG_PHONE}`;

export async function section(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name }).click();
}

export function draftState(page: Page): Promise<string | null> {
  return page.getByTestId('draft-bar').getAttribute('data-draft-state');
}

/** Applies the edits once they validate, and waits until the extension has stored them. */
export async function applyDraft(page: Page): Promise<void> {
  await expect.poll(() => draftState(page), { timeout: 20_000 }).toBe('valid');
  await page.getByRole('button', { name: 'Apply changes' }).click();
  // Where the bar only shows for unsaved edits (the test bench), it goes away once they are applied.
  const state = async () => ((await page.getByTestId('draft-bar').count()) === 0 ? 'clean' : draftState(page));
  await expect.poll(state, { timeout: 20_000 }).toBe('clean');
  await expect.poll(() => page.getByText('unsaved changes', { exact: true }).count()).toBe(0);
}

/** Rule id -> severity of each finding card on the console's test bench. */
export function benchFindings(page: Page): Promise<Record<string, string>> {
  return page
    .getByTestId('bench-results')
    .locator('[data-clearpost-rule]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-clearpost-rule'), e.getAttribute('data-clearpost-severity')])));
}
