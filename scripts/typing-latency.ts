// `npm run bench:typing`: keystroke-to-frame latency on each replica composer, with and without the
// extension. Prints numbers; asserts nothing (the budget is "with" within 10% of "without").
//
// Keys are real key presses sent through CDP Input.dispatchKeyEvent (Playwright's keyboard), one
// every KEY_INTERVAL_MS like a fast typist. In the page, each keydown's latency is measured from the
// event's own timestamp (so the extension's capture listeners count, whichever runs first) to the
// task after the next animation frame, i.e. once that frame's work is done.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import type { Page } from 'playwright-core';
import { launch, shadowQueryAll, typeInto, type Harness, type ReplicaName } from '../tests/e2e/harness';

const WARMUP_KEYS = 20;
const MEASURED_KEYS_PER_ROUND = 100;
const ROUNDS = 2;
const KEY_INTERVAL_MS = 60;
const TEXT =
  'Thanks to Dr Shah and the team at Riverside Hospital. John Smith, 92, went home from room 12 today! ';

type Target = {
  replica: ReplicaName;
  label: string;
  editor: string;
  url?: string;
  open?: (page: Page) => Promise<void>;
};

const TARGETS: Target[] = [
  { replica: 'x-home', label: 'X home (Draft.js)', editor: '[data-testid="tweetTextarea_0"] >> nth=0' },
  { replica: 'x-mobile', label: 'X mobile (textarea)', editor: 'textarea[data-testid="tweetTextarea_0"]' },
  {
    replica: 'fb-post',
    label: 'Facebook post (Lexical)',
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    open: (page) => page.getByText("What's on your mind, Alex?", { exact: true }).first().click(),
  },
  {
    replica: 'li-feed',
    label: 'LinkedIn share (Quill)',
    url: 'https://www.linkedin.com/feed/?shareActive=true',
    editor: '.share-box-v2__modal .ql-editor',
  },
  {
    replica: 'li-feed-interop',
    label: 'LinkedIn share, shadow root (Quill)',
    url: 'https://www.linkedin.com/feed/?interop=1&shareActive=true',
    editor: '#interop-outlet .ql-editor',
  },
  { replica: 'li-compose', label: 'LinkedIn compose (TipTap)', editor: '[componentkey="ShareBox_textEditor"]' },
];

function installProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { __latency: number[] }).__latency = samples;
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
}

async function typePaced(page: Page, keys: string): Promise<void> {
  for (const key of keys) {
    const started = Date.now();
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    const wait = KEY_INTERVAL_MS - (Date.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

function keysFrom(offset: number, count: number): string {
  let out = '';
  while (out.length < offset + count) out += TEXT;
  return out.slice(offset, offset + count);
}

/** One round on a fresh page: warm up, then measure. Returns the samples and the badge state. */
async function round(h: Harness, t: Target): Promise<{ samples: number[]; badge: string }> {
  const page = await h.open(t.replica, t.url ? { url: t.url } : {});
  await t.open?.(page);
  await typeInto(page, t.editor, keysFrom(0, WARMUP_KEYS));
  await page.waitForTimeout(300);
  await installProbe(page);
  await typePaced(page, keysFrom(WARMUP_KEYS, MEASURED_KEYS_PER_ROUND));
  await page.waitForTimeout(300);
  const samples = await page.evaluate(() => (window as unknown as { __latency: number[] }).__latency.slice());
  const badges = await shadowQueryAll(page, '[data-clearpost-badge]');
  const states = [...new Set(badges.map((b) => b.attributes['data-clearpost-state']))];
  await page.close();
  return { samples, badge: states.length ? states.join('/') : 'none' };
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

const fmt = (n: number) => n.toFixed(1).padStart(7);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`.padStart(7);

async function main(): Promise<void> {
  const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  console.log('Typing latency: keydown (event timestamp) -> task after the next animation frame, in ms');
  console.log(
    `${chromium}; ${cpus().length} cores; ${ROUNDS}x${MEASURED_KEYS_PER_ROUND} measured keys per replica and condition ` +
      `after ${WARMUP_KEYS} warm-up keys; one key every ${KEY_INTERVAL_MS} ms; conditions alternate per round\n`,
  );
  const without = await launch({ extension: false });
  const withExt = await launch({ extension: true });
  try {
    // A first page right after browser start can race the extension's own start-up; typing latency
    // is about steady-state typing, so let both browsers settle on a throwaway page first.
    for (const h of [without, withExt]) {
      const page = await h.open('x-home');
      await page.waitForTimeout(3_000);
      await page.close();
    }
    console.log(
      `${'replica'.padEnd(36)} ${'without: median'.padStart(15)} ${'p95'.padStart(7)}   ${'with: median'.padStart(12)} ${'p95'.padStart(7)}   ${'ratio med'.padStart(9)} ${'p95'.padStart(7)}   extension badge`,
    );
    for (const t of TARGETS) {
      const base: number[] = [];
      const ext: number[] = [];
      let badge = 'none';
      for (let r = 0; r < ROUNDS; r++) {
        base.push(...(await round(without, t)).samples);
        const withRound = await round(withExt, t);
        ext.push(...withRound.samples);
        badge = withRound.badge;
      }
      const a = summary(base);
      const b = summary(ext);
      console.log(
        `${t.label.padEnd(36)} ${fmt(a.median).padStart(15)} ${fmt(a.p95)}   ${fmt(b.median).padStart(12)} ${fmt(b.p95)}   ${ratio(b.median, a.median).padStart(9)} ${ratio(b.p95, a.p95)}   ${badge} (n=${a.n}/${b.n})`,
      );
    }
  } finally {
    await without.close();
    await withExt.close();
  }
}

await main();
