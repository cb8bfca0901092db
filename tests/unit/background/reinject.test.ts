// Re-injection into tabs open at install or update: every content script of the manifest, into each
// matching tab, in its own world; a tab that refuses does not stop the others.
import { expect, it, vi } from 'vitest';
import { registerReinjection, reinjectContentScripts, type ReinjectApis } from '../../../entrypoints/background/reinject';

function apis(failTab?: number, live = false) {
  let installed: ((d: { reason: string }) => void) | undefined;
  const executeScript = vi.fn(async (injection: { target: { tabId: number }; world?: string }) => {
    if (injection.target.tabId === failTab) throw new Error('Cannot access contents of the page');
  });
  const query = vi.fn(async (q: { url: string[] }) => (q.url.includes('https://x.com/*') ? [{ id: 1 }, { id: 2 }, { id: 3, discarded: true }] : []));
  const api: ReinjectApis = {
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://x.com/*'], js: ['content-scripts/content.js'], all_frames: true },
          { matches: ['https://x.com/*'], js: ['content-scripts/clearpost-main.js'], world: 'MAIN' },
        ],
      }),
      onInstalled: { addListener: (cb) => (installed = cb) },
    },
    tabs: { query, sendMessage: vi.fn(async (tabId: number) => (tabId === 2 && live ? { state: 'ok' } : Promise.reject(new Error('no receiver')))) },
    scripting: { executeScript },
  };
  return { api, executeScript, fire: (reason: string) => installed?.({ reason }) };
}

it('injects each content script into each open matching tab, skipping discarded tabs and surviving failures', async () => {
  const { api, executeScript } = apis(1);
  expect(await reinjectContentScripts(api)).toBe(2);
  expect(executeScript.mock.calls.map(([i]) => i)).toEqual([
    { target: { tabId: 1, allFrames: true }, files: ['content-scripts/content.js'], world: 'ISOLATED' },
    { target: { tabId: 2, allFrames: true }, files: ['content-scripts/content.js'], world: 'ISOLATED' },
    { target: { tabId: 1, allFrames: false }, files: ['content-scripts/clearpost-main.js'], world: 'MAIN' },
    { target: { tabId: 2, allFrames: false }, files: ['content-scripts/clearpost-main.js'], world: 'MAIN' },
  ]);
});

it('skips a tab whose content script still answers (it loaded after the install)', async () => {
  const { api, executeScript } = apis(undefined, true);
  await reinjectContentScripts(api);
  expect(executeScript.mock.calls.map(([i]) => [i.target.tabId, i.world])).toEqual([
    [1, 'ISOLATED'],
    [1, 'MAIN'],
    [2, 'MAIN'],
  ]);
});

it('runs on install and update only', async () => {
  const { api, executeScript, fire } = apis();
  registerReinjection(api);
  fire('chrome_update');
  await Promise.resolve();
  expect(executeScript).not.toHaveBeenCalled();
  fire('update');
  await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(4));
});
