// Photos end to end in Chromium with the built extension, on the X, Facebook and LinkedIn replicas:
// the photo is read in the offscreen document (packaged OCR, no network), a patient identifier in it
// holds the post, a clean photo posts once, a patient named in the photo's alt text (the site's own
// alt-text box) holds the post; on X also: a whiteboard photographed sideways is read turned, a photo
// with GPS metadata is warned about and a copy without it can be saved, a face gets the consent
// reminder (found in the extension, no network), a photo that cannot be read fails open visibly and
// audited.
import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import type { Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../entrypoints/shared/protocol';
import { renderScene, sceneByFile } from '../../scripts/image-fixtures/scenes';
import { launch, posts, typeInto, type Harness } from './harness';
import { PHOTO_COMPOSERS, type PhotoComposer } from './photo-composers';

const [X] = PHOTO_COMPOSERS as [PhotoComposer, ...PhotoComposer[]];
/** First OCR in a fresh browser compiles the WebAssembly core and loads the model. */
const CHECK_TIMEOUT = 60_000;

let h: Harness;
beforeAll(async () => {
  h = await launch({ extensionPath: process.env.CLEARPOST_EXTENSION_DIR });
});
afterAll(async () => {
  await h?.close();
});

function photo(file: string) {
  return { name: file, mimeType: file.endsWith('.jpg') ? 'image/jpeg' : 'image/png', buffer: renderScene(sceneByFile(file)) };
}

async function composeWithPhoto(composer: PhotoComposer, text: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<Page> {
  const page = await h.open(composer.replica);
  if (composer.opener) await page.getByText(composer.opener, { exact: true }).first().click();
  await typeInto(page, composer.editor, text);
  await page.locator('[data-clearpost-badge][data-clearpost-state="ok"]:visible').first().waitFor();
  await page.setInputFiles(composer.fileInput, file);
  return page;
}

async function auditLog(): Promise<{ action: string; ruleIds: string[] }[]> {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  if (!worker) throw new Error('no extension service worker');
  return worker.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return ((await chrome.storage.local.get(key))[key] ?? []) as { action: string; ruleIds: string[] }[];
  }, STORAGE_KEYS.audit);
}

const panel = (page: Page) => page.locator('[data-clearpost-photos]');

/** Waits for the photo's check to list this finding in the panel, with its severity and words. */
async function expectPanelFinding(page: Page, ruleId: string, severity: string, text: string): Promise<void> {
  const item = panel(page).locator(`li[data-clearpost-rule="${ruleId}"]`);
  await item.waitFor({ timeout: CHECK_TIMEOUT });
  expect(await item.getAttribute('data-clearpost-severity')).toBe(severity);
  expect(await item.textContent()).toContain(text);
}

describe.each(PHOTO_COMPOSERS)('$site', (composer) => {
  test('a whiteboard with a patient name and bed: "checking photo", then the post is held and the words are boxed', async () => {
    const page = await composeWithPhoto(composer, 'Proud of our ward team today', photo('whiteboard-bed4.png'));
    await expect.poll(() => panel(page).getAttribute('data-clearpost-photo-state')).toBe('checking');
    await expect.poll(() => panel(page).getByRole('status').textContent()).toMatch(/^Checking photo…/);
    // Posting while the photo is being checked waits for the check, then stops the post.
    await page.click(composer.post);
    const dialog = page.locator('[role="alertdialog"]');
    await dialog.waitFor({ timeout: CHECK_TIMEOUT });
    expect(await dialog.locator('[data-clearpost-rule="privacy/patient-name"]').count()).toBe(1);
    expect(await dialog.textContent()).toContain('The photo shows "John Smith"');
    expect(await posts(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await panel(page).getAttribute('data-clearpost-photo-state')).toBe('issues');
    // Two words of the name, boxed on the thumbnail.
    await expect.poll(() => panel(page).locator('.box[data-clearpost-rule="privacy/patient-name"]').count()).toBe(2);
    // Clicking Post again once the check is done holds it at once.
    await page.click(composer.post);
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    expect(await posts(page)).toEqual([]);
    expect(h.aborted).toEqual([]);
    await page.close();
  }, 120_000);

  test('a patient named in the photo\'s alt text holds the post, like the post text would', async () => {
    const page = await composeWithPhoto(composer, 'Open day on Saturday, all welcome', photo('poster-0.png'));
    await page.getByRole('button', { name: composer.altText.button, exact: true }).first().click();
    await page.getByRole('textbox', { name: composer.altText.field, exact: true }).first().fill('John Smith in bed 4 after his hip surgery');
    await page.click(composer.post);
    const dialog = page.locator('[role="alertdialog"]');
    await dialog.waitFor({ timeout: CHECK_TIMEOUT });
    expect(await dialog.locator('[data-clearpost-rule="privacy/patient-name"]').count()).toBe(1);
    expect(await dialog.textContent()).toContain('The photo\'s description says "John Smith"');
    await page.keyboard.press('Escape');
    expect(await panel(page).locator('li[data-clearpost-rule="privacy/patient-name"]').count()).toBe(1);
    // The writer takes the name out of the alt text: the post goes, once.
    await page.getByRole('textbox', { name: composer.altText.field, exact: true }).first().fill('A poster for our open day');
    await page.click(composer.post);
    await expect.poll(() => posts(page)).toHaveLength(1);
    expect(h.aborted).toEqual([]);
    await page.close();
  }, 120_000);

  test('a clean photo posts exactly once after its check', async () => {
    const page = await composeWithPhoto(composer, 'Open day on Saturday, all welcome', photo('poster-0.png'));
    await page.click(composer.post);
    await expect.poll(() => posts(page), { timeout: CHECK_TIMEOUT }).toHaveLength(1);
    // It went because the photo was read and found clean, not because its check failed open.
    expect(await panel(page).count()).toBe(0);
    expect((await auditLog()).some((event) => event.ruleIds.includes('image/check-failed'))).toBe(false);
    await page.waitForTimeout(1500);
    expect(await posts(page)).toHaveLength(1);
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    expect(h.aborted).toEqual([]);
    await page.close();
  }, 120_000);
});

test('a whiteboard photographed sideways is read turned: the post is held and the name is boxed where it runs down the thumbnail', async () => {
  const page = await composeWithPhoto(X, 'Proud of our ward team today', photo('whiteboard-sideways-0.png'));
  await page.click(X.post);
  const dialog = page.locator('[role="alertdialog"]');
  await dialog.waitFor({ timeout: CHECK_TIMEOUT });
  expect(await dialog.locator('[data-clearpost-rule="privacy/patient-name"]').count()).toBe(1);
  expect(await posts(page)).toEqual([]);
  await page.keyboard.press('Escape');
  const boxes = panel(page).locator('.box[data-clearpost-rule="privacy/patient-name"]');
  await expect.poll(() => boxes.count()).toBe(2);
  const thumbnail = (await panel(page).locator('.thumb img').boundingBox())!;
  for (const box of await boxes.all()) {
    const { x, y, width, height } = (await box.boundingBox())!;
    expect(height).toBeGreaterThan(width);
    expect(x).toBeGreaterThanOrEqual(thumbnail.x);
    expect(x + width).toBeLessThanOrEqual(thumbnail.x + thumbnail.width + 1);
    expect(y + height).toBeLessThanOrEqual(thumbnail.y + thumbnail.height + 1);
  }
  expect(h.aborted).toEqual([]);
  await page.close();
}, 120_000);

test('a photo with GPS in its metadata gets the "remove the location" warning and is not blocked', async () => {
  const page = await composeWithPhoto(X, 'Our new corridor art', photo('corridor-gps.jpg'));
  await expectPanelFinding(page, 'image/location', 'warning', 'remove the location');
  // A copy without the metadata, made on the device, for the writer to attach instead.
  const saving = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Save a copy without location and camera details' }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toBe('corridor-gps-no-metadata.jpg');
  const copy = readFileSync((await download.path())!);
  expect([...copy.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  const original = (await exifr.parse(photo('corridor-gps.jpg').buffer, true)) as Record<string, unknown>;
  const kept = ((await exifr.parse(copy, true)) ?? {}) as Record<string, unknown>;
  for (const tag of ['latitude', 'GPSLatitude', 'Artist', 'DateTimeOriginal']) {
    expect(original).toHaveProperty(tag);
    expect(kept).not.toHaveProperty(tag);
  }
  await expect.poll(() => panel(page).getByRole('status').filter({ hasText: 'Saved corridor-gps-no-metadata.jpg' }).count()).toBe(1);
  await page.click(X.post);
  await expect.poll(() => posts(page)).toHaveLength(1);
  await page.close();
}, 120_000);

test('a team photo gets the face consent reminder, boxed on the thumbnail, and posts (a warning)', async () => {
  const page = await composeWithPhoto(X, 'Our fantastic theatre team', photo('team-photo-0.png'));
  await expectPanelFinding(page, 'image/face', 'warning', '2 faces are visible in the photo: do you have consent');
  await expect.poll(() => panel(page).locator('.box[data-clearpost-rule="image/face"]').count()).toBe(2);
  await page.click(X.post);
  await expect.poll(() => posts(page)).toHaveLength(1);
  expect(h.aborted).toEqual([]);
  await page.close();
}, 120_000);

test('a photo that cannot be read fails open: shown as not checked, audited, and the post goes', async () => {
  const page = await composeWithPhoto(X, 'Team photo from the fun run', { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await expect.poll(() => panel(page).getAttribute('data-clearpost-photo-state'), { timeout: CHECK_TIMEOUT }).toBe('failed');
  expect(await panel(page).getByRole('status').textContent()).toContain("Couldn't check a photo");
  await expect.poll(async () => (await auditLog()).some((event) => event.ruleIds.includes('image/check-failed'))).toBe(true);
  await page.click(X.post);
  await expect.poll(() => posts(page)).toHaveLength(1);
  await page.close();
}, 120_000);
