// Chrome does not inject content scripts into tabs that were open before an install or update: the
// old instance in each such tab has lost its runtime (and shows "reload this tab"), and the new one
// would arrive only on reload. Injecting the manifest's content scripts into those tabs puts the
// gate back at once. Firefox re-injects by itself; there `scripting` finds nothing to do twice
// because the content script takes over from an older instance (content/index.ts claimPage).

type ContentScriptEntry = { matches?: string[]; js?: string[]; world?: string; all_frames?: boolean };

export type ReinjectApis = {
  runtime: {
    getManifest(): { content_scripts?: ContentScriptEntry[] };
    onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
  };
  tabs: {
    query(q: { url: string[] }): Promise<{ id?: number; discarded?: boolean; status?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting?: {
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[]; world?: 'ISOLATED' | 'MAIN' }): Promise<unknown>;
  };
};

/** A content script of the running extension answers 'tab-status'; an orphaned one cannot. */
async function hasLiveContentScript(apis: ReinjectApis, tabId: number): Promise<boolean> {
  try {
    return (await apis.tabs.sendMessage(tabId, { type: 'tab-status' })) != null;
  } catch {
    return false;
  }
}

/** Injects every content script of the manifest into the open tabs it matches that have none running. */
export async function reinjectContentScripts(apis: ReinjectApis): Promise<number> {
  const { scripting } = apis;
  if (!scripting) return 0;
  let injected = 0;
  for (const entry of apis.runtime.getManifest().content_scripts ?? []) {
    if (!entry.matches?.length || !entry.js?.length) continue;
    const tabs = await apis.tabs.query({ url: entry.matches });
    for (const tab of tabs) {
      // A tab still loading gets the manifest's scripts when it is ready.
      if (tab.id === undefined || tab.discarded || tab.status === 'loading') continue;
      // The manifest may have injected this tab already (it loaded after the install): never twice.
      if (entry.world !== 'MAIN' && (await hasLiveContentScript(apis, tab.id))) continue;
      const world = entry.world === 'MAIN' ? 'MAIN' : 'ISOLATED';
      try {
        await scripting.executeScript({ target: { tabId: tab.id, allFrames: entry.all_frames === true }, files: entry.js, world });
        injected++;
      } catch (error) {
        // A tab still loading or showing an error page: it gets the scripts when it loads.
        console.warn('Clearpost: could not inject into an open tab', error);
      }
    }
  }
  return injected;
}

export function registerReinjection(apis: ReinjectApis): void {
  apis.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectContentScripts(apis);
  });
}
