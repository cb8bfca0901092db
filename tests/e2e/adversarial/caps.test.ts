// The caps that keep a page responsive (issue 10, "No frozen pages"): a draft over the checked-text
// cap (MAX_CHECKED_CHARS) is not checked, says so, and posts fail open, audited as posted-unchecked
// (too-long); a draft with more findings than are drawn (MAX_RENDERED_FINDINGS) counts them all but
// draws only that many cards, and says so, while the gate still judges every finding.
import { MAX_RENDERED_FINDINGS } from '../../../entrypoints/content/session-types';
import { MAX_CHECKED_CHARS } from '../../../entrypoints/shared/protocol';
import { posts } from '../harness';
import { auditLog, dialogOf, useHarness } from './helpers';

const harness = useHarness();

const EDITOR = 'textarea[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButton"]';

test('a draft over the checked-text cap is not checked, says so, and posts, audited as posted-unchecked (too-long)', async () => {
  const page = await harness().open('x-mobile');
  const sentence = 'Our ward teams kept the lights on all winter. ';
  const huge = sentence.repeat(Math.ceil((MAX_CHECKED_CHARS + 1) / sentence.length));
  await page.locator(EDITOR).fill(huge);
  await page.locator('[data-clearpost-badge][data-clearpost-state="error"]:visible').first().waitFor();
  await page.locator(POST).click();
  // The replica takes its time with 65 KB of text on a loaded machine.
  await expect.poll(() => posts(page), { timeout: 10_000 }).toEqual([{ surface: 'mobile', text: huge }]);
  await expect
    .poll(async () => (await auditLog(harness())).filter((e) => e.action === 'posted-unchecked').at(-1), { timeout: 20_000 })
    .toMatchObject({ platform: 'x', detail: 'too-long' });
  await page.close();
});

test('a draft with more findings than are drawn counts them all, draws the cap and says so; the post is still held', async () => {
  const page = await harness().open('x-mobile');
  const identifiers = MAX_RENDERED_FINDINGS + 50;
  await page.locator(EDITOR).fill(Array.from({ length: identifiers }, () => 'NHS number 943 476 5919.').join('\n'));
  const badge = page.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first();
  // Every identifier is counted (the X length rule may add one more finding).
  await expect.poll(async () => Number(await badge.textContent()), { timeout: 15_000 }).toBeGreaterThanOrEqual(identifiers);
  const total = Number(await badge.textContent());
  await badge.click();
  const cards = page.locator('[aria-label="Clearpost findings"] [data-clearpost-rule]');
  await expect.poll(() => cards.count()).toBe(MAX_RENDERED_FINDINGS);
  expect(await page.locator('[data-clearpost-more]').textContent()).toBe(`Showing the first ${MAX_RENDERED_FINDINGS} of ${total} findings; fix these to see the rest.`);
  await page.keyboard.press('Escape');
  await page.locator(POST).click();
  // The dialog asks about the identifiers (its own list is not this test's concern), and nothing posted.
  await dialogOf(page).locator('[data-clearpost-rule="privacy/nhs-number"]').first().waitFor();
  await page.waitForTimeout(500);
  expect(await posts(page)).toEqual([]);
  await page.close();
});
