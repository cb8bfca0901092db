// LinkedIn's new (SDUI) editors: TipTap over ProseMirror, with LinkedIn's attributes on the
// contenteditable (div.tiptap.ProseMirror[role=textbox]).
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { registerEditor } from './runtime';

export function tiptapText(editor: Editor): string {
  return editor.getText({ blockSeparator: '\n' });
}

export function mountTiptap(opts: {
  parent: HTMLElement;
  surface: string;
  attributes: Record<string, string>;
  onTextChange: (text: string) => void;
  /** Ctrl/Cmd+Enter submits (LinkedIn comments). */
  onModEnter?: () => void;
  autofocus?: boolean;
}): { editor: Editor; unmount: () => void } {
  const submitShortcut = Extension.create({
    name: 'submitShortcut',
    addKeyboardShortcuts() {
      const shortcuts: Record<string, () => boolean> = {};
      const submit = opts.onModEnter;
      if (submit) {
        shortcuts['Mod-Enter'] = () => {
          submit();
          return true;
        };
      }
      return shortcuts;
    },
  });
  const editor = new Editor({
    element: opts.parent,
    extensions: [StarterKit, submitShortcut],
    editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', ...opts.attributes } },
    autofocus: opts.autofocus ? 'end' : false,
    onUpdate: () => opts.onTextChange(tiptapText(editor)),
  });
  const unregister = registerEditor({
    surface: opts.surface,
    element: () => (editor.isDestroyed ? null : editor.view.dom),
    read: () => tiptapText(editor),
    clear: () => editor.commands.clearContent(true),
  });
  return {
    editor,
    unmount: () => {
      unregister();
      editor.destroy();
    },
  };
}
