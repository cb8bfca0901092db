// What the four contenteditable editors share: reading blocks into a text map, selecting a span so
// the editor picks it up, and checking afterwards that the editor really holds the fixed text.
import { rangeForSpan, readBlocks, offsetForPoint, type TextMap } from './text-map';
import type { EditorAdapter, EditorSnapshot, ReplaceResult } from './types';

/** The top-level blocks of <p>-based editors (Lexical, Quill, ProseMirror); list items count as blocks. */
export function paragraphBlocks(root: HTMLElement): Element[] {
  const blocks: Element[] = [];
  for (const child of root.children) {
    if (child.localName === 'ul' || child.localName === 'ol') blocks.push(...child.querySelectorAll(':scope > li'));
    else blocks.push(child);
  }
  // A bare contenteditable with inline content only is one block.
  return blocks.length ? blocks : [root];
}

/** The selection that sees nodes inside `node`'s tree: Chrome exposes shadowRoot.getSelection(). */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return (root instanceof ShadowRoot && root.getSelection?.()) || document.getSelection();
}

export function snapshotOf(editor: HTMLElement, map: TextMap): EditorSnapshot {
  return {
    text: map.text,
    range: (start, end) => rangeForSpan(map, start, end),
    rects(start, end) {
      const range = rangeForSpan(map, start, end);
      return range ? [...range.getClientRects()] : [];
    },
    caretOffset() {
      const sel = selectionFor(editor);
      if (!sel || !sel.isCollapsed || !sel.anchorNode || !editor.contains(sel.anchorNode)) return null;
      return offsetForPoint(map, sel.anchorNode, sel.anchorOffset);
    },
  };
}

export function readContentEditable(editor: HTMLElement, blocks: (root: HTMLElement) => Element[]): EditorSnapshot {
  return snapshotOf(editor, readBlocks(blocks(editor)));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the document has dispatched `selectionchange` (or after `ms` if none comes, as when
 * the selection did not change). The editor's own listener was added before ours, so by then it
 * has read the new selection into its model; a paste sent earlier lands at the old caret. A timer
 * tick is not enough: Firefox can run one before a busy page gets its selectionchange.
 */
function selectionSettled(doc: Document, ms = 150): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * The common replacement procedure (platforms.md §6): focus, select the span, wait until the editor
 * has handled selectionchange, run `insert`, then re-read until the text is the expected one.
 */
export async function replaceBySelection(
  editor: HTMLElement,
  read: () => string,
  span: { start: number; end: number; replacement: string; range: Range | null },
  insert: (editor: HTMLElement, text: string) => void,
): Promise<ReplaceResult> {
  const before = read();
  if (!span.range) return { ok: false, reason: 'The text changed before the fix could be applied.', changed: false };
  const expected = before.slice(0, span.start) + span.replacement + before.slice(span.end);
  editor.focus({ preventScroll: true });
  const sel = selectionFor(editor);
  if (!sel) return { ok: false, reason: 'No selection is available in this page.', changed: false };
  const settled = selectionSettled(editor.ownerDocument);
  sel.removeAllRanges();
  sel.addRange(span.range);
  await settled;
  await nextFrame();
  insert(editor, span.replacement);
  return verify(read, before, expected);
}

/** Waits up to ~10 frames for the editor to re-render, then compares with what was expected. */
export async function verify(read: () => string, before: string, expected: string): Promise<ReplaceResult> {
  for (let i = 0; i < 10; i++) {
    await nextFrame();
    if (read() === expected) return { ok: true };
  }
  const now = read();
  return now === before
    ? { ok: false, reason: 'The editor did not accept the change; edit the text by hand.', changed: false }
    : { ok: false, reason: 'The editor changed the text differently than expected; check your draft.', changed: true };
}

/** An editor adapter for a contenteditable: how its blocks are found and how text is inserted. */
export function contentEditableAdapter(
  kind: EditorAdapter['kind'],
  blocks: (root: HTMLElement) => Element[],
  insert: (editor: HTMLElement, text: string) => void,
): EditorAdapter {
  const read = (editor: HTMLElement) => readContentEditable(editor, blocks);
  return {
    kind,
    read,
    replace: (editor, start, end, replacement) =>
      replaceBySelection(
        editor,
        () => read(editor).text,
        { start, end, replacement, range: read(editor).range(start, end) },
        insert,
      ),
  };
}
