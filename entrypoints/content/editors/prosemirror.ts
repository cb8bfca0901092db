// LinkedIn's new (SDUI) composer and comments: TipTap on ProseMirror. ProseMirror parses a paste's
// clipboardData into a transaction; assigning innerHTML would be reverted.
import { contentEditableAdapter, paragraphBlocks } from './contenteditable';
import { pasteText } from './paste-bridge';

export const prosemirrorEditor = contentEditableAdapter('prosemirror', paragraphBlocks, pasteText);
