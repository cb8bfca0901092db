// The pre-publish gate on Facebook: the create-post dialog and a comment box where plain Enter posts
// (gate-helpers.ts).
import { describeGate } from './gate-helpers';

describeGate('facebook', [
  {
    name: 'Facebook create-post dialog (Lexical)',
    replica: 'fb-post',
    surface: 'post',
    open: (page) => page.getByText("What's on your mind, Alex?", { exact: true }).first().click(),
    editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    submitButton: '[role="dialog"] div[role="button"][aria-label="Post"]',
  },
  {
    name: 'Facebook comment box (Lexical, Enter posts)',
    replica: 'fb-post',
    surface: 'comment',
    editor: '[data-lexical-editor="true"][aria-label="Comment as Alex"]',
    submitButton: 'div[role="button"][aria-label="Comment"]',
    submitKeys: 'Enter',
    newline: 'Shift+Enter',
  },
]);
