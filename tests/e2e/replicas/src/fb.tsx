// Replica of www.facebook.com: the "What's on your mind" trigger opens the Create post dialog
// (Lexical, div[role=button][aria-label=Post], aria-disabled when empty), and a feed post's comment
// box (Lexical "Comment as Alex", plain Enter submits). Handlers are React's, delegated at the root.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { LexicalEditor } from 'lexical';
import { LexicalBox, clearLexical, lexicalText } from './lexical-box';
import { installReplicaApi, markReady, recordPost } from './runtime';
import { FACEBOOK_ALT_TEXT, MediaButton } from './media-input';
import { css } from './page';
import { DivButton as SharedDivButton } from './div-button';

installReplicaApi('facebook');

/** `?locale=fr|de|es|cy`: Facebook's interface in another language (labels as the live site words them). */
const LABELS = {
  en: { post: 'Post', close: 'Close', comment: 'Comment', photo: 'Photo/video', feeling: 'Feeling/activity', mind: "What's on your mind, Alex?", commentAs: 'Comment as Alex' },
  fr: { post: 'Publier', close: 'Fermer', comment: 'Commenter', photo: 'Photo/vidéo', feeling: 'Humeur/activité', mind: 'Quoi de neuf, Alex ?', commentAs: 'Commenter en tant que Alex' },
  de: { post: 'Posten', close: 'Schließen', comment: 'Kommentieren', photo: 'Foto/Video', feeling: 'Gefühl/Aktivität', mind: 'Was machst du gerade, Alex?', commentAs: 'Als Alex kommentieren' },
  es: { post: 'Publicar', close: 'Cerrar', comment: 'Comentar', photo: 'Foto/video', feeling: 'Sentimiento/actividad', mind: '¿Qué estás pensando, Alex?', commentAs: 'Comentar como Alex' },
  cy: { post: 'Postio', close: 'Cau', comment: 'Rhoi sylw', photo: 'Llun/fideo', feeling: 'Teimlad/gweithgaredd', mind: 'Beth sydd ar eich meddwl, Alex?', commentAs: 'Rhoi sylw fel Alex' },
};
const localeParam = new URLSearchParams(location.search).get('locale');
const T = LABELS[(localeParam && localeParam in LABELS ? localeParam : 'en') as keyof typeof LABELS];

/** Facebook's buttons: div-button styling, plus a modifier class for some. */
function DivButton(props: Omit<Parameters<typeof SharedDivButton>[0], 'className'> & { className?: string }) {
  return <SharedDivButton {...props} className={`div-button ${props.className ?? ''}`} />;
}

function CreatePostDialog({ onClose }: { onClose: () => void }) {
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [text, setText] = useState('');
  const empty = text.trim().length === 0;
  const post = () => {
    if (!editor || lexicalText(editor).trim().length === 0) return;
    recordPost('post', lexicalText(editor));
    onClose();
  };
  return createPortal(
    <div className="mask">
      <div role="dialog" aria-labelledby="create-post-title" className="dialog">
        <div className="dialog-head">
          <h2 id="create-post-title">Create post</h2>
          <DivButton label={T.close} disabled={false} onPress={onClose}>
            ✕
          </DivButton>
        </div>
        <div className="author">Alex Morgan</div>
        <LexicalBox
          surface="post"
          label={T.mind}
          onTextChange={setText}
          editorRef={setEditor}
          autoFocus
        />
        <MediaButton label="Photo/video" altText={FACEBOOK_ALT_TEXT} />
        {localeParam && (
          <div className="add-to-post">
            <DivButton label={T.photo} disabled={false} onPress={() => undefined}>
              🖼
            </DivButton>
            <DivButton label={T.feeling} disabled={false} onPress={() => undefined}>
              🙂
            </DivButton>
          </div>
        )}
        <DivButton label={T.post} disabled={empty} onPress={post} className="post-button">
          {T.post}
        </DivButton>
      </div>
    </div>,
    document.body,
  );
}

function CommentBox() {
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [text, setText] = useState('');
  const submit = (ed: LexicalEditor | null) => {
    if (!ed || lexicalText(ed).trim().length === 0) return;
    recordPost('comment', lexicalText(ed));
    clearLexical(ed);
  };
  return (
    <div className="comment-box">
      <LexicalBox surface="comment" label={T.commentAs} onTextChange={setText} editorRef={setEditor} onEnter={submit} />
      <DivButton id="focused-state-composer-submit" label={T.comment} disabled={text.trim().length === 0} onPress={() => submit(editor)}>
        ➤
      </DivButton>
    </div>
  );
}

function App() {
  useEffect(markReady, []);
  const [dialogOpen, setDialogOpen] = useState(false);
  return (
    <div role="main" className="feed">
      <div className="card">
        <div role="button" tabIndex={0} className="trigger" onClick={() => setDialogOpen(true)}>
          <span>What's on your mind, Alex?</span>
        </div>
      </div>
      <div role="feed">
        <div role="article" aria-label="Post by Riverside Hospital" className="card">
          <h3>Riverside Hospital</h3>
          <div data-ad-preview="message">Flu clinics are open every Saturday this month. No appointment needed.</div>
          <CommentBox />
        </div>
      </div>
      {dialogOpen && <CreatePostDialog onClose={() => setDialogOpen(false)} />}
    </div>
  );
}

css(`
  body { background: #f0f2f5; }
  .feed { width: 590px; margin: 16px auto; }
  .card { background: #fff; border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; }
  .trigger { background: #f0f2f5; border-radius: 20px; padding: 8px 12px; color: #65676b; cursor: pointer; }
  .lexical-wrap { position: relative; }
  .lexical-wrap [data-lexical-editor] { min-height: 40px; padding: 8px; font-size: 15px; }
  .lexical-wrap p { margin: 0; }
  .lexical-placeholder { position: absolute; top: 8px; left: 8px; color: #65676b; pointer-events: none; }
  .mask { position: fixed; inset: 0; background: rgba(255,255,255,.8); display: flex; justify-content: center; align-items: center; }
  .dialog { background: #fff; width: 500px; border-radius: 8px; box-shadow: 0 12px 28px rgba(0,0,0,.2); padding: 12px 16px; }
  .dialog .lexical-wrap [data-lexical-editor] { min-height: 120px; font-size: 24px; }
  .dialog-head { display: flex; justify-content: space-between; align-items: center; }
  .div-button { display: inline-block; background: #0866ff; color: #fff; border-radius: 6px; padding: 6px 12px; cursor: pointer; text-align: center; }
  .dialog .post-button { display: block; margin-top: 12px; }
  .add-to-post { display: flex; gap: 8px; margin-top: 8px; }
  .dialog-head .div-button { background: #e4e6eb; color: #050505; border-radius: 50%; }
  .div-button[aria-disabled="true"] { background: #e4e6eb; color: #bcc0c4; cursor: not-allowed; }
  .comment-box { display: flex; gap: 8px; align-items: flex-end; background: #f0f2f5; border-radius: 18px; padding: 4px 8px; }
  .comment-box .lexical-wrap { flex: 1; }
`);

const mount = document.createElement('div');
mount.id = 'mount_0_0_Ab';
document.body.append(mount);
createRoot(mount).render(<App />);
