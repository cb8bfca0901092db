// A Draft.js composer as X renders it: webDriverTestID puts data-testid on the contenteditable itself
// and ariaLabel labels it, exactly like the live tweetTextarea_N.
import { useEffect, useRef } from 'react';
import { Editor, EditorState, getDefaultKeyBinding, type DraftHandleValue } from 'draft-js';
import { isModEnter, registerEditor } from './runtime';

type Props = {
  surface: string;
  /** X's data-testid on the contenteditable (other sites have none). */
  testId?: string;
  placeholder: string;
  state: EditorState;
  onChange: (state: EditorState) => void;
  /** Ctrl/Cmd+Enter submits (X); without it the shortcut does nothing. */
  onModEnter?: () => void;
  autoFocus?: boolean;
  /** The contenteditable's accessible name and role (Meta Business Suite: a combobox). */
  ariaLabel?: string;
  role?: string;
};

export function plainText(state: EditorState): string {
  return state.getCurrentContent().getPlainText();
}

export function DraftBox({ surface, testId, placeholder, state, onChange, onModEnter, autoFocus, ariaLabel = 'Post text', role }: Props) {
  const editorRef = useRef<Editor>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  // The registry reads the latest committed state and clears through the owner's onChange.
  const latest = useRef({ state, onChange });
  latest.current = { state, onChange };

  useEffect(
    () =>
      registerEditor({
        surface,
        element: () => wrapperRef.current?.querySelector('[contenteditable="true"]') ?? null,
        read: () => plainText(latest.current.state),
        clear: () => latest.current.onChange(EditorState.createEmpty()),
      }),
    [surface],
  );
  useEffect(() => {
    if (autoFocus) editorRef.current?.focus();
  }, [autoFocus]);

  return (
    <div ref={wrapperRef} className="tweet-textarea">
      <Editor
        ref={editorRef}
        editorState={state}
        onChange={onChange}
        placeholder={placeholder}
        webDriverTestID={testId}
        ariaLabel={ariaLabel}
        role={role}
        ariaMultiline
        spellCheck
        stripPastedStyles
        keyBindingFn={(e) => (isModEnter(e) ? 'x-submit' : getDefaultKeyBinding(e))}
        handleKeyCommand={(command): DraftHandleValue => {
          if (command !== 'x-submit' || !onModEnter) return 'not-handled';
          onModEnter();
          return 'handled';
        }}
      />
    </div>
  );
}
