// The popup's PopupDeps on the real extension APIs.

import { browser } from 'wxt/browser';
import type { Platform } from '../../rules/types';
import type { PopupDeps } from '../../components/popup/popup-store';
import { adapterForUrl } from '../content/platforms';
import { subscribeEffectiveRuleset } from '../shared/effective-ruleset';
import { pauseAllowedBy, readManagedPolicy } from '../shared/managed-policy';
import { STORAGE_KEYS, type Message, type TabStatus } from '../shared/protocol';

export const browserPopupDeps: PopupDeps = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
  },
  platformFor(url) {
    try {
      return adapterForUrl(new URL(url))?.id ?? null;
    } catch {
      return null;
    }
  },
  async tabStatus(tabId) {
    const message: Message = { type: 'tab-status' };
    // Rejects when no content script listens in that tab.
    const reply = (await browser.tabs.sendMessage(tabId, message)) as TabStatus | undefined;
    return reply ?? null;
  },
  async pausedSites() {
    const items = await browser.storage.local.get(STORAGE_KEYS.pausedSites);
    const value = items[STORAGE_KEYS.pausedSites];
    return Array.isArray(value) ? (value as Platform[]) : [];
  },
  async setPausedSites(sites) {
    // The background writes it (it owns the storage), stamping the pause's end and auditing it.
    const message: Message = { type: 'pause-set', sites };
    const reply = (await browser.runtime.sendMessage(message)) as { ok: boolean } | undefined;
    if (!reply?.ok) throw new Error('the background refused the pause');
  },
  async pauseAllowed() {
    const { policy } = await readManagedPolicy(browser.storage.managed);
    return pauseAllowedBy(policy);
  },
  watchChecker(onChecker) {
    // The same resolution (policy, loaded ruleset, switched-off rules) as the composers use.
    return subscribeEffectiveRuleset((effective) => onChecker(effective.checker, effective.gate));
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  openAdminConsole() {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
