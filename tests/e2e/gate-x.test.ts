// The pre-publish gate on X: the home box, the #layers modal and the mobile textarea (gate-helpers.ts);
// plus the popup's view of an X tab and pausing X from it.
import { STORAGE_KEYS, type TabStatus } from '../../entrypoints/shared/protocol';
import { BLOCKED_DRAFT, describeGate } from './gate-helpers';
import { posts, typeInto } from './harness';

const harness = describeGate('x', [
  {
    name: 'X home composer (Draft.js)',
    replica: 'x-home',
    surface: 'home',
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=0',
    submitButton: '[data-testid="tweetButtonInline"] >> nth=0',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'X modal composer (Draft.js in #layers)',
    replica: 'x-home',
    surface: 'modal-0',
    open: (page) => page.click('[data-testid="SideNav_NewTweet_Button"]'),
    editor: '#layers [role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]',
    submitButton: '#layers [data-testid="tweetButton"]',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'X mobile composer (textarea)',
    replica: 'x-mobile',
    surface: 'mobile',
    editor: 'textarea[data-testid="tweetTextarea_0"]',
    submitButton: '[data-testid="tweetButton"]',
    submitKeys: 'ControlOrMeta+Enter',
  },
]);

describe('beyond one composer: threads, popup, pause', () => {
  const HOME_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=0';
  const HOME_POST = '[data-testid="tweetButtonInline"] >> nth=0';

  test('"Post all" on a thread is held back when any item has an error, wherever the caret is', async () => {
    const page = await harness().open('x-compose');
    await typeInto(page, '#layers [data-testid="tweetTextarea_0"]', 'Open day on Saturday');
    await page.click('#layers [data-testid="addButton"]');
    await typeInto(page, '#layers [data-testid="tweetTextarea_1"]', BLOCKED_DRAFT);
    await page.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first().waitFor();
    // The caret goes back to the clean first item; the button publishes both.
    await page.click('#layers [data-testid="tweetTextarea_0"]');
    await page.click('#layers [data-testid="tweetButton"]');
    const dialog = page.locator('[role="alertdialog"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-clearpost-rule="privacy/nhs-number"]').count()).toBe(1);
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  test('the popup gets the X tab’s status from its content script, counts only', async () => {
    const h = harness();
    // A URL of its own, so the popup finds this tab and not one a failed test left open.
    const url = 'https://x.com/home?popup-status';
    const page = await h.open('x-home', { url });
    await typeInto(page, HOME_EDITOR, BLOCKED_DRAFT);
    await page.locator('[data-clearpost-badge][data-clearpost-state="issues"]:visible').first().waitFor();
    const popup = await h.openExtensionPage('popup.html');
    // Opened as a tab, the popup's own tab is the active one: it explains where it works.
    await popup.getByText(/checks drafts on X, Facebook and LinkedIn/).waitFor();
    // Evaluated in the popup page, where the extension APIs are on globalThis.chrome.
    const status = await popup.evaluate(
      async ({ message, url }) => {
        type Tabs = { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
        const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        return (await chrome.tabs.sendMessage(tab!.id, message)) as TabStatus;
      },
      { message: { type: 'tab-status' }, url },
    );
    expect(status).toMatchObject({ platform: 'x', findings: { error: 1, warning: 0 }, state: 'issues', paused: false });
    expect(JSON.stringify(status)).not.toContain('943');
    await popup.close();
    await page.close();
  });

  test('pausing X (the popup’s switch writes pausedSites) lets a draft with an error through', async () => {
    const h = harness();
    const page = await h.open('x-home');
    const popup = await h.openExtensionPage('popup.html');
    const setPaused = (sites: string[]) =>
      popup.evaluate(
        async ({ key, value }) => {
          const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
          await chrome.storage.local.set({ [key]: value });
        },
        { key: STORAGE_KEYS.pausedSites, value: sites },
      );
    await setPaused(['x']);
    await typeInto(page, HOME_EDITOR, BLOCKED_DRAFT);
    await page.locator('[data-clearpost-badge][data-clearpost-state="off"]:visible').first().waitFor();
    await page.locator(HOME_POST).click();
    await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: BLOCKED_DRAFT }]);
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    await setPaused([]);
    await popup.close();
    await page.close();
  });
});
