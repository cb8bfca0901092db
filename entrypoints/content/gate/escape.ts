// The escape detector: the gate's backstop for whatever it cannot intercept (an unknown layout's
// submit control, a page script calling the site's publish function, a composer it never saw
// submit). When a composer whose last check found errors is emptied by the page, or leaves the page,
// and neither the gate decided nor the user cleared or closed it, the draft most likely went out:
// the audit log gets an `escaped` event (rule ids only) and the page shows it.

import type { Lifetime } from '../lifetime';
import { showComposerNotice } from '../ui/notice';

export type DraftGone = 'cleared' | 'removed';

export type EscapeMonitor = {
  /** The gate let this composer's post go (clean, or overridden): its clearing is expected. */
  decided(editor: HTMLElement): void;
  /** A composer whose last check held errors (`ruleIds`) was emptied or left the page. */
  draftGone(editor: HTMLElement, how: DraftGone, ruleIds: string[]): void;
};

/** A gate decision explains a composer emptying or closing this long after it. */
const DECISION_WINDOW_MS = 10_000;
/** The user's own deletion or dismissal explains it this long after. */
const USER_WINDOW_MS = 3_000;

/** Controls that close a composer without posting, in the interface languages we know. */
const DISMISS_LABEL = /close|discard|cancel|delete|fermer|annuler|supprimer|schließen|verwerfen|abbrechen|cerrar|descartar|cancelar|cau|dileu|canslo/i;

const ESCAPED_TEXT = 'A draft with unresolved problems left without Clearpost’s check; it is in the audit log.';

export function createEscapeMonitor(
  ctx: Pick<Lifetime, 'addEventListener'>,
  report: (ruleIds: string[], how: DraftGone) => void,
  now: () => number = Date.now,
): EscapeMonitor {
  const decidedAt = new WeakMap<HTMLElement, number>();
  /** One draft leaving is one escape, however many checks or scans notice it. */
  const reportedAt = new WeakMap<HTMLElement, number>();
  let userDeletedAt = -Infinity;
  let userDismissedAt = -Infinity;

  // Only the user's own input explains an empty composer: a page script's synthetic events do not.
  ctx.addEventListener(
    window,
    'beforeinput',
    (event: InputEvent) => {
      if (event.isTrusted && /^(delete|history)/.test(event.inputType)) userDeletedAt = now();
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (!event.isTrusted) return;
      if (event.key === 'Backspace' || event.key === 'Delete') userDeletedAt = now();
      if (event.key === 'Escape') userDismissedAt = now();
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'click',
    (event: MouseEvent) => {
      if (!event.isTrusted) return;
      const control = event.composedPath().find((n): n is Element => n instanceof Element && n.matches('button, [role="button"], a'));
      const label = control ? `${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('data-testid') ?? ''} ${control.textContent ?? ''}` : '';
      if (DISMISS_LABEL.test(label)) userDismissedAt = now();
    },
    { capture: true },
  );

  return {
    decided(editor) {
      decidedAt.set(editor, now());
    },
    draftGone(editor, how, ruleIds) {
      const t = now();
      if (t - (decidedAt.get(editor) ?? -Infinity) < DECISION_WINDOW_MS) return;
      if (how === 'cleared' && t - userDeletedAt < USER_WINDOW_MS) return;
      if (how === 'removed' && t - userDismissedAt < USER_WINDOW_MS) return;
      if (t - (reportedAt.get(editor) ?? -Infinity) < DECISION_WINDOW_MS) return;
      reportedAt.set(editor, t);
      report(ruleIds, how);
      showComposerNotice(editor, 'escaped', ESCAPED_TEXT);
    },
  };
}

