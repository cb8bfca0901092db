// Accessibility in real Chromium: axe-core finds no serious or critical violation on the admin
// console (every section, light and dark), the popup with a quick check, the composer's finding
// cards and the pre-publish dialog; and the rule-tuning path works with the keyboard alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, screenshot, typeInto, type Harness } from './harness';
import { composerUi, eventually } from './content-helpers';
import { benchFindings, draftState, SAMPLE, section, TUNE_NOTE } from './console-helpers';
import { focusedName, seriousViolations, tabTo } from './a11y-helpers';

const HOME = '.composer:first-of-type [data-testid="tweetTextarea_0"]';
const SECTIONS = ['Profile', 'Rules', 'Test bench', 'Insights', 'Audit', 'Deployment'];

let h: Harness;
beforeAll(async () => {
  h = await launch({ extension: true });
});
afterAll(async () => {
  await h?.close();
});

describe('axe-core: no serious or critical violations', () => {
  test.each(['light', 'dark'] as const)('admin console, every section (%s)', async (scheme) => {
    const page = await h.openExtensionPage('options.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.getByTestId('profile-form').waitFor();
    // States worth checking too: a field with a problem, and the test bench with findings.
    await page.getByLabel('Phone numbers').fill('555');
    await page.getByTestId('field-problems').waitFor();
    if (scheme === 'dark') await screenshot(page, 'console-profile-dark');
    for (const name of SECTIONS) {
      await section(page, name);
      if (name === 'Test bench') {
        await page.getByLabel('Sample post').fill(SAMPLE);
        await page.getByTestId('bench-results').waitFor();
      }
      if (name === 'Rules') await page.getByRole('table').first().waitFor();
      expect({ section: name, violations: await seriousViolations(page) }).toEqual({ section: name, violations: [] });
    }
    await page.close();
  });

  test('popup with a quick check', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 820 });
    await popup.getByLabel('Paste a draft written anywhere').fill('We guarantee a painless recovery');
    await popup.getByTestId('quick-results').locator('[data-clearpost-rule="tone/guarantee"]').waitFor();
    await screenshot(popup, 'popup-quick-check');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  test('composer finding cards and the pre-publish dialog', async () => {
    const page = await h.open('x-home');
    await eventually(() => composerUi(page, HOME), (u) => u.state === 'ok');
    await typeInto(page, HOME, 'Get well soon, NHS number 943 476 5919. We guarantee a painless recovery');
    await eventually(() => composerUi(page, HOME), (u) => u.boxes.some((b) => b.rule === 'privacy/nhs-number'));
    await page.locator('clearpost-composer [data-clearpost-badge]:visible').first().click();
    await page.locator('clearpost-composer .cp-panel article[data-clearpost-rule]').first().waitFor();
    // The badge and the cards: everything in our shadow root.
    expect(await seriousViolations(page, ['clearpost-composer'])).toEqual([]);

    await page.keyboard.press('Escape');
    await page.click('[data-testid="tweetButtonInline"] >> nth=0');
    await page.locator('[role="alertdialog"]').waitFor();
    expect(await seriousViolations(page, '[data-clearpost-gate]')).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  test('tune a rule to a warning with a note, apply it, see it on the test bench and in the X composer', async () => {
    const page = await h.openExtensionPage('options.html');
    await page.getByTestId('profile-form').waitFor();
    await tabTo(page, 'Rules');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Search rules');
    await page.keyboard.type('tone/guarantee');
    await tabTo(page, 'Tune tone/guarantee');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Severity');
    await page.keyboard.press('ArrowDown'); // error -> warning
    expect(await page.getByRole('form', { name: 'Tune tone/guarantee' }).getByLabel('Severity').inputValue()).toBe('warning');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TUNE_NOTE);
    await tabTo(page, 'Save tuning');
    await page.keyboard.press('Enter');
    // Focus goes back to the button that opened the form.
    await expect.poll(() => focusedName(page)).toBe('Tune tone/guarantee');
    await expect.poll(() => draftState(page), { timeout: 20_000 }).toBe('valid');
    await tabTo(page, 'Apply changes', { backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => draftState(page), { timeout: 20_000 }).toBe('clean');

    await tabTo(page, 'Test bench', { backwards: true });
    await page.keyboard.press('Enter');
    await tabTo(page, 'Sample post');
    await page.keyboard.type(SAMPLE);
    await expect.poll(() => benchFindings(page)).toMatchObject({ 'tone/guarantee': 'warning' });

    const x = await h.open('x-home');
    await typeInto(x, HOME, 'We guarantee a painless recovery');
    const ui = await eventually(() => composerUi(x, HOME), (u) => u.boxes.some((b) => b.rule === 'tone/guarantee'));
    expect(ui.boxes.find((b) => b.rule === 'tone/guarantee')?.severity).toBe('warning');
    await x.close();
    await page.close();
  });

  test('popup quick check: type, apply a fix and copy, with the keyboard alone', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await tabTo(popup, 'Paste a draft written anywhere');
    await popup.keyboard.type('Our painless clinic');
    // The popup reads the effective ruleset first (up to ~2 s where storage.managed never answers).
    await popup.getByTestId('quick-results').locator('[data-clearpost-rule="tone/painless"]').waitFor();
    await tabTo(popup, 'Replace with “comfortable”');
    await popup.keyboard.press('Enter');
    expect(await popup.getByLabel('Paste a draft written anywhere').inputValue()).toBe('Our comfortable clinic');
    await tabTo(popup, 'Copy text', { backwards: true });
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe('Copied. Paste it where you are writing.');
    // What was copied comes back with a paste into the emptied box.
    await tabTo(popup, 'Paste a draft written anywhere', { backwards: true });
    await popup.keyboard.press('ControlOrMeta+A');
    await popup.keyboard.press('Delete');
    expect(await popup.getByLabel('Paste a draft written anywhere').inputValue()).toBe('');
    await popup.keyboard.press('ControlOrMeta+V');
    expect(await popup.getByLabel('Paste a draft written anywhere').inputValue()).toBe('Our comfortable clinic');
    await popup.close();
  });
});
