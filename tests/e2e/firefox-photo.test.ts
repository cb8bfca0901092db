// Photo checks in Firefox ESR (MV2: no offscreen documents; the photo reader runs in a frame of the
// background page) on the X, Facebook and LinkedIn replicas: a handover whiteboard naming a patient
// holds the post, a clean photo posts exactly once after its check, and nothing leaves the replica
// hosts (the OCR and face models are packaged).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderScene, sceneByFile } from '../../scripts/image-fixtures/scenes';
import { probeComposerUi } from './composer-probe';
import { eventually } from './content-helpers';
import { fxPosts, fxType, launchFirefox, type FirefoxHarness } from './firefox-harness';
import type { ReplicaName } from './harness';

type Composer = {
  site: string;
  replica: ReplicaName;
  open?: (page: Page) => Promise<void>;
  editor: string;
  post: string;
  fileInput: string;
};

const COMPOSERS: Composer[] = [
  {
    site: 'X home composer',
    replica: 'x-home',
    editor: '[data-testid="primaryColumn"] > .composer [data-testid="tweetTextarea_0"]',
    post: '[data-testid="primaryColumn"] > .composer [data-testid="tweetButtonInline"]',
    fileInput: '[data-testid="primaryColumn"] > .composer [data-testid="fileInput"]',
  },
  {
    site: 'Facebook create-post dialog',
    replica: 'fb-post',
    open: (page) => page.locator('::-p-text("What\'s on your mind, Alex?")').click(),
    editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    post: '[role="dialog"] div[role="button"][aria-label="Post"]',
    fileInput: '[role="dialog"] input[type="file"]',
  },
  {
    site: 'LinkedIn share dialog',
    replica: 'li-compose',
    editor: 'dialog[open][data-testid="dialog"] [componentkey="ShareBox_textEditor"][contenteditable="true"]',
    post: 'dialog[data-testid="dialog"] button.primary',
    fileInput: 'dialog[data-testid="dialog"] input[type="file"]',
  },
];
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

async function composeWithPhoto(composer: Composer, text: string, file: string): Promise<Page> {
  const page = await fx.open(composer.replica);
  await composer.open?.(page);
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

describe.each(COMPOSERS)('Firefox photos: $site', (composer) => {
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

test('Firefox photos: nothing left the replica hosts', () => {
  expect(fx.aborted).toEqual([]);
});
