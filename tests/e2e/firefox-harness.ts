/**
 * Firefox E2E harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core (no browser
 * download), the built MV2 extension (.output/firefox-mv2) installed as a temporary add-on, replica
 * composers served at the real URLs.
 *
 * Nothing reaches the network: every tab's requests are intercepted (BiDi network.addIntercept);
 * the replica hosts get the replica pages, every other request is aborted and recorded in
 * `aborted`, exactly as the Chromium harness (harness.ts) does with Playwright routes.
 *
 * Enterprise policy: Firefox reads policies.json only from the `distribution` folder next to its
 * executable (or a system folder), never from a profile. So each launch runs Firefox from a private
 * application folder: a copy of the small launcher binary, symlinks to everything else in
 * /usr/lib/firefox-esr, and a `distribution/policies.json` of its own. Firefox resolves its
 * installation from the launcher's real path, so it finds that policies.json and nothing system-wide
 * changes (other developers' browsers are unaffected).
 *
 *   const fx = await launchFirefox({ policy: { rulesetInline: '...' } });   // 3rdparty.Extensions values
 *   const page = await fx.open('x-home');                                   // waits for window.__replica.ready
 *   await fxType(page, '[data-testid="tweetTextarea_0"]', 'Hello');
 *   expect(await fxModelText(page, 'home')).toBe('Hello');
 *   await fx.close();
 *
 * Selectors given to puppeteer pierce open shadow roots with `>>>` (e.g. 'clearpost-composer >>> [data-clearpost-badge]').
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copySettledBuild, REPO_ROOT } from './harness';
import { buildReplicas } from './replicas/build';
import { REPLICAS, type ReplicaName } from './replicas/pages';
import { NOT_FOUND, isRoutedHost, replicaResponse } from './replicas/serve';
import type { ReplicaPost } from './replicas/src/runtime';

export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output', 'firefox-mv2');
/** The add-on id in the MV2 manifest (wxt.config.ts browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'clearpost@clearpost.example';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type FirefoxOptions = {
  /** Values for policies.json `3rdparty.Extensions["clearpost@clearpost.example"]` (storage.managed). */
  policy?: Record<string, unknown>;
};

export type FirefoxHarness = {
  browser: Browser;
  /** Every request that left the replica hosts (aborted). */
  aborted: string[];
  /** Replica-host requests the replicas don't serve (404). */
  notFound: string[];
  open: (name: ReplicaName, opts?: { url?: string }) => Promise<Page>;
  close: () => Promise<void>;
};

/**
 * A private Firefox installation folder whose distribution/policies.json is ours. Only the launcher
 * is copied (it finds libxul, omni.ja and the rest next to its own real path, through the symlinks).
 */
function firefoxAppWithPolicies(policies: object): { executable: string; dir: string } {
  const launcher = realFirefoxPath(FIREFOX);
  const installDir = dirname(launcher);
  const dir = mkdtempSync(join(tmpdir(), 'clearpost-firefox-app-'));
  for (const entry of readdirSync(installDir)) {
    if (entry === 'distribution') continue;
    if (join(installDir, entry) === launcher) copyFileSync(launcher, join(dir, entry));
    else symlinkSync(join(installDir, entry), join(dir, entry));
  }
  mkdirSync(join(dir, 'distribution'));
  writeFileSync(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { executable: join(dir, launcher.slice(installDir.length + 1)), dir };
}

/** /usr/bin/firefox-esr is a symlink into /usr/lib/firefox-esr; the launcher must be the real file. */
function realFirefoxPath(path: string): string {
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  return realpathSync(path);
}

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxHarness> {
  await buildReplicas();
  const extensionCopy = mkdtempSync(join(tmpdir(), 'clearpost-ext-firefox-'));
  await copySettledBuild(FIREFOX_EXTENSION_DIR, extensionCopy);
  const policies = opts.policy ? { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: opts.policy } } } : {};
  const app = firefoxAppWithPolicies(policies);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: app.executable,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  const log = { aborted: [] as string[], notFound: [] as string[] };
  try {
    await browser.installExtension(extensionCopy);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const route = (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return request.continue();
    if (!isRoutedHost(url.hostname)) {
      log.aborted.push(url.href);
      return request.abort('blockedbyclient');
    }
    const response = replicaResponse(url, request.isNavigationRequest());
    if (!response) log.notFound.push(url.href);
    const { status, headers, body } = response ?? NOT_FOUND;
    return request.respond({ status, headers, body });
  };

  return {
    browser,
    aborted: log.aborted,
    notFound: log.notFound,
    async open(name, openOpts = {}) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void route(request));
      await page.goto(openOpts.url ?? REPLICAS[name].url);
      await page.waitForFunction(() => window.__replica?.ready === true);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(app.dir, { recursive: true, force: true });
      rmSync(extensionCopy, { recursive: true, force: true });
    },
  };
}

/** Real key presses: clicks the editor (selector may pierce with >>>), caret to the end, "\n" presses `newline`. */
export async function fxType(page: Page, selector: string, text: string, opts: { newline?: string[] } = {}): Promise<void> {
  await page.locator(selector).click();
  await pressChord(page, ['Control', 'End']);
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) await pressChord(page, opts.newline ?? ['Enter']);
    if (line) await page.keyboard.type(line);
  }
}

/** Presses modifier keys and a key together, e.g. ['Control', 'Enter']. */
export async function pressChord(page: Page, keys: string[]): Promise<void> {
  const modifiers = keys.slice(0, -1) as Parameters<Page['keyboard']['down']>[0][];
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(keys[keys.length - 1] as Parameters<Page['keyboard']['press']>[0]);
  for (const m of modifiers.reverse()) await page.keyboard.up(m);
}

export function fxModelText(page: Page, which?: number | string): Promise<string> {
  return page.evaluate((w) => window.__replica.modelText(w ?? undefined), which ?? null);
}

export function fxPosts(page: Page): Promise<ReplicaPost[]> {
  return page.evaluate(() => window.__replica.posts.map((p) => ({ ...p })));
}
