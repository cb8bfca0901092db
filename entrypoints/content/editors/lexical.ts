// Facebook's composers. Lexical reverts foreign childList changes and execCommand has duplicated text
// in Lexical editors (Harper d7d08ca), so fixes go in as a synthetic paste its clipboard handler takes.
import { contentEditableAdapter, paragraphBlocks } from './contenteditable';
import { pasteText } from './paste-bridge';

export const lexicalEditor = contentEditableAdapter('lexical', paragraphBlocks, pasteText);
