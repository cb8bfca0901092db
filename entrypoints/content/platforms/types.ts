import type { Platform } from '../../../rules/types';

export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'textarea';

export type Composer = { editor: HTMLElement; kind: EditorKind; surface: 'post' | 'reply' | 'comment' };

/** Where one site keeps its composers and submit controls. Located by stable attributes only. */
export interface PlatformAdapter {
  id: Platform;
  matches(url: URL): boolean;
  /** Every composer on the page, including those inside open shadow roots (LinkedIn #interop-outlet). */
  findComposers(): Composer[];
  /** `el` comes from event.composedPath(): Post/Tweet/Reply/Comment buttons (or anything inside them). */
  isSubmitControl(el: Element): boolean;
  /** The editor that `control` publishes: the one sharing its nearest dialog/form/box. */
  composerForSubmit(control: Element): HTMLElement | null;
  /** Whether this keydown in `editor` publishes (Ctrl/Cmd+Enter on X and LinkedIn; Enter in Facebook comments). */
  isSubmitKey(event: KeyboardEvent, editor: HTMLElement): boolean;
}
