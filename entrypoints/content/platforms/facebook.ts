// Facebook: every composer is Lexical (`data-lexical-editor`); class names are hashed, labels are
// localized, so labels only refine the surface and the Post button is the last resort (platforms.md §2).
import type { Composer, PlatformAdapter } from './types';
import { buttonLabel, editorNearControl, isLastControlAfter, isPlainEnter, isWithin, queryAllDeep } from './shared';

const EDITOR = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
/** The comment box's send button keeps its id in every interface language (labels: English only). */
const COMMENT_SUBMIT = '#focused-state-composer-submit, [role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]';
/**
 * Labels only add certainty; the post dialog's button is found by position too (see isSubmitControl),
 * so an interface language missing here still gates. English, French, German, Spanish, Welsh.
 */
const POST_LABELS = new Set(['Post', 'Publish', 'Share now', 'Publier', 'Posten', 'Publicar', 'Postio']);

function surfaceOf(editor: HTMLElement): Composer['surface'] {
  const label = editor.getAttribute('aria-label') ?? '';
  if (/^Reply/i.test(label)) return 'reply';
  if (/^(Comment|Write a comment)/i.test(label)) return 'comment';
  // The post composer is the editor of a dialog with a Post button; comments live under posts.
  return editor.closest('form') || !editor.closest('[role="dialog"]') ? 'comment' : 'post';
}

/** Messenger chats are private messages, not posts. */
const isMessenger = (editor: HTMLElement) => editor.getAttribute('aria-label') === 'Message';

export const facebookAdapter: PlatformAdapter = {
  id: 'facebook',
  matches: (url) => url.hostname === 'facebook.com' || url.hostname.endsWith('.facebook.com'),
  findComposers: () =>
    queryAllDeep(EDITOR)
      .filter((editor) => !isMessenger(editor))
      .map((editor) => ({ editor, kind: 'lexical', surface: surfaceOf(editor) })),
  isSubmitControl(el) {
    if (isWithin(el, COMMENT_SUBMIT)) return true;
    const button = el.closest('[role="button"], button');
    if (!button) return false;
    const label = buttonLabel(button);
    // The post dialog's button has no stable id or language-free label: in a dialog that holds a
    // composer it is labelled Post (or its translation), or it is the dialog's last control after
    // the editor (the footer button that follows the "Add to your post" row), whatever its text.
    const dialog = button.closest('[role="dialog"]');
    const editor = dialog?.querySelector<HTMLElement>(EDITOR);
    return !!editor && (POST_LABELS.has(label) || isLastControlAfter(button, dialog!, editor));
  },
  composerForSubmit: (control) => editorNearControl(control, EDITOR),
  isSubmitKey: (e, editor) => surfaceOf(editor) !== 'post' && isPlainEnter(e),
};
