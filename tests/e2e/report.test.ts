// The scan-archive HTML report in real Chromium: the CLI scans a folder holding an X, a Facebook and
// a LinkedIn export; the report opens from disk, shows the tables, marks the flagged spans, runs no
// script, requests nothing, and the screenshot shows the highlight where the mark is.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { facebookExportFiles, linkedinExportFiles, writeFolder, xArchiveFiles } from '../unit/archive/fixtures';
import { REPO_ROOT, screenshot } from './harness';

// Not the harness's launch(): it serves only the replica hosts and blocks file:// pages.
let browser: Browser;
let context: BrowserContext;
/** Every http(s) request any page made: the report must make none. */
const network: string[] = [];
let dir: string;
let report: { postsChecked: number; flagged: { findings: unknown[] }[]; summary: { years: { year: string }[]; rules: unknown[] } };

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-cli.mjs'), '--if-stale'], { cwd: REPO_ROOT });
  dir = mkdtempSync(path.join(tmpdir(), 'clearpost-report-e2e-'));
  const exports = writeFolder(path.join(dir, 'exports'), { ...xArchiveFiles(), ...facebookExportFiles(), ...linkedinExportFiles() });
  const scan = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/clearpost.mjs'), 'scan-archive', exports, '--out', path.join(dir, 'report')], { encoding: 'utf8' });
  if (scan.status !== 1) throw new Error(`scan-archive exited ${scan.status}: ${scan.stderr}`);
  report = JSON.parse(readFileSync(path.join(dir, 'report/report.json'), 'utf8'));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:/, (route) => {
    network.push(route.request().url());
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openReport(): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path.join(dir, 'report/report.html')).href);
  return { page, requests, dialogs };
}

it('shows the summary tables and one findings row per finding, with the flagged spans marked', async () => {
  const { page, requests, dialogs } = await openReport();
  const years = await page.locator('#by-year tbody tr td:first-child').allTextContents();
  expect(years).toEqual(report.summary.years.map((row) => row.year));
  expect(years).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
  expect(await page.locator('#by-rule tbody tr').count()).toBe(report.summary.rules.length);
  const findings = report.flagged.reduce((sum, post) => sum + post.findings.length, 0);
  await expect.poll(() => page.locator('#findings tbody tr').count()).toBe(findings);
  expect(await page.locator('[data-total="posts"]').textContent()).toBe(String(report.postsChecked));

  const guarantee = page.locator('#findings tr[data-rule="tone/guarantee"]').first();
  expect(await guarantee.locator('mark').textContent()).toBe('GUARANTEES');
  expect(await guarantee.locator('td').first().textContent()).toBe('2020-01-10 14:02');
  expect(await guarantee.getByRole('link', { name: 'Open post' }).getAttribute('href')).toBe('https://x.com/RiversideNHS/status/1200000000000000002');
  const riskFree = page.locator('#findings tr[data-rule="tone/risk-free"]').first();
  // The tweet's "<script>" is text on the page, not an element.
  expect(await riskFree.locator('td.text').textContent()).toContain('<script>alert(1)</script>');
  expect(await page.locator('script').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([page.url()]);
  expect(network).toEqual([]);
  await page.close();
});

it('the screenshot shows the highlight colour where the mark is', async () => {
  const { page } = await openReport();
  await screenshot(page, 'archive-report');
  const mark = page.locator('#findings mark').first();
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.boundingBox();
  if (!box) throw new Error('no mark on screen');
  const shot = await page.screenshot();
  // Read the pixels back from the PNG in a blank page (the report's CSP allows no images).
  const blank = await context.newPage();
  const share = await blank.evaluate(
    async ({ png, x, y, width, height }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(x, y, width, height);
      let highlight = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0xff && data[i + 1] === 0xd5 && data[i + 2] === 0x4a) highlight += 1;
      return highlight / (width * height);
    },
    { png: shot.toString('base64'), x: Math.ceil(box.x), y: Math.ceil(box.y), width: Math.floor(box.width), height: Math.floor(box.height) },
  );
  // Most of the mark's box is #ffd54a, the report's highlight colour (the rest is the word's glyphs).
  expect(share).toBeGreaterThan(0.4);
  await blank.close();
  await page.close();
});
