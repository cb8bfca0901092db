// The popup's state: what Clearpost is doing in the active tab, and the site pause switch. The
// browser is reached only through PopupDeps, so component tests drive the store with fakes.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CompiledChecker } from '../../rules/compile';
import type { Platform } from '../../rules/types';
import type { TabStatus } from '../../entrypoints/shared/protocol';

export type PopupDeps = {
  /** The active tab of the current window. */
  activeTab(): Promise<{ id: number; url: string } | null>;
  /** The site Clearpost checks at this URL, or null. */
  platformFor(url: string): Platform | null;
  /** The content script's answer to 'tab-status', or null when it does not answer. */
  tabStatus(tabId: number): Promise<TabStatus | null>;
  pausedSites(): Promise<Platform[]>;
  setPausedSites(sites: Platform[]): Promise<void>;
  /** Whether the enterprise policy lets users pause checking. */
  pauseAllowed(): Promise<boolean>;
  openAdminConsole(): void;
  /** Calls back with the checker the extension uses now and after every ruleset change; returns the unsubscribe. */
  watchChecker(onChecker: (checker: CompiledChecker, gate: QuickGate) => void): () => void;
  copyText(text: string): Promise<void>;
};

/** The gate settings the quick check judges a draft by (the effective ruleset's, policy applied). */
export type QuickGate = { blockOn: 'error' | 'warning'; override: 'none' | 'confirm' | 'reason' };

export type PopupPhase =
  /** Reading the tab. */
  | 'loading'
  /** Not X, Facebook or LinkedIn. */
  | 'unsupported'
  /** A supported site whose content script does not answer (opened before install, or blocked). */
  | 'unreachable'
  | 'ready';

export type PopupState = {
  phase: PopupPhase;
  platform: Platform | null;
  status: TabStatus | null;
  paused: boolean;
  pauseAllowed: boolean;
  /** Set when the last pause change could not be saved. */
  pauseError: string | null;
  /** The checker for the quick check; null until the ruleset is read. */
  checker: CompiledChecker | null;
  gate: QuickGate;
  load(): Promise<void>;
  /** Follows the effective ruleset; returns the unsubscribe. */
  watchChecker(): () => void;
  copyText(text: string): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  openAdminConsole(): void;
};

export type PopupStore = StoreApi<PopupState>;

export function createPopupStore(deps: PopupDeps): PopupStore {
  return createStore<PopupState>((set, get) => ({
    phase: 'loading',
    platform: null,
    status: null,
    paused: false,
    pauseAllowed: false,
    pauseError: null,
    checker: null,
    gate: { blockOn: 'error', override: 'reason' },

    watchChecker: () => deps.watchChecker((checker, gate) => set({ checker, gate })),
    copyText: (text) => deps.copyText(text),

    async load() {
      const tab = await deps.activeTab();
      const platform = tab ? deps.platformFor(tab.url) : null;
      if (!tab || !platform) {
        set({ phase: 'unsupported', platform: null, status: null });
        return;
      }
      const [status, paused, pauseAllowed] = await Promise.all([
        deps.tabStatus(tab.id).catch(() => null),
        deps.pausedSites().then((sites) => sites.includes(platform)),
        deps.pauseAllowed(),
      ]);
      set({ phase: status ? 'ready' : 'unreachable', platform, status, paused, pauseAllowed });
    },

    async setPaused(paused) {
      const { platform, pauseAllowed } = get();
      if (!platform || !pauseAllowed) return;
      try {
        const others = (await deps.pausedSites()).filter((site) => site !== platform);
        await deps.setPausedSites(paused ? [...others, platform] : others);
        set({ paused, pauseError: null });
      } catch {
        set({ pauseError: 'Couldn’t save the change. Try again.' });
        return;
      }
      await get().load(); // the content script re-checks (or stops) on the storage change
    },

    openAdminConsole: () => deps.openAdminConsole(),
  }));
}
