// The pre-publish gate on X Pro's composer column (Ctrl/Cmd+Enter posts) and LinkedIn's
// company-page admin share box (gate-helpers.ts); one browser each, as describeGate does per site.
import { describeGate } from './gate-helpers';

describeGate('x', [
  {
    name: 'X Pro composer column (Draft.js)',
    replica: 'x-pro',
    surface: 'column',
    editor: '[data-testid="tweetTextarea_0"]',
    submitButton: '[data-testid="tweetButton"]',
    submitKeys: 'ControlOrMeta+Enter',
  },
]);

describeGate('linkedin', [
  {
    name: 'LinkedIn company page admin share box (Quill)',
    replica: 'li-admin',
    surface: 'share',
    editor: '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
    submitButton: '[data-test-modal-id="sharebox"] button.share-actions__primary-action',
  },
]);
