// Synthetic paste events carry their text in clipboardData. Firefox hides a content script's
// ClipboardEvent data from page code (Xrays), so the event is built by our MAIN-world script
// (entrypoints/clearpost-main.content.ts) on request. Only the replacement text crosses, as a string
// in the request event; nothing leaves the page.

export const PASTE_REQUEST = 'clearpost:paste-request';
export const PASTE_DONE = 'clearpost:paste-done';

/** Builds and dispatches a paste of `text` at `target`'s current selection. */
export function dispatchPaste(target: EventTarget, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Firefox's constructor gives the event an empty DataTransfer of its own instead of `data`; that
  // one stays writable until dispatch (Chromium keeps `data`, so this writes the same text again).
  paste.clipboardData?.setData('text/plain', text);
  target.dispatchEvent(paste);
}

/**
 * Asks the MAIN-world script to paste; when it is absent (it didn't load), pastes from this world,
 * which Chromium accepts.
 */
export function pasteText(editor: HTMLElement, text: string): void {
  let done = false;
  const onDone = () => (done = true);
  editor.addEventListener(PASTE_DONE, onDone);
  editor.dispatchEvent(new CustomEvent(PASTE_REQUEST, { detail: text, bubbles: true, composed: true }));
  editor.removeEventListener(PASTE_DONE, onDone);
  if (!done) dispatchPaste(editor, text);
}
