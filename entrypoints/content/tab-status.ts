import type { Platform } from '../../rules/types';
import { countBySeverity } from '../../components/findings/severity';
import type { TabStatus } from '../shared/protocol';
import type { ComposerSession } from './session-types';

/** The popup's view of this tab: counts only, never draft text. */
export function tabStatus(
  platform: Platform,
  sessions: readonly (ComposerSession & { badgeState(): TabStatus['state'] })[],
  pause: { paused: boolean; pauseAllowed: boolean },
): TabStatus {
  const findings = countBySeverity(sessions.flatMap((s) => s.findings()));
  const states = sessions.map((s) => s.badgeState());
  const state: TabStatus['state'] = pause.paused
    ? 'off'
    : states.includes('error')
      ? 'error'
      : findings.error + findings.warning + findings.info > 0
        ? 'issues'
        : 'ok';
  return { platform, composers: sessions.length, findings, state, ...pause };
}
