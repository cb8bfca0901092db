// LinkedIn's legacy share box and comments. Quill's paste handler waits for a native paste into its
// hidden clipboard element, so a synthetic one is ignored; execCommand('insertText') edits the DOM
// and Quill's MutationObserver syncs its Delta model from it.
import { contentEditableAdapter, paragraphBlocks } from './contenteditable';

export const quillEditor = contentEditableAdapter('quill', paragraphBlocks, (_editor, text) => {
  document.execCommand('insertText', false, text);
});
