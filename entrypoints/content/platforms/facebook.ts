// Facebook: every composer is Lexical (`data-lexical-editor`); class names are hashed, labels are
// localized, so labels only refine the surface and the Post button is the last resort (platforms.md §2).
import type { Composer, PlatformAdapter } from './types';
import { buttonLabel, editorNearControl, isPlainEnter, isWithin, queryAllDeep } from './shared';

const EDITOR = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const COMMENT_SUBMIT = '#focused-state-composer-submit, [role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]';
const POST_LABELS = new Set(['Post', 'Publish', 'Share now']);

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
    // The post dialog's button has no stable id: a "Post" button in a dialog that holds a composer.
    return !!button && POST_LABELS.has(buttonLabel(button)) && !!button.closest('[role="dialog"]')?.querySelector(EDITOR);
  },
  composerForSubmit: (control) => editorNearControl(control, EDITOR),
  isSubmitKey: (e, editor) => surfaceOf(editor) !== 'post' && isPlainEnter(e),
};
