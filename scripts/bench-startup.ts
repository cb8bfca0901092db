// `npm run bench:startup`: composer in the DOM -> first check, in real Chromium with the built
// extension (.output/chrome-mv3; run `npm run build` first). DESIGN budget: <= 300 ms, including
// the first tab after the browser starts. Prints figures; asserts nothing.
//
// Per browser start, tabs are opened one after another on the X home replica:
//   - fresh profile: the extension has just been installed, its worker is starting;
//   - restart: the same profile started again (the ruleset is already stored);
// and in each, the first tab and later ones. In the page, a main-world script notes when the
// composer enters the DOM and when our badge shows a state; the content script marks each
// composer's first check (performance mark "clearpost:first-check"), read in its own world.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { evaluateInContentScript, launch, REPLICAS, type Harness } from '../tests/e2e/harness';
import { FIRST_CHECK_MARK } from '../entrypoints/content/startup-mark';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const ROUNDS = 3;
const LATER_TABS = 3;
const BADGE_TIMEOUT_MS = 10_000;

type Sample = { editor: number; badge: number | null; check: number | null };

/**
 * Main world, before the page's scripts: when the composer appears and when a badge state shows.
 * A string, not a function: tsx wraps functions in helpers the page does not have.
 */
const PROBE = `(() => {
  const times = { editor: null, badge: null };
  window.__startup = times;
  const look = () => {
    if (times.editor === null && document.querySelector(${JSON.stringify(EDITOR)})) times.editor = performance.now();
    for (const host of times.badge === null ? document.querySelectorAll('clearpost-composer') : []) {
      const state = host.shadowRoot?.querySelector('[data-clearpost-badge]')?.getAttribute('data-clearpost-state');
      if (state === 'ok' || state === 'issues') times.badge = performance.now();
    }
    if (times.badge === null) requestAnimationFrame(look);
  };
  new MutationObserver(() => { if (times.editor === null) look(); }).observe(document, { childList: true, subtree: true });
  requestAnimationFrame(look);
})()`;

async function measureTab(h: Harness): Promise<Sample> {
  const page: Page = await h.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(REPLICAS['x-home'].url);
  await page.waitForFunction(() => (window as unknown as { __startup: { badge: number | null } }).__startup.badge !== null, null, {
    timeout: BADGE_TIMEOUT_MS,
    polling: 50,
  }).catch(() => undefined);
  const times = await page.evaluate(() => (window as unknown as { __startup: { editor: number; badge: number | null } }).__startup);
  const marks = await evaluateInContentScript<number[]>(
    page,
    `performance.getEntriesByName(${JSON.stringify(FIRST_CHECK_MARK)}).map((m) => m.startTime)`,
    h.extensionId!,
  ).catch(() => []);
  await page.close();
  return {
    editor: times.editor,
    badge: times.badge === null ? null : times.badge - times.editor,
    check: marks.length ? Math.min(...marks) - times.editor : null,
  };
}

async function browserStart(keep: { userDataDir: string; extensionPath: string }): Promise<Sample[]> {
  const h = await launch({ keep });
  try {
    const samples: Sample[] = [];
    for (let i = 0; i <= LATER_TABS; i++) samples.push(await measureTab(h));
    return samples;
  } finally {
    await h.close();
  }
}

const ms = (n: number | null) => (n === null ? '    n/a' : `${n.toFixed(0).padStart(5)} ms`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

function report(label: string, samples: Sample[]): void {
  const checks = samples.flatMap((s) => (s.check === null ? [] : [s.check]));
  const badges = samples.flatMap((s) => (s.badge === null ? [] : [s.badge]));
  const missing = samples.length - checks.length;
  console.log(
    `${label.padEnd(34)} first check: median ${ms(checks.length ? median(checks) : null)}, max ${ms(checks.length ? Math.max(...checks) : null)}` +
      `   badge shown: median ${ms(badges.length ? median(badges) : null)}, max ${ms(badges.length ? Math.max(...badges) : null)}` +
      (missing ? `   (${missing} of ${samples.length} without a check mark)` : ''),
  );
}

async function main(): Promise<void> {
  const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  console.log('Start-up: composer in the DOM -> first check (content script mark) and -> badge shown (ok), X home replica');
  console.log(`${chromium}; ${cpus().length} cores; ${ROUNDS} rounds; each round: fresh profile, then the same profile restarted; ${LATER_TABS} later tabs each\n`);
  const rows = { freshFirst: [] as Sample[], freshLater: [] as Sample[], restartFirst: [] as Sample[], restartLater: [] as Sample[] };
  for (let round = 0; round < ROUNDS; round++) {
    const keep = { userDataDir: mkdtempSync(join(tmpdir(), 'clearpost-bench-profile-')), extensionPath: mkdtempSync(join(tmpdir(), 'clearpost-bench-ext-')) };
    try {
      const [fresh, ...freshLater] = await browserStart(keep);
      const [restart, ...restartLater] = await browserStart(keep);
      rows.freshFirst.push(fresh!);
      rows.freshLater.push(...freshLater);
      rows.restartFirst.push(restart!);
      rows.restartLater.push(...restartLater);
    } finally {
      rmSync(keep.userDataDir, { recursive: true, force: true });
      rmSync(keep.extensionPath, { recursive: true, force: true });
    }
  }
  report('fresh profile, first tab', rows.freshFirst);
  report('fresh profile, later tabs', rows.freshLater);
  report('restarted browser, first tab', rows.restartFirst);
  report('restarted browser, later tabs', rows.restartLater);
  console.log('\nDESIGN budget: <= 300 ms to the first check, first tab included.');
}

await main();
