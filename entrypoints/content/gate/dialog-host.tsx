// Mounts the pre-publish dialog in our own open shadow root, outside every editor, and reports how
// the user left it. The host is removed as soon as the user decides, so the page is interactive
// again (the modal <dialog> made it inert) before any re-submit.

import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PrepublishDialog, type PrepublishDialogProps } from '../../../components/gate/PrepublishDialog';
import { prepublishDialogCss } from '../../../components/gate/dialog-styles';
import { GATE_HOST_ATTRIBUTE } from './host-attribute';

export type DialogOutcome = { kind: 'fix' } | { kind: 'override'; reason?: string } | { kind: 'cancel' };
export type DialogContent = Omit<PrepublishDialogProps, 'onFix' | 'onOverride' | 'onCancel'>;


export type OpenDialog = { outcome: Promise<DialogOutcome>; close(): void };

/** Which events inside the dialog count as the user's. */
export type EventTrust = (event: Event) => boolean;

/**
 * Our shadow root is open (test hooks), so a page script could reach in and click "Post anyway" or
 * type a reason: only trusted input reaches the dialog. Tests in jsdom, whose events are all
 * untrusted, pass their own `trusts`.
 */
export function showPrepublishDialog(content: DialogContent, trusts: EventTrust = (event) => event.isTrusted): OpenDialog {
  const host = document.createElement('div');
  host.setAttribute(GATE_HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = prepublishDialogCss;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  // Keys typed in the dialog (the reason field) must not reach the site's shortcuts, e.g. X's "n".
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, (e) => e.stopPropagation());
  for (const type of ['click', 'keydown', 'input', 'change', 'submit', 'beforeinput'] as const) {
    shadow.addEventListener(
      type,
      (e) => {
        if (trusts(e)) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
  }
  (document.body ?? document.documentElement).append(host);

  const root = createRoot(mount);
  let settle: (outcome: DialogOutcome) => void = () => undefined;
  const outcome = new Promise<DialogOutcome>((resolve) => {
    let settled = false;
    settle = (result) => {
      if (settled) return;
      settled = true;
      host.remove();
      // Unmounting from inside the dialog's own click handler is not allowed; do it right after.
      setTimeout(() => root.unmount(), 0);
      resolve(result);
    };
  });
  // Render synchronously so the modal is up before a second click of a double click lands.
  flushSync(() =>
    root.render(
      <PrepublishDialog
        {...content}
        onFix={() => settle({ kind: 'fix' })}
        onOverride={(reason) => settle(reason === undefined ? { kind: 'override' } : { kind: 'override', reason })}
        onCancel={() => settle({ kind: 'cancel' })}
      />,
    ),
  );
  return { outcome, close: () => settle({ kind: 'cancel' }) };
}
