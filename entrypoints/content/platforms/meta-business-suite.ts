// Meta Business Suite (business.facebook.com), where a Page's team posts as the Page: the post
// composer's caption field (a Draft.js contenteditable with role="combobox" for its mention and
// hashtag typeahead, labelled "Write into the dialogue box…") published with "Publish" or
// "Schedule", and the inbox reply box (Lexical), where Enter sends a reply to a comment or message.
import type { Composer, PlatformAdapter } from './types';
import { buttonLabel, editorNearControl, isPlainEnter, queryAllDeep } from './shared';

const CAPTION = '[contenteditable="true"][aria-label^="Write into the dialogue box"]';
const REPLY = '[contenteditable="true"][data-lexical-editor="true"]';
const EDITOR = `${CAPTION}, ${REPLY}`;
const SUBMIT_LABELS = new Set(['Publish', 'Schedule', 'Post', 'Share now', 'Send', 'Reply']);

export const metaBusinessSuiteAdapter: PlatformAdapter = {
  id: 'facebook',
  matches: (url) => url.hostname === 'business.facebook.com',
  findComposers: () =>
    queryAllDeep(EDITOR).map(
      (editor): Composer =>
        editor.matches(CAPTION) ? { editor, kind: 'draft', surface: 'post' } : { editor, kind: 'lexical', surface: 'reply' },
    ),
  isSubmitControl(el) {
    // Meta's buttons have no stable attribute: a labelled button that shares a box with an editor.
    const button = el.closest('[role="button"], button');
    return !!button && SUBMIT_LABELS.has(buttonLabel(button)) && editorNearControl(button, EDITOR) !== null;
  },
  composerForSubmit: (control) => editorNearControl(control, EDITOR),
  isSubmitKey: (e, editor) => editor.matches(REPLY) && isPlainEnter(e),
};
