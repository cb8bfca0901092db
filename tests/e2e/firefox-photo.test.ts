// Photo checks in Firefox ESR (MV2: no offscreen documents; the photo reader runs in a frame of the
// background page) on the X, Facebook and LinkedIn replicas: a handover whiteboard naming a patient
// holds the post (on X also photographed sideways), a clean photo posts exactly once after its check,
// and nothing leaves the replica hosts (the OCR and face models are packaged).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderScene, sceneByFile } from '../../scripts/image-fixtures/scenes';
import { probeComposerUi } from './composer-probe';
import { eventually } from './content-helpers';
import { fxPosts, fxType, launchFirefox, type FirefoxHarness } from './firefox-harness';
import { PHOTO_COMPOSERS, type PhotoComposer } from './photo-composers';

const [X] = PHOTO_COMPOSERS as [PhotoComposer, ...PhotoComposer[]];
/** The first OCR in a fresh browser compiles the WebAssembly core and loads the model. */
const CHECK_TIMEOUT = 90_000;

let fx: FirefoxHarness;
let dir: string;
beforeAll(async () => {
  fx = await launchFirefox();
  dir = mkdtempSync(join(tmpdir(), 'clearpost-firefox-photos-'));
});
afterAll(async () => {
  await fx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function composeWithPhoto(composer: PhotoComposer, text: string, file: string): Promise<Page> {
  const page = await fx.open(composer.replica);
  if (composer.opener) await page.locator(`::-p-text(${JSON.stringify(composer.opener)})`).click();
  await fxType(page, composer.editor, text);
  await eventually(() => page.evaluate(probeComposerUi, composer.editor), (ui) => ui.state === 'ok');
  const path = join(dir, file);
  writeFileSync(path, renderScene(sceneByFile(file)));
  const input = (await page.$(composer.fileInput)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  return page;
}

const photoState = (page: Page) => page.evaluate(() => {
  const panel = document.querySelector('[data-clearpost-photo-panel]')?.shadowRoot?.querySelector('[data-clearpost-photos]');
  return panel?.getAttribute('data-clearpost-photo-state') ?? null;
});

describe.each(PHOTO_COMPOSERS)('Firefox photos: $site', (composer) => {
  test('a whiteboard naming a patient is read and holds the post', async () => {
    const page = await composeWithPhoto(composer, 'Proud of our ward team today', 'whiteboard-bed4.png');
    await page.locator(composer.post).click();
    const dialog = await page.waitForSelector('>>> [role="alertdialog"]', { timeout: CHECK_TIMEOUT });
    expect(await dialog!.$('[data-clearpost-rule="privacy/patient-name"]')).not.toBeNull();
    expect(await dialog!.evaluate((node) => node.textContent)).toContain('The photo shows "John Smith"');
    expect(await fxPosts(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await photoState(page)).toBe('issues');
    await page.close();
  }, 180_000);

  test('a clean photo posts exactly once, after it was read (not failed open)', async () => {
    const page = await composeWithPhoto(composer, 'Open day on Saturday, all welcome', 'poster-0.png');
    await eventually(() => photoState(page), (state) => state === 'ok' || state === 'failed', CHECK_TIMEOUT);
    expect(await photoState(page)).toBe('ok');
    await page.locator(composer.post).click();
    await eventually(() => fxPosts(page), (posts) => posts.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let a wrong second post arrive before counting
    expect(await fxPosts(page)).toHaveLength(1);
    await page.close();
  }, 180_000);
});

test('Firefox photos: a whiteboard photographed sideways is read turned and holds the post', async () => {
  const page = await composeWithPhoto(X, 'Proud of our ward team today', 'whiteboard-sideways-0.png');
  await page.locator(X.post).click();
  const dialog = await page.waitForSelector('>>> [role="alertdialog"]', { timeout: CHECK_TIMEOUT });
  expect(await dialog!.$('[data-clearpost-rule="privacy/patient-name"]')).not.toBeNull();
  expect(await fxPosts(page)).toEqual([]);
  await page.close();
}, 180_000);

test('Firefox photos: nothing left the replica hosts', () => {
  expect(fx.aborted).toEqual([]);
});
