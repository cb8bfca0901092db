// X's mobile composer is a React-controlled <textarea>. Its text has no DOM nodes to range over, so
// on-screen positions come from a hidden mirror that wraps text exactly as the textarea does.
import { verify } from './contenteditable';
import type { EditorAdapter, EditorSnapshot, ReplaceResult } from './types';

/** Zero-width characters are kept in textareas: offsets there index value directly. */
export const textareaEditor: EditorAdapter = {
  kind: 'textarea',
  read(editor) {
    const area = editor as HTMLTextAreaElement;
    const text = area.value;
    const snapshot: EditorSnapshot = {
      text,
      range: () => null,
      rects: (start, end) => measureInMirror(area, text, start, end),
      caretOffset: () =>
        area.getRootNode() instanceof Document &&
        document.activeElement === area &&
        area.selectionStart === area.selectionEnd
          ? area.selectionStart
          : null,
    };
    return snapshot;
  },
  async replace(editor, start, end, replacement): Promise<ReplaceResult> {
    const area = editor as HTMLTextAreaElement;
    const before = area.value;
    const expected = before.slice(0, start) + replacement + before.slice(end);
    const read = () => area.value;
    area.focus({ preventScroll: true });
    area.setSelectionRange(start, end);
    await new Promise((r) => setTimeout(r, 0));
    // execCommand keeps the browser's undo history and fires the input event React listens for.
    document.execCommand('insertText', false, replacement);
    const first = await verify(read, before, expected);
    if (first.ok || first.changed) return first;
    // Fallback: the native setter bypasses React's value tracker, so the input event reaches onChange.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, expected);
    area.setSelectionRange(start + replacement.length, start + replacement.length);
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    return verify(read, before, expected);
  },
};

const MIRRORED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'direction',
] as const;

let mirror: HTMLDivElement | undefined;

/** Lays `text` out in a hidden copy of the textarea placed over it and measures text[start, end). */
function measureInMirror(area: HTMLTextAreaElement, text: string, start: number, end: number): DOMRect[] {
  if (!mirror?.isConnected) {
    const host = document.createElement('clearpost-measure');
    const shadow = host.attachShadow({ mode: 'open' });
    mirror = document.createElement('div');
    mirror.setAttribute('aria-hidden', 'true');
    shadow.append(mirror);
    document.documentElement.append(host);
  }
  const box = area.getBoundingClientRect();
  const style = getComputedStyle(area);
  for (const prop of MIRRORED) mirror.style[prop] = style[prop];
  Object.assign(mirror.style, {
    position: 'fixed', left: `${box.left}px`, top: `${box.top}px`, visibility: 'hidden', pointerEvents: 'none',
    overflow: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', borderColor: 'transparent',
  });
  mirror.textContent = text;
  mirror.scrollTop = area.scrollTop;
  mirror.scrollLeft = area.scrollLeft;
  const node = mirror.firstChild;
  if (!(node instanceof Text) || end > node.length) return [];
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  // Lines scrolled out of the textarea are not visible there either.
  return [...range.getClientRects()].filter((r) => r.bottom > box.top && r.top < box.bottom);
}
