// The pre-publish gate on the composers organisations post from (gate-helpers.ts): Meta Business
// Suite's post composer and inbox reply box (Enter sends).
import { describeGate } from './gate-helpers';

describeGate('facebook', [
  {
    name: 'Meta Business Suite post composer (Draft.js, "Publish")',
    replica: 'mbs-composer',
    surface: 'post',
    editor: '[role="combobox"][aria-label^="Write into the dialogue box"]',
    submitButton: '[role="button"][aria-label="Publish"]',
  },
  {
    name: 'Meta Business Suite inbox reply box (Lexical, Enter sends)',
    replica: 'mbs-inbox',
    surface: 'reply',
    editor: '.reply-box [data-lexical-editor="true"]',
    submitButton: '[role="button"][aria-label="Send"]',
    submitKeys: 'Enter',
    newline: 'Shift+Enter',
  },
]);
