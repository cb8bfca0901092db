// Runs in the page's MAIN world, only to build synthetic paste events for Clearpost's fixes:
// Firefox hides clipboardData set by an isolated content script from page code (Xray wrappers).
// It reacts to one request event from the content script; the text comes from that event and
// goes nowhere but the editor the request was dispatched on.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { dispatchPaste, PASTE_DONE, PASTE_REQUEST } from './content/editors/paste-bridge';
import { CONTENT_MATCHES } from './content/matches';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  world: 'MAIN',
  // Wherever the content script runs, framed composers included.
  allFrames: true,
  runAt: 'document_start',
  main() {
    // After an extension update the background injects this script again into open tabs, where the
    // first copy still listens (the main world outlives the extension): one listener per page.
    const installed = Symbol.for('clearpost.paste-bridge');
    if ((window as unknown as Record<symbol, unknown>)[installed]) return;
    Object.defineProperty(window, installed, { value: true });
    window.addEventListener(
      PASTE_REQUEST,
      (event) => {
        const target = event.composedPath()[0];
        const text = (event as CustomEvent<unknown>).detail;
        if (!(target instanceof HTMLElement) || !target.isContentEditable || typeof text !== 'string') return;
        dispatchPaste(target, text);
        target.dispatchEvent(new Event(PASTE_DONE));
      },
      true,
    );
  },
});
