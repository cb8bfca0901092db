// README screenshots: each replica composer with a risky draft and Clearpost's findings on it.
// Always written to tests/e2e/.artifacts/; with UPDATE_SCREENSHOTS=1 also to tests/e2e/screenshots/
// (committed, referenced by the README). Each shot is taken only once the composer's badge reports
// issues, so a screenshot can't silently show an idle extension.
import type { Page } from 'playwright-core';
import { launch, screenshot, shadowQueryAll, typeInto, type Harness, type ReplicaName } from './harness';

const DRAFT = 'Get well soon to John Smith, 92, in room 12 on Ward 7! NHS number 943 476 5919. Our new clinic cures anxiety.';

const SCENES: { shot: string; replica: ReplicaName; editor: string; open?: (page: Page) => Promise<void> }[] = [
  { shot: 'x-home', replica: 'x-home', editor: '[data-testid="tweetTextarea_0"] >> nth=0' },
  {
    shot: 'facebook-post',
    replica: 'fb-post',
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    open: (page) => page.getByText("What's on your mind, Alex?", { exact: true }).first().click(),
  },
  {
    shot: 'linkedin-share-interop',
    replica: 'li-feed-interop',
    editor: '#interop-outlet .ql-editor',
    open: (page) => page.getByText('Start a post', { exact: true }).click(),
  },
  { shot: 'linkedin-compose', replica: 'li-compose', editor: '[componentkey="ShareBox_textEditor"]' },
];

let h: Harness;
beforeAll(async () => {
  h = await launch({ extension: true });
  // Let the extension finish starting before the first draft: these are pictures of steady state.
  const page = await h.open('x-home');
  await page.waitForTimeout(3_000);
  await page.close();
});
afterAll(async () => {
  await h?.close();
});

test.each(SCENES)('$shot: composer with findings', async ({ shot, replica, editor, open }) => {
  const page = await h.open(replica);
  await open?.(page);
  await typeInto(page, editor, DRAFT);
  await expect
    .poll(async () => (await shadowQueryAll(page, '[data-clearpost-badge]')).map((b) => b.attributes['data-clearpost-state']))
    .toContain('issues');
  // Highlights are drawn on the next frames after the check.
  await page.waitForTimeout(300);
  const file = await screenshot(page, shot);
  expect(file).toMatch(new RegExp(`${shot}\\.png$`));
  await page.close();
});
