import type { Finding, Platform } from '../../rules/types';
import type { UncheckedReason } from '../shared/protocol';

export type BadgeState = 'ok' | 'issues' | 'off' | 'error';

/** One per composer; the gate (entrypoints/content/gate) and the popup status read these. */
export interface ComposerSession {
  platform: Platform;
  editor: HTMLElement;
  /** Latest (debounced) results. */
  findings(): Finding[];
  /** Synchronous: re-reads the editor's current text and checks it (used at submit time). */
  recheckNow(): Finding[];
  /** Puts the caret on the finding and scrolls it into view. */
  focusFinding(index: number): void;
  /** Badge state; `error` = cannot read or check, so publishing is never blocked (fail open). */
  setState(s: BadgeState): void;
  /** Why the last check did not judge the draft (paused, unreadable, no ruleset), or null when it did. */
  uncheckedReason(): UncheckedReason | null;
}
