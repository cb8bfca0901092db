// LinkedIn's legacy (Ember) share box editor: Quill, with LinkedIn's attributes on .ql-editor.
import Quill from 'quill';
import { registerEditor } from './runtime';

/** The Quill core rules the share box needs (pre-wrap text, flush paragraphs, placeholder). */
export const QUILL_CSS = `
  .ql-container { box-sizing: border-box; position: relative; }
  .ql-clipboard { left: -100000px; height: 1px; overflow-y: hidden; position: absolute; top: 50%; }
  .ql-editor { box-sizing: border-box; line-height: 1.42; outline: none; overflow-y: auto; padding: 12px 15px;
    white-space: pre-wrap; word-wrap: break-word; min-height: 160px; font-size: 18px; }
  .ql-editor p { margin: 0; padding: 0; }
  .ql-editor.ql-blank::before { color: rgba(0,0,0,.6); content: attr(data-placeholder); left: 15px;
    pointer-events: none; position: absolute; right: 15px; }
`;

/** Quill's getText() always ends with the document's final "\n", which the user never typed. */
export function quillText(quill: Quill): string {
  return quill.getText().replace(/\n$/, '');
}

/**
 * Quill 2 reads the selection and focus from `document`, which only sees the shadow host when the
 * editor lives in a shadow root. LinkedIn's interop build reads them from the shadow root (Chrome's
 * shadowRoot.getSelection()); without that, typed text lands in the wrong place.
 */
function readSelectionFromShadowRoot(quill: Quill, root: ShadowRoot): void {
  const selection = quill.selection;
  const shadowSelection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection;
  selection.hasFocus = () => {
    const active = root.activeElement;
    return active === quill.root || (active !== null && quill.root.contains(active));
  };
  selection.getNativeRange = () => {
    const native = shadowSelection ? shadowSelection.call(root) : document.getSelection();
    if (!native || native.rangeCount === 0) return null;
    return selection.normalizeNative(native.getRangeAt(0));
  };
}

export function mountQuill(opts: {
  container: HTMLElement;
  surface: string;
  onTextChange: (text: string) => void;
}): { quill: Quill; unmount: () => void } {
  const quill = new Quill(opts.container, {
    placeholder: 'What do you want to talk about?',
    modules: { toolbar: false },
  });
  const root = opts.container.getRootNode();
  if (root instanceof ShadowRoot) readSelectionFromShadowRoot(quill, root);

  quill.root.setAttribute('data-test-ql-editor-contenteditable', 'true');
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.root.setAttribute('aria-label', 'Text editor for creating content');
  quill.on('text-change', () => opts.onTextChange(quillText(quill)));
  const unregister = registerEditor({
    surface: opts.surface,
    element: () => quill.root,
    read: () => quillText(quill),
    clear: () => quill.setText(''),
  });
  return { quill, unmount: unregister };
}
