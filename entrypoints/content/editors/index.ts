import type { EditorKind } from '../platforms/types';
import { draftEditor } from './draft';
import { lexicalEditor } from './lexical';
import { prosemirrorEditor } from './prosemirror';
import { quillEditor } from './quill';
import { textareaEditor } from './textarea';
import type { EditorAdapter } from './types';

export const EDITORS: Record<EditorKind, EditorAdapter> = {
  draft: draftEditor,
  lexical: lexicalEditor,
  quill: quillEditor,
  prosemirror: prosemirrorEditor,
  textarea: textareaEditor,
};
