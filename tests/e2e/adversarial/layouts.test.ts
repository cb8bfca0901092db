// Layouts the gate must recognise without knowing them by name: X's older div[role=button] Post
// control, and Facebook in French, German, Spanish and Welsh.
import { posts } from '../harness';
import { BLOCKED_DRAFT, compose, CLEAN_DRAFT, expectHeld, useHarness } from './helpers';

const harness = useHarness();

describe('X, older layout (div[role=button] Post control)', () => {
  const EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=0';
  const POST = 'div[role="button"][data-testid="tweetButtonInline"] >> nth=0';

  test('a click on the div Post control is held', async () => {
    const page = await harness().open('x-home', { url: 'https://x.com/home?layout=legacy' });
    await compose(page, EDITOR, BLOCKED_DRAFT, 'issues', 'home');
    // With the caret in the NHS number its card is up: it must keep clear of Post, or it takes the click.
    const number = (await page.locator('clearpost-composer .cp-box[data-clearpost-rule="privacy/nhs-number"]').first().boundingBox())!;
    await page.mouse.click(number.x + number.width / 2, number.y + number.height / 2);
    const card = page.locator('clearpost-composer .cp-caret-card article').first();
    await card.waitFor();
    const [cardBox, postBox] = [(await card.boundingBox())!, (await page.locator(POST).boundingBox())!];
    const overlaps = postBox.x < cardBox.x + cardBox.width && cardBox.x < postBox.x + postBox.width && postBox.y < cardBox.y + cardBox.height && cardBox.y < postBox.y + postBox.height;
    expect(overlaps).toBe(false);
    await page.locator(POST).click({ timeout: 5000 });
    await expectHeld(page);
    await page.close();
  });

  test('Enter on the focused div control is held; a clean draft posts', async () => {
    const page = await harness().open('x-home', { url: 'https://x.com/home?layout=legacy' });
    await compose(page, EDITOR, BLOCKED_DRAFT, 'issues', 'home');
    await page.locator(POST).focus();
    await page.keyboard.press('Enter');
    await expectHeld(page);
    await page.keyboard.press('Escape');
    await page.locator(EDITOR).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(CLEAN_DRAFT);
    await page.locator('[data-clearpost-badge][data-clearpost-state="ok"]:visible').first().waitFor();
    await page.locator(POST).click();
    await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: CLEAN_DRAFT }]);
    await page.close();
  });
});

describe.each(['fr', 'de', 'es', 'cy'])('Facebook interface in %s', (locale) => {
  const EDITOR = '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

  test('the create-post dialog gets a badge and its Post button is held', async () => {
    const page = await harness().open('fb-post', { url: `https://www.facebook.com/?locale=${locale}` });
    await page.locator('.trigger').click();
    await compose(page, EDITOR, BLOCKED_DRAFT, 'issues', 'post');
    await page.locator('[role="dialog"] .post-button').click();
    await expectHeld(page);
    await page.close();
  });

  test('the comment box send button is held; other dialog buttons are not submits', async () => {
    const page = await harness().open('fb-post', { url: `https://www.facebook.com/?locale=${locale}` });
    await compose(page, '[data-lexical-editor="true"]:not([role="dialog"] *)', BLOCKED_DRAFT, 'issues', 'comment');
    await page.locator('#focused-state-composer-submit').click();
    await expectHeld(page);
    await page.keyboard.press('Escape');
    await page.locator('.trigger').click();
    await compose(page, EDITOR, BLOCKED_DRAFT, 'issues', 'post');
    // "Photo/video" sits between the editor and Post: clicking it must not open the gate.
    await page.locator('[role="dialog"] .add-to-post [role="button"] >> nth=0').click();
    await page.waitForTimeout(300);
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    await page.close();
  });
});
