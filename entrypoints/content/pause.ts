// Whether the user paused checking on this site: the popup asks the background to pause a site, the
// background stamps each pause with its end (policy pauseMinutes) and hands the state to content
// scripts (ruleset.ts). An expired pause is over here at once, whether or not the background has
// woken to clear it.

import type { Platform } from '../../rules/types';
import type { PauseState } from '../shared/protocol';

export type { PauseState };

/** Paused, and (once the background stamped it) not yet expired. */
export function isPaused(state: PauseState, platform: Platform, now: number): boolean {
  if (!state.sites.includes(platform)) return false;
  const until = state.until[platform];
  return until === undefined || Date.parse(until) > now;
}
