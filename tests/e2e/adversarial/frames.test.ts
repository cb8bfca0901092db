// A composer inside a same-origin iframe on a supported host is checked and gated like one in the
// page itself: the content script runs in every frame of the supported hosts (manifest all_frames).
import type { Frame, Page } from 'playwright-core';
import { FRAMED_REPLICA } from '../replicas/pages';
import { auditLog, BLOCKED_DRAFT, HOME_EDITOR, HOME_POST, useHarness } from './helpers';

const harness = useHarness();

async function openFramed(): Promise<{ page: Page; frame: Frame }> {
  const page = await harness().context.newPage();
  await page.goto(FRAMED_REPLICA.url);
  const frame = await (await page.locator('#composer-frame').elementHandle())!.contentFrame();
  if (!frame) throw new Error('the composer frame did not load');
  await frame.waitForFunction(() => window.__replica?.ready === true);
  return { page, frame };
}

const framePosts = (frame: Frame) => frame.evaluate(() => window.__replica.posts.map((p) => ({ ...p })));

test('a post with an error from a composer inside an iframe is held, with its findings shown in the frame', async () => {
  const { page, frame } = await openFramed();
  expect(frame.url()).toBe(FRAMED_REPLICA.frameUrl);
  await frame.locator(HOME_EDITOR).click();
  await page.keyboard.type(BLOCKED_DRAFT);
  await frame.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first().waitFor();
  expect(await frame.locator('[data-clearpost-rule="privacy/nhs-number"]').count()).toBeGreaterThan(0);

  await frame.locator(HOME_POST).click();
  const dialog = frame.locator('[role="alertdialog"]');
  await dialog.waitFor();
  await expect.poll(() => dialog.locator('[data-clearpost-rule="privacy/nhs-number"]').count()).toBe(1);
  await page.waitForTimeout(500); // a post that slipped through would have arrived by now
  expect(await framePosts(frame)).toEqual([]);
  await expect.poll(async () => (await auditLog(harness())).at(-1)).toMatchObject({ action: 'blocked', platform: 'x', ruleIds: ['privacy/nhs-number'] });
  await page.close();
});

test("a page script's click on the framed Post button is held too", async () => {
  const { page, frame } = await openFramed();
  await frame.locator(HOME_EDITOR).click();
  await page.keyboard.type(BLOCKED_DRAFT);
  await frame.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first().waitFor();
  // The embedding page reaches into its same-origin frame, as a third-party script could.
  await page.evaluate(() => {
    const inner = (document.getElementById('composer-frame') as HTMLIFrameElement).contentDocument!;
    (inner.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
  });
  await frame.locator('[role="alertdialog"]').waitFor();
  await page.waitForTimeout(500);
  expect(await framePosts(frame)).toEqual([]);
  await page.close();
});
