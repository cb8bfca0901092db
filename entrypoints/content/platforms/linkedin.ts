// LinkedIn runs two frontends: legacy Ember pages with Quill (sometimes inside the open shadow root
// of #interop-outlet) and the SDUI React frontend with TipTap/ProseMirror (platforms.md §3).
import type { Composer, PlatformAdapter } from './types';
import { buttonLabel, editorNearControl, hostIn, isCtrlOrCmdEnter, isWithin, queryAllDeep } from './shared';

const QUILL = '.ql-editor[contenteditable="true"]';
const PROSEMIRROR = '.ProseMirror[contenteditable="true"], [componentkey="ShareBox_textEditor"][contenteditable="true"]';
const EDITOR = `${QUILL}, ${PROSEMIRROR}`;
const COMMENT_BOX = '[data-view-name="comment-box"], .comments-comment-box, form.comments-comment-box__form';
const SUBMIT = [
  'button.share-actions__primary-action',
  'button[data-view-name="comment-post"]',
  'button[data-view-name="comment-reply-post"]',
  'button.comments-comment-box__submit-button--cr',
].join(', ');
/** The SDUI Post button has no stable attribute: a text-only button labelled Post, in the share dialog. */
const POST_LABELS = new Set(['Post', 'Posten', 'Publier', 'Publicar', 'Pubblica']);
/** Messaging has its own editor class; messages are not posts. */
const MESSAGING = '.msg-form__contenteditable';

function surfaceOf(editor: HTMLElement): Composer['surface'] {
  if (editor.closest(COMMENT_BOX) || /comment/i.test(editor.getAttribute('aria-label') ?? '')) return 'comment';
  return 'post';
}

export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  matches: (url) => hostIn(url, 'www.linkedin.com', 'linkedin.com'),
  findComposers: () =>
    queryAllDeep(EDITOR)
      .filter((editor) => !editor.matches(MESSAGING))
      .map((editor) => ({ editor, kind: editor.matches(QUILL) ? 'quill' : 'prosemirror', surface: surfaceOf(editor) })),
  isSubmitControl(el) {
    if (isWithin(el, SUBMIT)) return true;
    const button = el.closest('button');
    return !!button && POST_LABELS.has(buttonLabel(button)) && !!button.closest('dialog, [role="dialog"]')?.querySelector(EDITOR);
  },
  composerForSubmit: (control) => editorNearControl(control, EDITOR),
  isSubmitKey: (e) => isCtrlOrCmdEnter(e),
};
