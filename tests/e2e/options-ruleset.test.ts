// The admin console end to end: load a ruleset through the options page of the real extension,
// see a broken one refused with its position, then see the loaded rule fire in a replica composer.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshot, typeInto, type Harness } from './harness';
import { composerUi, eventually } from './content-helpers';
import { INVALID_SEVERITY, RIVERSIDE } from '../unit/background/rulesets';
import { section } from './console-helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch({ extension: true });
});
afterAll(async () => {
  await h?.close();
});

const HOME = '.composer:first-of-type [data-testid="tweetTextarea_0"]';

async function pasteAndLoad(page: Page, text: string) {
  await page.getByLabel('Ruleset text (YAML or JSON)').fill(text);
  await page.getByRole('button', { name: 'Load pasted ruleset' }).click();
}

describe('admin console', () => {
  test('a ruleset loaded in the options page fires in the composer; an invalid one is refused and changes nothing', async () => {
    const options = await h.openExtensionPage('options.html#deployment');
    await expect.poll(() => options.getByTestId('ruleset-name').textContent()).toMatch(/\S/);
    expect(await options.getByText(/No ruleset has been loaded/).count()).toBe(1);

    await pasteAndLoad(options, RIVERSIDE);
    await expect.poll(() => options.getByTestId('ruleset-name').textContent()).toBe('Riverside Hospital social media policy');
    await section(options, 'Rules');
    expect(await options.getByTestId('examples-report').textContent()).toContain('2 examples from 1 rule: all behave as declared.');
    await section(options, 'Deployment');

    await pasteAndLoad(options, INVALID_SEVERITY);
    const errors = options.getByTestId('ruleset-errors');
    await errors.waitFor();
    expect(await errors.getByText('6:15').count()).toBe(1);
    expect(await errors.getByTestId('error-excerpt').textContent()).toContain('severity: fatal');
    expect(await options.getByTestId('ruleset-name').textContent()).toBe('Riverside Hospital social media policy');
    await screenshot(options, 'options-refused');

    const composer = await h.open('x-home');
    await eventually(() => composerUi(composer, HOME), (u) => u.state === 'ok');
    await typeInto(composer, HOME, 'Thanks to the team at Riverside Hosp for a wonderful open day');
    const ui = await eventually(() => composerUi(composer, HOME), (u) => u.boxes.some((b) => b.rule === 'brand/name'));
    expect(ui.boxes.find((b) => b.rule === 'brand/name')?.severity).toBe('error');
    expect(ui.state).toBe('issues');
    // The only rule in the loaded ruleset: the default packs are no longer in use.
    expect(new Set(ui.boxes.map((b) => b.rule))).toEqual(new Set(['brand/name']));
    expect(h.aborted).toEqual([]);
    await composer.close();
    await options.close();
  });

  test('a rule switched off in the console stops firing in open composers', async () => {
    const options = await h.openExtensionPage('options.html#deployment');
    await pasteAndLoad(options, RIVERSIDE);
    await expect.poll(() => options.getByTestId('ruleset-name').textContent()).toBe('Riverside Hospital social media policy');
    const composer = await h.open('x-home');
    await typeInto(composer, HOME, 'Thanks to the team at Riverside Hosp');
    await eventually(() => composerUi(composer, HOME), (u) => u.boxes.some((b) => b.rule === 'brand/name'));

    await options.bringToFront();
    await section(options, 'Rules');
    // The switch is controlled by the stored setting, which the background writes: the box turns
    // off once that round trip is done, not at the click itself.
    const enable = options.getByRole('checkbox', { name: 'Enable brand/name' });
    await enable.click();
    await expect.poll(() => enable.isChecked(), { timeout: 10_000 }).toBe(false);
    const ui = await eventually(() => composerUi(composer, HOME), (u) => u.state === 'ok');
    expect(ui.boxes).toEqual([]);
    await composer.close();
    await options.close();
  });
});
