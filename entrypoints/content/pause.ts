// Whether the user paused checking on this site: the popup lists paused sites, the background
// stamps each pause with its end (policy pauseMinutes). An expired pause is over here at once,
// whether or not the background has woken to clear it.

import { browser } from 'wxt/browser';
import type { Platform } from '../../rules/types';
import { STORAGE_KEYS } from '../shared/protocol';

export type PauseState = { sites: Platform[]; until: Partial<Record<Platform, string>> };

export const PAUSE_KEYS: readonly string[] = [STORAGE_KEYS.pausedSites, STORAGE_KEYS.pausedUntil];

export async function readPauseState(): Promise<PauseState> {
  const items = await browser.storage.local.get([...PAUSE_KEYS]);
  const sites = items[STORAGE_KEYS.pausedSites];
  const until = items[STORAGE_KEYS.pausedUntil];
  return {
    sites: Array.isArray(sites) ? (sites as Platform[]) : [],
    until: until && typeof until === 'object' ? (until as PauseState['until']) : {},
  };
}

/** Paused, and (once the background stamped it) not yet expired. */
export function isPaused(state: PauseState, platform: Platform, now: number): boolean {
  if (!state.sites.includes(platform)) return false;
  const until = state.until[platform];
  return until === undefined || Date.parse(until) > now;
}
