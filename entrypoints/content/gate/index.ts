// The pre-publish gate. Window-level capture listeners see every way a post leaves the page (a click
// or Enter/Space on the site's Post button, the site's keyboard shortcut, a form submit) before the
// site's own handlers do. Each attempt re-checks the composer's current text; a draft the policy
// stops is held back and the dialog decides what happens next. When anything on our side fails the
// post goes through and the composer's badge shows the error: never a silent block.

import type { Finding } from '../../../rules/types';
import { containsDeep, parentDeep, queryAllDeep } from '../dom/deep';
import type { Lifetime } from '../lifetime';
import { deepActiveElement } from '../platforms/shared';
import type { PlatformAdapter } from '../platforms/types';
import { photoGate } from '../attachments/photo-gate';
import type { ComposerSession } from '../session-types';
import { sendAuditEvent } from './audit-client';
import type { DialogContent, OpenDialog } from './dialog-host';
import { GATE_HOST_ATTRIBUTE } from './host-attribute';
import { showComposerNotice } from '../ui/notice';
import { auditRuleIds, decideGate, type GatePolicy } from './policy';

export { resolveGatePolicy, type GatePolicy } from './policy';
export { sendAuditEvent } from './audit-client';

export type GateOptions = {
  adapter: PlatformAdapter;
  sessionForEditor: (editor: HTMLElement) => ComposerSession | undefined;
  ctx: Pick<Lifetime, 'addEventListener' | 'onInvalidated'>;
  getPolicy: () => GatePolicy;
  /** Why an override reason cannot be recorded (it holds an identifier), or null. */
  reasonProblem?: (reason: string) => string | null;
  /** The gate let this composer's post go: the escape detector expects it to empty or close. */
  onDecided?: (editor: HTMLElement) => void;
  /** Until the ruleset a post is judged with has arrived: resolves when it has (null once it has). */
  notReady?: () => Promise<void> | null;
  /**
   * Shows the pre-publish dialog: at once when the composer UI module is loaded, else once it is
   * (ui/module.ts; jsdom tests pass a dialog that trusts their untrusted events).
   */
  openDialog: (content: DialogContent) => OpenDialog | Promise<OpenDialog>;
};

/** How the user tried to publish: with a control (click, Enter/Space on it) or a shortcut in the editor. */
type SubmitAttempt = { editor: HTMLElement; control: HTMLElement | null; shortcut: KeyboardEvent | null };

/**
 * After an override re-submits, further submits of that composer are swallowed for this long: the
 * second click of a double click on "Post anyway" lands on the site's Post button once the dialog
 * is gone, and must not publish (or ask) a second time.
 */
export const RESUBMIT_SETTLE_MS = 1000;
/** An override waits this long at most for the background to store its audit event. */
const AUDIT_ACK_TIMEOUT_MS = 1500;

const CHECKING_TEXT = 'Clearpost is checking this post…';

const CONTROL = 'button, [role="button"], input[type="submit"]';

export function installGate(options: GateOptions): void {
  const { adapter, sessionForEditor, ctx, getPolicy, reasonProblem, onDecided, notReady, openDialog } = options;
  /** The dialog on screen, or its promise while the composer UI module is still loading. */
  let dialog: OpenDialog | Promise<OpenDialog> | null = null;
  /** True only while our own re-submit is being dispatched (it may cause trusted follow-up events, e.g. a form submit). */
  let resubmitting = false;
  const resubmittedAt = new WeakMap<HTMLElement, number>();
  /** Composers whose post is held until their photo checks end (issue 11). */
  const waitingForPhotos = new WeakSet<HTMLElement>();
  /** Composers whose submit waits for the first check. */
  const waiting = new WeakSet<HTMLElement>();

  /** `afterPhotos`: the held post is judged again now that its photos are checked; a pass sends it. */
  function attempt(event: Event, submit: SubmitAttempt, afterPhotos = false): void {
    if (resubmitting) return;
    if (dialog || waitingForPhotos.has(submit.editor)) return hold(event); // a second click or key press while we ask or wait
    if (Date.now() - (resubmittedAt.get(submit.editor) ?? -Infinity) < RESUBMIT_SETTLE_MS) return hold(event);

    const pending = notReady?.();
    if (pending) return holdUntilChecked(event, submit, pending);
    const checked = checkPublishedTogether(submit);
    if (!checked) return; // not attached to this composer: fail open
    // A long draft is checked off the page's thread: the post waits for that answer (or its time budget).
    const offThread = checked.flatMap((c) => c.session.checking() ?? []);
    if (offThread.length > 0) return holdUntilChecked(event, submit, Promise.all(offThread).then(() => undefined));
    if (holdForPhotos(event, submit)) return;
    let decision: ReturnType<typeof decideGate>;
    try {
      decision = decideGate([...checked.flatMap((c) => c.findings), ...photoGate.findings(submit.editor)], getPolicy());
    } catch {
      checked.forEach((c) => c.session.setState('error'));
      return;
    }
    const { platform } = checked[0]!.session;
    // A held key repeats its keydown: one attempt, one audit entry.
    const repeat = event instanceof KeyboardEvent && event.repeat;
    if (decision.kind === 'pass') {
      for (const c of checked) onDecided?.(c.session.editor);
      photoGate.forget(submit.editor);
      if (afterPhotos) resubmit(submit);
      if (repeat) return;
      const unchecked = checked.map((c) => c.session.uncheckedReason()).find((r) => r !== null);
      // Every publish attempt the gate judged counts as a checked draft in the admin's insights;
      // one it could not judge is recorded as such, never as a clean check.
      if (unchecked) void sendAuditEvent(platform, 'posted-unchecked', [], { detail: unchecked });
      else void sendAuditEvent(platform, 'checked', []);
      return;
    }
    void sendAuditEvent(platform, 'checked', []);

    hold(event);
    const ruleIds = auditRuleIds(decision.findings);
    void sendAuditEvent(platform, 'blocked', ruleIds);
    const returnFocusTo = deepActiveElement();
    const markError = () => checked.forEach((c) => c.session.setState('error'));
    // We stopped the post and cannot ask: let it go rather than block silently.
    const cannotAsk = () => {
      dialog = null;
      markError();
      resubmit(submit);
    };
    const firstProblem = decision.findings[0]!;
    // A photo's finding has no place in the text: "fix" then returns to where the writer was.
    const owner = checked.find((c) => c.findings.includes(firstProblem));
    const asked = (open: OpenDialog) => {
      dialog = open;
      void open.outcome.then(async (outcome) => {
        dialog = null;
        if (outcome.kind === 'fix' && owner) owner.session.focusFinding(owner.findings.indexOf(firstProblem));
        else if (outcome.kind !== 'override') focusIfConnected(returnFocusTo);
        else {
          const reason = outcome.reason === undefined ? {} : { reason: outcome.reason };
          const recorded = await withTimeout(sendAuditEvent(platform, 'override', ruleIds, reason), AUDIT_ACK_TIMEOUT_MS);
          if (!recorded) markError();
          photoGate.forget(submit.editor);
          for (const c of checked) onDecided?.(c.session.editor);
          resubmit(submit);
        }
      });
    };
    try {
      const opening = openDialog({ platform, ...decision, ...(reasonProblem ? { reasonProblem } : {}) });
      // While the UI module loads, `dialog` holds its promise: further submits are held meanwhile.
      if (opening instanceof Promise) {
        dialog = opening;
        const notice = showComposerNotice(submit.editor, 'checking', CHECKING_TEXT);
        void opening.finally(() => notice.remove()).then(asked, cannotAsk);
      } else asked(opening);
    } catch {
      cannotAsk();
    }
  }

  /** Photos still being checked: hold the post, show that it waits, and judge it when they end. */
  function holdForPhotos(event: Event, submit: SubmitAttempt): boolean {
    const pending = photoGate.pending(submit.editor);
    if (!pending) return false;
    hold(event);
    waitingForPhotos.add(submit.editor);
    void pending.then(() => {
      waitingForPhotos.delete(submit.editor);
      attempt(new Event('photos-checked'), submit, true);
    });
    return true;
  }

  /**
   * Re-checks, now, every composer this submit publishes: the one it came from, plus the other items
   * of an X thread that the same "Post all" button sends. Null when the first has no session.
   */
  function checkPublishedTogether(submit: SubmitAttempt): { session: ComposerSession; findings: Finding[] }[] | null {
    const primary = sessionForEditor(submit.editor);
    if (!primary) return null;
    const control = submit.control ?? liveControl(submit);
    const others = control ? editorsSharing(control, submit.editor) : [];
    const sessions = [primary, ...others.flatMap((editor) => sessionForEditor(editor) ?? [])];
    return sessions.map((session) => {
      try {
        return { session, findings: session.recheckNow() };
      } catch {
        session.setState('error'); // this composer cannot be read: it does not hold the post back
        return { session, findings: [] };
      }
    });
  }

  /** Other composers inside the smallest box that holds both the control and its editor. */
  function editorsSharing(control: Element, editor: HTMLElement): HTMLElement[] {
    let box: Element | null = control;
    while (box && !containsDeep(box, editor)) box = parentDeep(box);
    if (!box) return [];
    const scope = box;
    return adapter
      .findComposers()
      .map((c) => c.editor)
      .filter((other) => other !== editor && containsDeep(scope, other));
  }

  /**
   * A submit before the first check (the ruleset is still on its way, ~1.7 s on a browser's first
   * tab) or before the off-thread check of a long draft answered: held with a visible "checking"
   * state, then sent again through the gate once it can judge.
   */
  function holdUntilChecked(event: Event, submit: SubmitAttempt, ready: Promise<void>): void {
    hold(event);
    if (waiting.has(submit.editor)) return;
    waiting.add(submit.editor);
    const notice = showComposerNotice(submit.editor, 'checking', CHECKING_TEXT);
    void ready.then(() => {
      waiting.delete(submit.editor);
      notice.remove();
      send(submit);
    });
  }

  /** Publish once more, as the user asked, through the site's own control. */
  function resubmit(submit: SubmitAttempt): void {
    const { editor } = submit;
    if (!editor.isConnected) return;
    resubmittedAt.set(editor, Date.now());
    resubmitting = true;
    try {
      send(submit);
    } finally {
      resubmitting = false;
    }
  }

  /** Clicks the site's control (or repeats the shortcut when there is none) for this submit. */
  function send(submit: SubmitAttempt): void {
    const { editor, shortcut } = submit;
    if (!editor.isConnected) return;
    if (shortcut) editor.focus({ preventScroll: true }); // the site picks the focused editor's control
    const control = liveControl(submit);
    if (control) {
      if (!isDisabled(control)) control.click();
    } else if (shortcut) {
      // No control to click (e.g. a comment box without a visible button): repeat the shortcut.
      editor.dispatchEvent(new KeyboardEvent('keydown', { ...keyInit(shortcut), bubbles: true, cancelable: true, composed: true }));
    }
  }

  /** X re-renders and moves its buttons: prefer the control the user used, else find the editor's one now. */
  function liveControl({ editor, control }: SubmitAttempt): HTMLElement | null {
    if (control?.isConnected && adapter.composerForSubmit(control) === editor) return control;
    return (
      queryAllDeep<HTMLElement>(CONTROL).find((el) => adapter.isSubmitControl(el) && adapter.composerForSubmit(el) === editor) ?? null
    );
  }

  function controlAttempt(control: Element): SubmitAttempt | null {
    const editor = adapter.composerForSubmit(control);
    const button = control.closest<HTMLElement>(CONTROL) ?? (control instanceof HTMLElement ? control : null);
    return editor && button ? { editor, control: button, shortcut: null } : null;
  }

  // Untrusted events (a page script's control.click(), a synthetic keydown or form submit) are held
  // like the user's: a bookmarklet or third-party script must not publish what the user could not.
  // Our own re-submit is let through by the `resubmitting` flag in attempt().
  function onClick(event: MouseEvent): void {
    if (fromOurUi(event)) return;
    const target = pathTarget(event);
    if (!target || !adapter.isSubmitControl(target)) return;
    const submit = controlAttempt(target);
    if (submit) attempt(event, submit);
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.isComposing || fromOurUi(event)) return;
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = pathTarget(event);
    if (!target) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (plain && adapter.isSubmitControl(target)) {
      // Enter or Space on a focused Post button (Facebook's are divs the site activates itself).
      const submit = controlAttempt(target);
      if (submit) attempt(event, submit);
      return;
    }
    if (event.key !== 'Enter') return;
    const editor = editorInPath(event);
    if (editor && adapter.isSubmitKey(event, editor)) attempt(event, { editor, control: null, shortcut: event });
  }

  function onSubmit(event: SubmitEvent): void {
    if (fromOurUi(event) || !(event.target instanceof HTMLFormElement)) return;
    const form = event.target;
    const control =
      (event.submitter && adapter.isSubmitControl(event.submitter) ? event.submitter : null) ??
      [...form.elements].find((el) => adapter.isSubmitControl(el)) ??
      null;
    if (control) {
      const submit = controlAttempt(control);
      if (submit) attempt(event, submit);
      return;
    }
    const editor = adapter.findComposers().find((c) => containsDeep(form, c.editor))?.editor;
    if (editor) attempt(event, { editor, control: null, shortcut: null });
  }

  /** The editor (one with a session, or any composer before the first check) the event happened in. */
  function editorInPath(event: Event): HTMLElement | null {
    const path = event.composedPath();
    for (const node of path) {
      if (node instanceof HTMLElement && sessionForEditor(node)) return node;
    }
    if (!notReady?.()) return null;
    return adapter.findComposers().find((c) => path.includes(c.editor))?.editor ?? null;
  }

  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKeydown, { capture: true });
  ctx.addEventListener(window, 'submit', onSubmit as EventListener, { capture: true });
  ctx.onInvalidated(() => void Promise.resolve(dialog).then((open) => open?.close(), () => undefined));
}

/** Stop the event before any of the site's handlers (React's root listeners included) see it. */
function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function pathTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

function fromOurUi(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && node.hasAttribute(GATE_HOST_ATTRIBUTE));
}

function isDisabled(control: HTMLElement): boolean {
  return (control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true';
}

function keyInit(e: KeyboardEvent): KeyboardEventInit {
  return { key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey };
}

function focusIfConnected(el: Element | null): void {
  if (el instanceof HTMLElement && el.isConnected) el.focus({ preventScroll: true });
}

function withTimeout(promise: Promise<boolean>, ms: number): Promise<boolean> {
  return Promise.race([promise, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}
