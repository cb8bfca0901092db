// Replica of Meta Business Suite (business.facebook.com), where a Page's team posts as the Page:
//  - /latest/composer/: the post composer. Its caption field is a contenteditable with
//    role="combobox" (mentions and hashtags typeahead) labelled "Write into the dialogue box to
//    include text with your post.", rendered here with Draft.js, Meta's editor that renders exactly
//    that (role + aria label on the contenteditable); the "Publish" div button is aria-disabled
//    while the caption is empty.
//  - /latest/inbox/all: a conversation (a comment thread on the Page's post) with the reply box,
//    a Lexical editor as in Meta's other reply and message boxes; Enter sends, Shift+Enter breaks
//    the line, and the "Send" div button sends too.
// Sources (checked 2026-12-07): Meta Business Help Center "Create and publish a post in Meta
// Business Suite" and "Reply to messages and comments in the Business Suite inbox"; public
// automation code on GitHub naming the URLs (business.facebook.com/latest/composer/?asset_id=...,
// /latest/inbox/all?asset_id=...) and recording the caption field's role and accessible name and
// the "Publish"/"Schedule" submit buttons. Not verified: the editor library behind the caption
// field (Draft.js is inferred from role="combobox" on the contenteditable) and the reply box's
// exact label.
import { useEffect, useState } from 'react';
import { render } from 'react-dom';
import { EditorState } from 'draft-js';
import type { LexicalEditor } from 'lexical';
import { DivButton } from './div-button';
import { DraftBox, plainText } from './draft-box';
import { LexicalBox, clearLexical, lexicalText } from './lexical-box';
import { installReplicaApi, markReady, recordPost } from './runtime';
import { css } from './page';

installReplicaApi('meta-business-suite');

const CAPTION_LABEL = 'Write into the dialogue box to include text with your post.';

function PostComposer() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const text = plainText(state);
  const publish = () => {
    if (text.trim().length === 0) return;
    recordPost('post', text);
    setState(EditorState.createEmpty());
  };
  return (
    <div className="composer-page">
      <h1>Create post</h1>
      <div className="card">
        <h2>Post to</h2>
        <div className="asset">Riverside Hospital</div>
      </div>
      <div className="card">
        <h2>Post details</h2>
        <div className="caption">
          <DraftBox surface="post" role="combobox" ariaLabel={CAPTION_LABEL} placeholder="Text" state={state} onChange={setState} />
        </div>
      </div>
      <div className="footer">
        <DivButton label="Publish" disabled={text.trim().length === 0} onPress={publish}>
          Publish
        </DivButton>
      </div>
    </div>
  );
}

function Inbox() {
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [text, setText] = useState('');
  const send = (ed: LexicalEditor | null) => {
    if (!ed || lexicalText(ed).trim().length === 0) return;
    recordPost('reply', lexicalText(ed));
    clearLexical(ed);
  };
  return (
    <div className="inbox">
      <nav aria-label="Conversations" className="threads">
        <div role="row" aria-selected="true">Sam Taylor commented on your post</div>
      </nav>
      <section aria-label="Conversation" className="thread">
        <div className="message">Sam Taylor: Is the walk-in clinic open on Sunday?</div>
        <div className="reply-box">
          <LexicalBox surface="reply" label="Reply in Riverside Hospital" onTextChange={setText} editorRef={setEditor} onEnter={send} />
          <DivButton label="Send" disabled={text.trim().length === 0} onPress={() => send(editor)}>
            Send
          </DivButton>
        </div>
      </section>
    </div>
  );
}

function App() {
  useEffect(markReady, []);
  return <div role="main">{location.pathname.startsWith('/latest/inbox') ? <Inbox /> : <PostComposer />}</div>;
}

css(`
  body { background: #f0f2f5; }
  .composer-page, .inbox { width: 720px; margin: 16px auto; }
  .card { background: #fff; border-radius: 8px; padding: 12px 16px; margin-bottom: 12px; }
  .caption { border: 1px solid #ced0d4; border-radius: 6px; padding: 8px; }
  .caption .DraftEditor-root { min-height: 120px; position: relative; }
  .public-DraftEditorPlaceholder-root { position: absolute; color: #65676b; pointer-events: none; }
  .footer { display: flex; justify-content: flex-end; }
  .div-button { display: inline-block; background: #0866ff; color: #fff; border-radius: 6px; padding: 6px 12px; cursor: pointer; }
  .div-button[aria-disabled="true"] { background: #e4e6eb; color: #bcc0c4; cursor: not-allowed; }
  .inbox { display: flex; gap: 12px; }
  .threads { width: 220px; background: #fff; border-radius: 8px; padding: 8px; }
  .thread { flex: 1; background: #fff; border-radius: 8px; padding: 12px; }
  .reply-box { display: flex; gap: 8px; align-items: flex-end; border: 1px solid #ced0d4; border-radius: 8px; padding: 4px 8px; margin-top: 12px; }
  .reply-box .lexical-wrap { flex: 1; position: relative; }
  .lexical-wrap [data-lexical-editor] { min-height: 40px; padding: 8px; }
  .lexical-wrap p { margin: 0; }
  .lexical-placeholder { position: absolute; top: 8px; left: 8px; color: #65676b; pointer-events: none; }
`);

const mount = document.createElement('div');
mount.id = 'mount_0_0_Bs';
document.body.append(mount);
// Draft.js needs React's legacy root on React 18 (as in x.tsx).
render(<App />, mount);
