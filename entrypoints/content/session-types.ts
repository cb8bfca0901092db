import type { Finding, Platform } from '../../rules/types';
import type { UncheckedReason } from '../shared/protocol';

export type BadgeState = 'ok' | 'issues' | 'off' | 'error';

/**
 * Findings drawn at most (highlights, boxes and panel cards), so a draft with thousands of matches
 * cannot freeze the page; the counts shown and the gate still take every finding.
 */
export const MAX_RENDERED_FINDINGS = 100;

/** One per composer; the gate (entrypoints/content/gate) and the popup status read these. */
export interface ComposerSession {
  platform: Platform;
  editor: HTMLElement;
  /** Latest (debounced) results. */
  findings(): Finding[];
  /**
   * Synchronous: re-reads the editor's current text and checks it (used at submit time). A long
   * draft is checked off the page's thread: then `checking()` says when the result for this text is in.
   */
  recheckNow(): Finding[];
  /** Resolves when the off-thread check of the current text has answered; null when nothing is due. */
  checking(): Promise<void> | null;
  /** Puts the caret on the finding and scrolls it into view. */
  focusFinding(index: number): void;
  /** Badge state; `error` = cannot read or check, so publishing is never blocked (fail open). */
  setState(s: BadgeState): void;
  /** Why the last check did not judge the draft (paused, unreadable, no ruleset), or null when it did. */
  uncheckedReason(): UncheckedReason | null;
}
