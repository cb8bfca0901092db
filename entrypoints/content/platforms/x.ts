// X (twitter.com): Draft.js composers on desktop (home box, /compose/post modal, reply, quote and
// thread items tweetTextarea_0.._n) and a plain textarea on mobile web (platforms.md §1).
import type { PlatformAdapter, Composer } from './types';
import { editorNearControl, hostIn, isCtrlOrCmdEnter, isWithin, queryAllDeep } from './shared';

const EDITOR = '[data-testid^="tweetTextarea_"]';
/** By test id, whatever the element: older layouts render the Post control as div[role=button]. */
const SUBMIT = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';

function composerFor(marked: HTMLElement): Composer | null {
  // The test id sits on the contenteditable itself (Draft) or on/around the mobile textarea.
  const editor =
    marked instanceof HTMLTextAreaElement || marked.matches('[contenteditable="true"]')
      ? marked
      : marked.querySelector<HTMLElement>('textarea, [contenteditable="true"]');
  if (!editor) return null;
  const kind = editor instanceof HTMLTextAreaElement ? 'textarea' : 'draft';
  // A reply box sits under the post it answers: on a /status/ page, or in a dialog that shows it.
  const dialog = editor.closest('[role="dialog"]');
  const isReply = dialog ? dialog.querySelector('article') !== null : /\/status\/\d+/.test(location.pathname);
  return { editor, kind, surface: isReply ? 'reply' : 'post' };
}

export const xAdapter: PlatformAdapter = {
  id: 'x',
  matches: (url) => hostIn(url, 'x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'),
  findComposers() {
    const composers: Composer[] = [];
    for (const marked of queryAllDeep(EDITOR)) {
      // The mobile wrapper and its textarea may both carry the test id; keep one composer per editor.
      const c = composerFor(marked);
      if (c && !composers.some((o) => o.editor === c.editor)) composers.push(c);
    }
    return composers;
  },
  isSubmitControl: (el) => isWithin(el, SUBMIT),
  composerForSubmit(control) {
    const marked = editorNearControl(control, EDITOR);
    return marked ? (composerFor(marked)?.editor ?? null) : null;
  },
  isSubmitKey: (e) => isCtrlOrCmdEnter(e),
};
