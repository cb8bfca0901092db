// The pre-publish gate on LinkedIn: the legacy Quill share box (also inside the #interop-outlet shadow
// root), the SDUI TipTap share box in a native modal <dialog>, and the TipTap comment box where
// Ctrl/Cmd+Enter posts (gate-helpers.ts).
import { describeGate } from './gate-helpers';

const startAPost = (page: import('playwright-core').Page) => page.getByText('Start a post', { exact: true }).first().click();

describeGate('linkedin', [
  {
    name: 'LinkedIn legacy share box (Quill)',
    replica: 'li-feed',
    surface: 'share',
    open: startAPost,
    editor: '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
    submitButton: '[data-test-modal-id="sharebox"] button.share-actions__primary-action',
  },
  {
    name: 'LinkedIn legacy share box in the #interop-outlet shadow root (Quill)',
    replica: 'li-feed-interop',
    surface: 'share',
    open: startAPost,
    editor: '#interop-outlet .share-box-v2__modal .ql-editor[aria-label="Text editor for creating content"]',
    submitButton: '#interop-outlet button.share-actions__primary-action',
  },
  {
    name: 'LinkedIn SDUI share box in a modal <dialog> (TipTap)',
    replica: 'li-compose',
    surface: 'share',
    editor: 'dialog[open][data-testid="dialog"] [componentkey="ShareBox_textEditor"][contenteditable="true"]',
    submitButton: 'dialog[data-testid="dialog"] button:text-is("Post")',
  },
  {
    name: 'LinkedIn feed comment box (TipTap, Ctrl/Cmd+Enter posts)',
    replica: 'li-feed',
    surface: 'comment',
    editor: 'div[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable="true"]',
    submitButton: 'button[data-view-name="comment-post"]',
    submitKeys: 'ControlOrMeta+Enter',
  },
]);
