import type { EditorKind } from '../platforms/types';

/** One reading of an editor: its text as the editor's model sees it, and how to find spans of it on screen. */
export interface EditorSnapshot {
  text: string;
  /** A DOM Range over text[start, end); null for textareas (their text has no DOM nodes). */
  range(start: number, end: number): Range | null;
  /** Viewport rectangles of text[start, end), one per line box. */
  rects(start: number, end: number): DOMRect[];
  /** The collapsed caret's text offset when the caret is inside this editor, else null. */
  caretOffset(): number | null;
}

export type ReplaceResult =
  | { ok: true }
  /** `changed`: the editor's text differs from before (neither the original nor the fix). */
  | { ok: false; reason: string; changed: boolean };

/** How to read one kind of editor and how to change its text so that the editor's own model updates. */
export interface EditorAdapter {
  kind: EditorKind;
  read(editor: HTMLElement): EditorSnapshot;
  /** Replaces text[start, end) with `replacement` through input the editor handles, then verifies it. */
  replace(editor: HTMLElement, start: number, end: number, replacement: string): Promise<ReplaceResult>;
}
