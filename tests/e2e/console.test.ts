// The "done when" path in real Chromium: an admin starting from the default adds the
// organisation's phone and a staff CSV, requires a hashtag on X, turns a rule into a warning with a
// note, sees the test bench change, exports the ruleset, loads the export in a second fresh
// profile and sees the same behaviour in the X replica as in the first.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshot, typeInto, type Harness } from './harness';
import { composerUi, eventually } from './content-helpers';
import { applyDraft, benchFindings, CAMPAIGN_TAG, draftState, ORG_PHONE, SAMPLE, section, STAFF_CSV, TUNE_NOTE } from './console-helpers';

const HOME = '.composer:first-of-type [data-testid="tweetTextarea_0"]';

let first: Harness;
let second: Harness | undefined;
beforeAll(async () => {
  first = await launch({ extension: true });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

/** Rule id -> severity of every finding Clearpost shows on the X home composer for SAMPLE (highlights and cards). */
async function xReplicaBehaviour(h: Harness): Promise<{ state: string | null; rules: Record<string, string> }> {
  const page = await h.open('x-home');
  await eventually(() => composerUi(page, HOME), (u) => u.state === 'ok');
  await typeInto(page, HOME, SAMPLE);
  await eventually(() => composerUi(page, HOME), (u) => u.boxes.some((b) => b.rule === 'tone/guarantee'));
  // Let the check settle on the full text (it is debounced while typing), then open the cards:
  // a missing hashtag has no span to highlight, only a card.
  await page.waitForTimeout(500);
  await page.locator('clearpost-composer [data-clearpost-badge]:visible').first().click();
  const ui = await eventually(() => composerUi(page, HOME), (u) => u.cards.length > 0);
  await page.close();
  const rules = Object.fromEntries([...ui.boxes.map((b) => [b.rule, b.severity]), ...ui.cards.map((c) => [c.rule, c.severity])]);
  return { state: ui.state, rules };
}

async function buildProfile(options: Page): Promise<void> {
  await options.getByTestId('profile-form').waitFor();
  expect(await draftState(options)).toBe('clean');
  await options.getByLabel('Phone numbers').fill(ORG_PHONE);
  await options.getByLabel('Import a CSV file').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(STAFF_CSV) });
  await expect.poll(() => options.getByTestId('staff-import').getByRole('status').textContent()).toBe('Imported 2 people from staff.csv.');
  await options.getByLabel('Required on X').fill(CAMPAIGN_TAG);
  await applyDraft(options);
}

describe('admin console: done-when path', () => {
  test('profile, hashtag and tuning made in the console behave the same after export and import in a fresh profile', { timeout: 240_000 }, async () => {
    const options = await first.openExtensionPage('options.html');
    await buildProfile(options);
    await options.evaluate(() => window.scrollTo(0, 0));
    await screenshot(options, 'console-profile');

    // The test bench sample, checked with the applied profile: the guarantee is still an error.
    await section(options, 'Test bench');
    await options.getByLabel('Sample post').fill(SAMPLE);
    await expect.poll(() => benchFindings(options)).toMatchObject({ 'tone/guarantee': 'error', 'hashtags/campaign-x': 'warning' });
    expect(Object.keys(await benchFindings(options)).filter((id) => id.startsWith('privacy/'))).toEqual([]);

    await section(options, 'Rules');
    await options.getByLabel('Search rules').fill('tone/guarantee');
    await options.getByRole('button', { name: 'Tune tone/guarantee' }).click();
    const form = options.getByRole('form', { name: 'Tune tone/guarantee' });
    await form.getByLabel('Severity').selectOption('warning');
    await form.getByLabel(/Note \(required\)/).fill(TUNE_NOTE);
    await form.getByRole('button', { name: 'Save tuning' }).click();
    await expect.poll(() => options.getByTestId('preview-changes').textContent(), { timeout: 20_000 }).toContain('tone/guarantee: error → warning');
    await options.getByTestId('default-diff').locator('summary').click();
    await options.evaluate(() => window.scrollTo(0, 0));
    expect(await options.getByTestId('default-diff').locator('tr[data-rule-id="tone/guarantee"]').textContent()).toContain(TUNE_NOTE);
    await screenshot(options, 'console-rules');

    await section(options, 'Test bench');
    await expect.poll(() => benchFindings(options)).toMatchObject({ 'tone/guarantee': 'warning' });
    expect(await options.getByTestId('preview-changes').textContent()).toContain('tone/guarantee: error → warning');
    expect(await options.getByTestId('bench-results').locator('.verdict').textContent()).toBe('Publishing would go ahead.');
    await applyDraft(options);
    await screenshot(options, 'console-bench');

    // Export: the downloaded file is the ruleset shown on the Deployment section.
    await section(options, 'Deployment');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download ruleset (YAML)' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toBe(await options.getByTestId('export-yaml').inputValue());
    expect(exported).toContain(ORG_PHONE);
    expect(exported).toContain(TUNE_NOTE);
    const inFirst = await xReplicaBehaviour(first);

    // A second, fresh browser profile loads the export as a file.
    second = await launch({ extension: true });
    const fresh = await second.openExtensionPage('options.html#deployment');
    expect(await fresh.getByTestId('ruleset-name').textContent()).toBe('Clearpost default (healthcare)');
    await fresh.getByRole('radio', { name: 'File' }).check();
    await fresh.getByLabel('Ruleset file (YAML or JSON)').setInputFiles({ name: 'clearpost-ruleset.yaml', mimeType: 'application/yaml', buffer: Buffer.from(exported) });
    await expect.poll(() => fresh.getByTestId('active-ruleset').textContent(), { timeout: 20_000 }).toContain('File: clearpost-ruleset.yaml');
    await section(fresh, 'Profile');
    expect(await fresh.getByLabel('Phone numbers').inputValue()).toBe(ORG_PHONE);
    expect(await fresh.getByTestId('staff-table').getByRole('rowheader').allTextContents()).toEqual(['Sam Okafor', 'Dr Priya Shah']);
    const inSecond = await xReplicaBehaviour(second);

    expect(inSecond).toEqual(inFirst);
    expect(inFirst.rules).toMatchObject({ 'tone/guarantee': 'warning', 'tone/painless': 'warning', 'hashtags/campaign-x': 'warning' });
    // The staff member next to "discharged" and the organisation's own number are not flagged.
    expect(Object.keys(inFirst.rules).filter((id) => id.startsWith('privacy/'))).toEqual([]);
    expect(inFirst.state).toBe('issues');
    expect(first.aborted).toEqual([]);
    expect(second.aborted).toEqual([]);
    await options.close();
    await fresh.close();
  });
});
