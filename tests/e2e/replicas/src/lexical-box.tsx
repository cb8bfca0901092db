// A Lexical composer as Facebook renders it: the contenteditable carries role, aria-label,
// aria-placeholder and data-lexical-editor; the placeholder is a sibling node; one <p> per line.
import { useEffect, useRef } from 'react';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { registerEditor } from './runtime';

/** Lexical's own getTextContent() puts "\n\n" between paragraphs; the composer shows one line break. */
export function lexicalText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  );
}

export function clearLexical(editor: LexicalEditor): void {
  editor.update(() => {
    const root = $getRoot();
    root.clear();
    root.append($createParagraphNode());
  });
}

type Props = {
  surface: string;
  label: string;
  /** Plain Enter submits (comments, Messenger); Shift+Enter still inserts a line break. */
  onEnter?: (editor: LexicalEditor) => void;
  onTextChange: (text: string) => void;
  editorRef?: (editor: LexicalEditor | null) => void;
  autoFocus?: boolean;
};

export function LexicalBox({ surface, label, onEnter, onTextChange, editorRef, autoFocus }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const textRef = useRef('');
  const callbacks = useRef({ onEnter, onTextChange, editorRef });
  callbacks.current = { onEnter, onTextChange, editorRef };
  const placeholderRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const editor = createEditor({
      namespace: `fb-${surface}`,
      nodes: [HeadingNode, QuoteNode],
      theme: { paragraph: 'xdj266r x14z9mp xat24cr x1lziwak', ltr: 'x1e56ztr' },
      onError: (error) => {
        throw error;
      },
    });
    editor.setRootElement(rootRef.current);
    callbacks.current.editorRef?.(editor);
    const unregister = mergeRegister(
      registerRichText(editor),
      registerHistory(editor, createEmptyHistoryState(), 300),
      editor.registerUpdateListener(() => {
        const text = lexicalText(editor);
        textRef.current = text;
        if (placeholderRef.current) placeholderRef.current.hidden = text.length > 0;
        callbacks.current.onTextChange(text);
      }),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const submit = callbacks.current.onEnter;
          if (!submit || !event || event.shiftKey || event.isComposing) return false;
          event.preventDefault();
          submit(editor);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      registerEditor({
        surface,
        element: () => rootRef.current,
        read: () => lexicalText(editor),
        clear: () => clearLexical(editor),
      }),
    );
    if (autoFocus) editor.focus();
    return () => {
      unregister();
      editor.setRootElement(null);
      callbacks.current.editorRef?.(null);
    };
  }, [surface, autoFocus]);

  return (
    <div className="lexical-wrap">
      <div
        ref={rootRef}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        spellCheck
        aria-label={label}
        aria-placeholder={label}
        aria-multiline="true"
        data-lexical-editor="true"
        className="xzsf02u x1a2a7pz notranslate"
        tabIndex={0}
      />
      <div ref={placeholderRef} className="lexical-placeholder" aria-hidden="true">
        {label}
      </div>
    </div>
  );
}
