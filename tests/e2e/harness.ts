/**
 * E2E harness: real Chromium, the unpacked extension, replica composers served at the real URLs.
 *
 * Nothing reaches the network. `context.route` answers x.com, mobile.x.com, www.facebook.com and
 * www.linkedin.com with the replica pages (tests/e2e/replicas) and aborts every other request,
 * recording it in `harness.aborted`, so a test can assert that nothing unexpected went out.
 *
 * One browser per test FILE (the machine has 2 cores):
 *
 *   let h: Harness;
 *   beforeAll(async () => { h = await launch({ extension: true }); });
 *   afterAll(async () => { await h?.close(); });
 *
 *   const page = await h.open('x-home');                // waits for window.__replica.ready
 *   await typeInto(page, '[data-testid="tweetTextarea_0"]', 'Hello\nworld');
 *   expect(await modelText(page, 'home')).toBe('Hello\nworld');
 *   await page.click('[data-testid="tweetButtonInline"]');
 *   expect(await posts(page)).toEqual([{ surface: 'home', text: 'Hello\nworld' }]);
 *
 * API
 *   launch(opts?: { extension?: boolean = true; headless?: boolean = true; extensionPath?: string })
 *     : Promise<Harness>
 *   Harness.context: BrowserContext           persistent context, fresh temp profile
 *   Harness.extensionId: string | null        null without the extension (or if it has no worker)
 *   Harness.aborted: string[]                 every request that left the replica hosts (aborted)
 *   Harness.notFound: string[]                replica-host requests the replicas don't serve (404)
 *   Harness.open(name: ReplicaName, opts?: { url?: string }): Promise<Page>
 *                                             new tab at REPLICAS[name].url (or opts.url on the same
 *                                             hosts), resolved once the replica is ready
 *   Harness.openExtensionPage(path: string): Promise<Page>   e.g. 'options.html', 'popup.html'
 *   Harness.close(): Promise<void>
 *   (launch loads a private copy of the built extension, waiting for a build in progress to finish,
 *    so a concurrent `npm run build` can't pull it from under a running browser; the unpacked
 *    extension's id follows its path, so it differs per launch: use h.extensionId)
 *   typeInto(page, selector, text, opts?: { newline?: string = 'Enter'; delay?: number = 0;
 *            click?: boolean = true }): Promise<void>
 *                                             real key presses via page.keyboard; clicks the editor
 *                                             (selector pierces open shadow roots) and moves the
 *                                             caret to the end first; "\n" presses opts.newline
 *                                             (use 'Shift+Enter' where Enter submits: FB comments)
 *   modelText(page, which?: number | string): Promise<string>
 *                                             the EDITOR MODEL's plain text (not the DOM); `which` =
 *                                             index of mounted editors, surface name, or a CSS selector
 *                                             (matched in the document and in each open shadow root)
 *   surfaces(page): Promise<string[]>         mounted editors' surface names, in index order
 *   waitForEditors(page, count = 1): Promise<void>
 *                                             until `count` editors are mounted (li-compose swaps its
 *                                             skeleton dialog for the real one ~0.5 s after load)
 *   posts(page): Promise<ReplicaPost[]>       what the page's own submit handlers received
 *   cspViolations(page): Promise<string[]>    Content-Security-Policy violations in the page (pages are
 *                                             served with REPLICA_CSP: no inline/eval script)
 *   clearEditors(page, which?): Promise<void> empty one editor (or all) through its own API
 *   shadowQueryAll(page, css): Promise<ShadowHit[]>
 *                                             matches in the document and every open shadow root,
 *                                             serialised; to click one, use page.locator(css), which
 *                                             also pierces open shadow roots
 *   contentScriptWorlds(page): Promise<ContentScriptWorld[]>
 *                                             isolated worlds injected into the page's main frame
 *   evaluateInContentScript<T>(page, expression: string, extensionId: string): Promise<T>
 *                                             evaluate in the content script's isolated world (debugging)
 *   screenshot(page, name): Promise<string>   tests/e2e/.artifacts/<name>.png; with UPDATE_SCREENSHOTS=1
 *                                             also tests/e2e/screenshots/<name>.png (README images)
 *   REPLICAS, ReplicaName                     see tests/e2e/replicas/pages.ts
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Route } from 'playwright-core';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReplicas } from './replicas/build';
import { REPLICAS, type ReplicaName } from './replicas/pages';
import { NOT_FOUND, isRoutedHost, replicaResponse } from './replicas/serve';
import type { ReplicaPost } from './replicas/src/runtime';

export { REPLICAS, type ReplicaName, type ReplicaPost };

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, '..', '..');
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');
const ARTIFACTS_DIR = join(here, '.artifacts');
const SCREENSHOTS_DIR = join(here, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type LaunchOptions = {
  /** Load the unpacked extension (default true). */
  extension?: boolean;
  /** New headless (default true); `npm start` runs headed. */
  headless?: boolean;
  /** Unpacked extension directory (default .output/chrome-mv3). */
  extensionPath?: string;
  /** Runs before the browser starts, with the id the extension will have (e.g. to write its managed policy). */
  beforeBrowser?: (extensionId: string) => void;
  /** Extra Chromium switches (e.g. host-resolver rules sending a host to a local test server). */
  args?: string[];
  /** A profile (and extension copy) to reuse, kept on close: a browser restart (start-up bench). Default: fresh ones, removed on close. */
  keep?: { userDataDir: string; extensionPath: string };
};

export type Harness = {
  context: BrowserContext;
  extensionId: string | null;
  aborted: string[];
  notFound: string[];
  open: (name: ReplicaName, opts?: { url?: string }) => Promise<Page>;
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
};

export type ShadowHit = {
  tag: string;
  attributes: Record<string, string>;
  text: string;
  inShadowRoot: boolean;
  /** Tag name of the shadow host the element lives in (null in the light DOM). */
  hostTag: string | null;
  rect: { x: number; y: number; width: number; height: number };
};

export type ContentScriptWorld = { name: string; origin: string; id: number };

function browserArgs(extensionPath: string | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extensionPath) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  return args;
}

async function serveReplica(route: Route, url: URL, notFound: string[]): Promise<void> {
  const response = replicaResponse(url, route.request().resourceType() === 'document');
  if (!response) notFound.push(url.href);
  const { status, headers, body } = response ?? NOT_FOUND;
  return route.fulfill({ status, headers, body });
}

/** Routes the replica hosts to the replica pages and aborts everything else. Used by `npm start` too. */
export async function routeReplicas(context: BrowserContext, log: { aborted: string[]; notFound: string[] }) {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    if ((url.protocol === 'https:' || url.protocol === 'http:') && isRoutedHost(url.hostname)) {
      return serveReplica(route, url, log.notFound);
    }
    log.aborted.push(url.href);
    return route.abort('blockedbyclient');
  });
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits spelt a-p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

async function findExtensionId(context: BrowserContext): Promise<string | null> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const worker =
    existing ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
  return worker ? new URL(worker.url()).host : null;
}

/** Files the manifest names that must exist for the build to be complete. */
function manifestFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const scripts = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const worker = manifest.background?.service_worker;
  return [...scripts, ...(worker ? [worker] : [])];
}

/**
 * Waits (up to 2 minutes) for a build in progress to finish: the manifest and every file it names
 * present, and nothing written for 3 s.
 */
async function settledExtensionBuild(dir: string): Promise<string> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const complete = manifestFiles(dir).every((f) => existsSync(join(dir, f)));
      const newest = Math.max(
        ...readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, String(f))).mtimeMs),
      );
      if (complete && Date.now() - newest > 3_000) return dir;
    } catch {
      // Missing or half-written manifest, or files vanishing under a rebuild: look again shortly.
    }
    if (Date.now() > deadline) throw new Error(`No built extension at ${dir}: run \`npm run build\` first.`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Copies a settled build; copies again if a rebuild started mid-copy and left it incomplete. */
export async function copySettledBuild(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    cpSync(await settledExtensionBuild(from), to, { recursive: true });
    try {
      if (manifestFiles(to).every((f) => existsSync(join(to, f)))) return;
    } catch {
      // An incomplete copy: fall through and retry.
    }
    if (attempt === 2) throw new Error(`Could not copy a complete extension build from ${from}`);
    rmSync(to, { recursive: true, force: true });
  }
}

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  const withExtension = opts.extension ?? true;
  await buildReplicas();

  const userDataDir = opts.keep?.userDataDir ?? mkdtempSync(join(tmpdir(), 'clearpost-e2e-'));
  // Load a private copy: in a shared checkout someone's `wxt build` may empty .output mid-run.
  const extensionPath = opts.keep?.extensionPath ?? mkdtempSync(join(tmpdir(), 'clearpost-ext-'));
  if (withExtension && !existsSync(join(extensionPath, 'manifest.json'))) await copySettledBuild(opts.extensionPath ?? EXTENSION_DIR, extensionPath);
  opts.beforeBrowser?.(unpackedExtensionId(extensionPath));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    ...(withExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [...browserArgs(withExtension ? extensionPath : null), ...(opts.args ?? [])],
  });
  const log = { aborted: [] as string[], notFound: [] as string[] };
  await routeReplicas(context, log);
  const extensionId = withExtension ? await findExtensionId(context) : null;
  // The persistent context opens with one blank tab; tests open their own. A headed window keeps it
  // until the caller's tabs exist, since closing a window's last tab closes the window.
  if (opts.headless ?? true) await Promise.all(context.pages().map((p) => p.close()));

  return {
    context,
    extensionId,
    aborted: log.aborted,
    notFound: log.notFound,
    async open(name, openOpts = {}) {
      const page = await context.newPage();
      await page.goto(openOpts.url ?? REPLICAS[name].url);
      await page.waitForFunction(() => window.__replica?.ready === true);
      return page;
    },
    async openExtensionPage(path) {
      if (!extensionId) throw new Error('openExtensionPage: the extension is not loaded (or has no service worker)');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (opts.keep) return;
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionPath, { recursive: true, force: true });
    },
  };
}

export async function typeInto(
  page: Page,
  selector: string,
  text: string,
  opts: { newline?: string; delay?: number; click?: boolean } = {},
): Promise<void> {
  if (opts.click ?? true) {
    await page.locator(selector).first().click();
    await page.keyboard.press('ControlOrMeta+End');
  }
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(opts.newline ?? 'Enter', { delay: opts.delay });
    if (line) await page.keyboard.type(line, { delay: opts.delay });
  }
}

export function modelText(page: Page, which?: number | string): Promise<string> {
  return page.evaluate((w) => window.__replica.modelText(w ?? undefined), which ?? null);
}

export function surfaces(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__replica.surfaces());
}

export async function waitForEditors(page: Page, count = 1): Promise<void> {
  await page.waitForFunction((n) => window.__replica.surfaces().length >= n, count);
}

export function posts(page: Page): Promise<ReplicaPost[]> {
  return page.evaluate(() => window.__replica.posts.map((p) => ({ ...p })));
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__replica.cspViolations.slice());
}

export function clearEditors(page: Page, which?: number | string): Promise<void> {
  return page.evaluate((w) => window.__replica.clear(w ?? undefined), which ?? null);
}

export function shadowQueryAll(page: Page, css: string): Promise<ShadowHit[]> {
  // No named inner functions: tsx (used by scripts) would wrap them in a __name() helper that
  // doesn't exist in the page.
  return page.evaluate((selector) => {
    const hits: ShadowHit[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const el of root.querySelectorAll(selector)) {
        const rect = el.getBoundingClientRect();
        hits.push({
          tag: el.tagName.toLowerCase(),
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          text: (el.textContent ?? '').trim(),
          inShadowRoot: root instanceof ShadowRoot,
          hostTag: root instanceof ShadowRoot ? root.host.tagName.toLowerCase() : null,
          rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        });
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return hits;
  }, css);
}

/** Content-script worlds in the page's main frame (isolated worlds whose origin is an extension). */
export async function contentScriptWorlds(page: Page): Promise<ContentScriptWorld[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await contentScriptWorldsVia(cdp);
  } finally {
    await cdp.detach();
  }
}

export async function evaluateInContentScript<T>(page: Page, expression: string, extensionId: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const world = (await contentScriptWorldsVia(cdp)).find((w) => w.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error('evaluateInContentScript: no content script world in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`evaluateInContentScript: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

async function contentScriptWorldsVia(cdp: CDPSession): Promise<ContentScriptWorld[]> {
  const worlds: ContentScriptWorld[] = [];
  const collect = ({ context }: { context: { id: number; name: string; origin: string; auxData?: { type?: string } } }) => {
    const isolated = context.auxData?.type === 'isolated';
    if (isolated && context.origin.startsWith('chrome-extension://')) {
      worlds.push({ name: context.name, origin: context.origin, id: context.id });
    }
  };
  cdp.on('Runtime.executionContextCreated', collect);
  // Enabling replays every existing context as an executionContextCreated event before it resolves.
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', collect);
  return worlds;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    copyFileSync(file, join(SCREENSHOTS_DIR, `${name}.png`));
  }
  return file;
}
