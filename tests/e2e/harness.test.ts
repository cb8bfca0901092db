// The harness with the extension loaded: every replica URL gets the content script (the manifest's
// host matches apply because pages are served at the real URLs), and nothing leaves the machine.
import {
  REPLICAS,
  contentScriptWorlds,
  cspViolations,
  evaluateInContentScript,
  launch,
  modelText,
  waitForEditors,
  type Harness,
  type ReplicaName,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ extension: true });
});
afterAll(async () => {
  await h?.close();
});

test('the extension is loaded and has a service worker', () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
});

describe.each(Object.keys(REPLICAS) as ReplicaName[])('%s', (name) => {
  test('the content script is injected into the replica served at the real URL', async () => {
    const page = await h.open(name);
    await expect
      .poll(async () => (await contentScriptWorlds(page)).map((w) => w.origin))
      .toContain(`chrome-extension://${h.extensionId}`);
    // The isolated world really is this extension's content script.
    expect(await evaluateInContentScript<string>(page, 'chrome.runtime.id', h.extensionId!)).toBe(h.extensionId);
    // Typing a risky draft with the extension at work breaks none of the page's CSP (no inline or
    // eval'd script, as on Facebook).
    await waitForEditors(page);
    await page.evaluate(() => window.__replica.focus(0));
    await page.keyboard.type('John Smith, 92, room 12, NHS 943 476 5919. We cure cancer!');
    await expect.poll(() => modelText(page, 0)).toContain('We cure cancer!');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});

test('no request left the replica hosts and every replica path was served', () => {
  expect(h.aborted).toEqual([]);
  expect(h.notFound).toEqual([]);
});
