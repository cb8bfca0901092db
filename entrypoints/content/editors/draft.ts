// X's desktop composer. Draft.js keeps its own EditorState; DOM edits that span leaves break React's
// reconciliation (draft-js #616, #1130) and execCommand repeats text once decorators split leaves,
// so fixes go in as a synthetic paste, which Draft routes through its model.
import { contentEditableAdapter } from './contenteditable';
import { pasteText } from './paste-bridge';

export const draftEditor = contentEditableAdapter(
  'draft',
  (root) => {
    const blocks = [...root.querySelectorAll('[data-block="true"]')];
    return blocks.length ? blocks : [root];
  },
  pasteText,
);
