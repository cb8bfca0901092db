// `npm start`: build the extension and the replica pages, then open Chromium with the extension and
// one tab per replica composer (X, X Pro, Facebook, Meta Business Suite, LinkedIn feed, compose and
// page admin), served at the real URLs with no network (as in the e2e harness).
// Runs headed when a display exists; otherwise headless, writing a screenshot per tab.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
register();
const { launch, screenshot, typeInto } = await import('../tests/e2e/harness.ts');

const TABS = [
  { name: 'x-home', label: 'X (Draft.js home composer)', editor: '[data-testid="tweetTextarea_0"] >> nth=0' },
  { name: 'fb-post', label: 'Facebook (Lexical comment box; "What\'s on your mind" opens the post dialog)', editor: '[aria-label="Comment as Alex"]', newline: 'Shift+Enter' },
  { name: 'li-feed', label: 'LinkedIn legacy share box (Quill)', url: 'https://www.linkedin.com/feed/?shareActive=true', editor: '.ql-editor' },
  { name: 'li-compose', label: 'LinkedIn compose dialog (TipTap)', editor: '[componentkey="ShareBox_textEditor"]' },
  { name: 'li-admin', label: 'LinkedIn company page admin share box (Quill)', editor: '[data-test-modal-id="sharebox"] .ql-editor' },
  { name: 'mbs-composer', label: 'Meta Business Suite post composer (Draft.js)', editor: '[aria-label^="Write into the dialogue box"]' },
  { name: 'mbs-inbox', label: 'Meta Business Suite inbox reply box (Lexical)', editor: '.reply-box [data-lexical-editor="true"]', newline: 'Shift+Enter' },
  { name: 'x-pro', label: 'X Pro composer column (Draft.js)', editor: '[data-testid="tweetTextarea_0"]' },
];
const SAMPLE_DRAFT = 'Get well soon to John Smith, 92, in room 12 on Ward 7! NHS number 943 476 5919. Our new clinic cures anxiety.';

console.log('Building the extension (wxt build)...');
execFileSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: root, stdio: 'inherit' });

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!headed) {
  console.log(`
No display found (DISPLAY and WAYLAND_DISPLAY are unset), so Chromium can't open a window here.
Running headless instead: each replica tab gets a sample draft typed into it and a screenshot.
To use the browser yourself, run \`npm start\` in a desktop session, forward X11 (ssh -X), or use a
virtual display: \`apt-get install xvfb && xvfb-run -a npm start\` (then view it with a VNC server).
`);
}

const h = await launch({ extension: true, headless: !headed });
const blank = h.context.pages();
const pages = [];
for (const tab of TABS) {
  const page = await h.open(tab.name, tab.url ? { url: tab.url } : {});
  pages.push({ tab, page });
  console.log(`  ${tab.label}: ${page.url()}`);
}
await Promise.all(blank.map((p) => p.close()));

if (!headed) {
  for (const { tab, page } of pages) {
    await page.bringToFront();
    await typeInto(page, tab.editor, SAMPLE_DRAFT, { newline: tab.newline });
    await page.waitForTimeout(1000);
    console.log(`  screenshot: ${await screenshot(page, `start-${tab.name}`)}`);
  }
  await h.close();
  process.exit(0);
}

console.log(`
Chromium is open with Clearpost loaded. Try a draft such as:
  ${SAMPLE_DRAFT}
Replica test API in each tab's DevTools console: window.__replica.modelText(), .posts, .surfaces().
Close the browser window or press Ctrl+C to stop.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await h.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
h.context.on('close', stop);
h.context.on('page', (page) => page.on('close', () => h.context.pages().length === 0 && stop()));
for (const { page } of pages) page.on('close', () => h.context.pages().length === 0 && stop());
