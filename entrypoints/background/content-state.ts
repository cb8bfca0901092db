// Content scripts get what they check with (the effective ruleset and the pause state) from the
// background by message: storage.local is closed to them where the browser allows (owned-storage.ts),
// and a message from the background is something a page cannot forge. The state is answered on
// request and pushed to every tab of a supported site whenever it changes.

import { PLATFORMS, type Platform } from '../../rules/types';
import { CONTENT_MATCHES } from '../content/matches';
import { STORAGE_KEYS, type ContentState, type PauseState, type StoredEffectiveRuleset } from '../shared/protocol';
import type { LocalArea } from '../shared/stored-state';
import type { Sender } from './senders';

type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

export type ContentStateApis = {
  storage: { local: LocalArea; onChanged: Listener<[Record<string, unknown>, string]> };
  runtime: { onMessage: Listener<[unknown, Sender, (reply: unknown) => void]> };
  tabs: { query(info: { url: string[] }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

export const CONTENT_STATE_KEYS: readonly string[] = [STORAGE_KEYS.effective, STORAGE_KEYS.pausedSites, STORAGE_KEYS.pausedUntil];

function pauseFrom(items: Record<string, unknown>): PauseState {
  const sites = items[STORAGE_KEYS.pausedSites];
  const until = items[STORAGE_KEYS.pausedUntil];
  return {
    sites: Array.isArray(sites) ? sites.filter((p): p is Platform => (PLATFORMS as readonly unknown[]).includes(p)) : [],
    until: until && typeof until === 'object' ? (until as PauseState['until']) : {},
  };
}

export async function readContentState(local: LocalArea): Promise<ContentState> {
  const items = await local.get([...CONTENT_STATE_KEYS]);
  return { effective: (items[STORAGE_KEYS.effective] ?? null) as StoredEffectiveRuleset | null, pause: pauseFrom(items) };
}

const isStateRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'content-state';

/**
 * Answers `{ type: 'content-state' }` from `trusted` senders once the ruleset is `published`, and
 * pushes the new state to open tabs after every change to it.
 */
export function serveContentState(apis: ContentStateApis, options: { published: () => Promise<void>; trusted: (sender: Sender) => boolean }): void {
  const { local } = apis.storage;
  apis.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isStateRequest(message)) return false;
    if (!options.trusted(sender)) {
      sendResponse(null);
      return false;
    }
    options
      .published()
      .then(() => readContentState(local))
      .then(sendResponse, (error: unknown) => {
        console.error('Clearpost: reading the content state failed', error);
        sendResponse(null);
      });
    return true; // keeps the channel open for the asynchronous reply (Chrome and Firefox)
  });

  let pushing = Promise.resolve();
  const push = async () => {
    const message = { type: 'content-state', state: await readContentState(local) };
    const tabs = await apis.tabs.query({ url: [...CONTENT_MATCHES] });
    // A tab without our content script (still loading, or a page we do not check) rejects: nothing to tell.
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : apis.tabs.sendMessage(tab.id, message).catch(() => undefined))));
  };
  apis.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !CONTENT_STATE_KEYS.some((key) => key in changes)) return;
    pushing = pushing.then(push).catch((error: unknown) => console.error('Clearpost: telling tabs about a change failed', error));
  });
}
