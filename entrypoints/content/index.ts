// The content script for X, Facebook and LinkedIn: finds composers, checks drafts as they are
// typed, draws findings in our own shadow roots and hands sessions to the pre-publish gate.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Checker, Platform } from '../../rules/types';
import type { Message, TabStatus } from '../shared/protocol';
import { watchAttachments } from './attachments/hook';
import { startDiscovery } from './discovery';
import { reasonProblem } from '../shared/reason-check';
import { installGate, resolveGatePolicy, sendAuditEvent, type GatePolicy } from './gate';
import { createEscapeMonitor } from './gate/escape';
import { gateInIdleTime, prepareGateWhenIdle } from './idle-gate';
import { isPaused, type PauseState } from './pause';
import { createLifetime, type Lifetime } from './lifetime';
import { CONTENT_MATCHES } from './matches';
import { adapterForUrl } from './platforms';
import type { PlatformAdapter } from './platforms/types';
import { subscribeContentState, type ContentRuleset } from './ruleset';
import { liveSessions, sessionForEditor } from './session';
import { tabStatus } from './tab-status';
import { withComposerUi } from './ui/module';
import { removeStaleNotices, showComposerNotice } from './ui/notice';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  // A composer inside a same-origin frame on a supported host is checked too (issue 10).
  allFrames: true,
  runAt: 'document_start',
  // WXT's ctx is not used: a page can invalidate it with a forged event (see lifetime.ts).
  main() {
    const adapter = adapterForUrl(new URL(location.href));
    // Re-injection after install can race the manifest's own injection into a tab still loading:
    // scripts of one extension share this world, so a second copy sees the first and stays out.
    const live = globalThis as { [LIVE_INSTANCE]?: Lifetime };
    if (!adapter || live[LIVE_INSTANCE]?.isValid) return;
    live[LIVE_INSTANCE] = claimPage();
    startClearpost(live[LIVE_INSTANCE], adapter);
  },
});

// The hint is WXT's "newer script started" event name (getUniqueEventName in wxt/utils/internal).
const LIVE_INSTANCE = Symbol.for('clearpost.content-instance');

/** Marks the page as ours (this instance's), so an older instance that dies later stays quiet. */
const INSTANCE_ATTRIBUTE = 'data-clearpost-instance';

/**
 * Starts this instance's lifetime and takes over from an older one (after an extension update the
 * background injects a fresh instance into open tabs): its leftover UI goes, and when this one's
 * runtime goes away, each composer says so, unless a newer instance has taken over by then.
 */
function claimPage(): Lifetime {
  const id = Math.random().toString(36).slice(2);
  document.documentElement.setAttribute(INSTANCE_ATTRIBUTE, id);
  removeStaleNotices();
  const lifetime = createLifetime({ hintEvents: [`${browser.runtime.id}:content:wxt:content-script-started`] });
  lifetime.onInvalidated(() => {
    const editors = liveSessions().map((s) => s.editor);
    // After discovery ended the sessions (its own invalidation listener runs after this one).
    queueMicrotask(() => {
      if (document.documentElement.getAttribute(INSTANCE_ATTRIBUTE) !== id) return;
      for (const editor of editors) if (editor.isConnected) showComposerNotice(editor, 'reload', RELOAD_TEXT);
    });
  });
  return lifetime;
}

const RELOAD_TEXT = 'Clearpost was updated or switched off: reload this tab to check posts.';

/** Until a ruleset has arrived, nothing is checked and nothing is blocked. */
const FAIL_OPEN_POLICY: GatePolicy = { blockOn: 'error', override: 'confirm' };
/**
 * If no ruleset has arrived by then (the background failed to resolve one), composers get their
 * badges anyway, in the error state: the writer sees that Clearpost is not checking.
 */
const RULESET_WAIT_MS = 5000;

/**
 * A composer's first check pays for the engine's one-off work (lazily built tables, cold code): done
 * here, on a sample post, while the page is still loading, it is off the path from a composer
 * appearing to its first check. The sample is ours; no draft text is involved.
 */
const WARM_UP_TEXT = 'Thanks to Dr Shah and the Riverside team! Sam, 92, went home on 3 March. Call 020 7946 0018 #NHS';

function warmUp(checker: Checker | null, platform: Platform): void {
  try {
    checker?.check(WARM_UP_TEXT, { platform });
  } catch {
    // The composer's own first check reports a broken engine.
  }
  prepareGateWhenIdle();
}

function startClearpost(ctx: Lifetime, adapter: PlatformAdapter): void {
  const platform: Platform = adapter.id;
  gateInIdleTime();
  let effective: ContentRuleset | undefined;
  let pause: PauseState = { sites: [], until: {} };
  const paused = () => (effective?.allowPause ?? false) && isPaused(pause, platform, Date.now());
  const recheckAll = () => {
    for (const s of liveSessions()) s.recheckNow();
  };
  const escapes = createEscapeMonitor(ctx, (ruleIds, how) => void sendAuditEvent(platform, 'escaped', ruleIds, { detail: how }));

  let discovery: ReturnType<typeof startDiscovery> | undefined;
  const env = {
    platform,
    checker: (): Checker | null => effective?.checker ?? null,
    paused,
    onFixApplied: (ruleId: string) => void sendAuditEvent(platform, 'fix-applied', [ruleId]),
    onDraftGone: escapes.draftGone,
  };
  const startOnce = () => {
    discovery ??= startDiscovery(ctx, adapter, env);
  };
  // Composers are checked at once, with the packaged default if need be; a post is judged only with
  // the background's ruleset (the organisation's), or with what is there once it has not answered in time.
  let judgeable = false;
  let judgeableNow: () => void = () => undefined;
  const untilJudgeable = new Promise<void>((resolve) => (judgeableNow = resolve));
  const backgroundAnswered = () => {
    judgeable = true;
    judgeableNow();
  };

  // Compiles happen in the subscription only when the ruleset changed, never per keystroke.
  const unsubscribe = subscribeContentState({
    ruleset: (next) => {
      effective = next;
      if (discovery) recheckAll();
      else warmUp(next.checker, platform);
      startOnce();
    },
    pause: (state) => {
      pause = state;
      recheckAll();
    },
    answered: backgroundAnswered,
  });
  ctx.onInvalidated(unsubscribe);
  ctx.setTimeout(() => {
    startOnce();
    backgroundAnswered();
  }, RULESET_WAIT_MS);
  // A pause ends by itself at its expiry, even if the background is asleep then.
  ctx.setInterval(() => {
    if (liveSessions().some((s) => s.badgeState() === 'off') && !paused()) recheckAll();
  }, 30_000);

  const onMessage = (message: Message): Promise<TabStatus> | undefined =>
    message?.type === 'tab-status'
      ? Promise.resolve(tabStatus(platform, liveSessions(), { paused: paused(), pauseAllowed: effective?.allowPause ?? false }))
      : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  watchAttachments(ctx, adapter, { platform, checker: () => effective?.checker ?? null }); // issue 11: photos
  installGate({
    adapter,
    sessionForEditor,
    ctx,
    getPolicy: () =>
      effective
        ? resolveGatePolicy(effective.gate, effective.warningsConfirm ? { warningsConfirm: true } : undefined)
        : FAIL_OPEN_POLICY,
    reasonProblem: (reason) => reasonProblem(effective?.checker ?? null, reason, platform),
    onDecided: escapes.decided,
    notReady: () => (judgeable ? null : untilJudgeable),
    openDialog: (content) => withComposerUi((ui) => ui.showPrepublishDialog(content)),
  });
}
