// Replica of www.linkedin.com/sharing/compose/ (the SDUI React share box since ~Aug 2026): TipTap in a
// native <dialog> opened with showModal() (top layer; the rest of the page is inert), the editor
// marked componentkey="ShareBox_textEditor", and a footer whose only text button is "Post". As on the
// live site, a skeleton <dialog> comes first and is replaced by the real one ~0.5 s later.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountTiptap, tiptapText } from './tiptap-box';
import type { Editor } from '@tiptap/core';
import { installReplicaApi, markReady, recordPost } from './runtime';
import { LINKEDIN_ALT_TEXT, MediaButton } from './media-input';
import { css } from './page';

installReplicaApi('linkedin-compose');

const COMPOSE_PATH = '/sharing/compose/';

function Icon() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="8" fill="currentColor" />
    </svg>
  );
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    dialogRef.current?.showModal();
    const { editor, unmount } = mountTiptap({
      parent: wrapperRef.current!,
      surface: 'share',
      attributes: {
        componentkey: 'ShareBox_textEditor',
        'aria-label': 'Text editor for creating content',
        'aria-placeholder': 'What do you want to talk about?',
      },
      onTextChange: setText,
      autofocus: true,
    });
    editorRef.current = editor;
    return unmount;
  }, []);

  const post = () => {
    const editor = editorRef.current;
    if (!editor || tiptapText(editor).trim().length === 0) return;
    recordPost('share', tiptapText(editor));
    dialogRef.current?.close();
    onClose();
  };

  return (
    <dialog ref={dialogRef} data-testid="dialog" aria-labelledby="share-compose-title" onCancel={onClose}>
      <div data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose" className="sdui-screen">
        <div className="head">
          <h2 id="share-compose-title">Alex Morgan</h2>
          <button type="button" aria-label="Dismiss" onClick={onClose}>
            <Icon />
          </button>
        </div>
        <div data-testid="ui-core-tiptap-text-editor-wrapper" ref={wrapperRef} className="editor-wrapper" />
        <div className="footer">
          <MediaButton label="Add media" altText={LINKEDIN_ALT_TEXT} />
          <button type="button" aria-label="Schedule post">
            <Icon />
          </button>
          <button type="button" className="primary" disabled={text.trim().length === 0} onClick={post}>
            Post
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** LinkedIn first mounts a skeleton dialog and swaps in the real one about 0.5 s later. */
const SKELETON_MS = 500;

function SkeletonDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => dialogRef.current?.showModal(), []);
  return (
    <dialog ref={dialogRef} data-testid="dialog" aria-busy="true" aria-label="Loading">
      <div className="skeleton" />
    </dialog>
  );
}

function ComposeRoute({ onClose }: { onClose: () => void }) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLoaded(true), SKELETON_MS);
    return () => clearTimeout(timer);
  }, []);
  return loaded ? <ShareDialog onClose={onClose} /> : <SkeletonDialog />;
}

function App() {
  const [open, setOpen] = useState(() => location.pathname.startsWith('/sharing/compose'));
  useEffect(markReady, []);
  useEffect(() => {
    const sync = () => setOpen(location.pathname.startsWith('/sharing/compose'));
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);
  const navigate = (path: string, isOpen: boolean) => {
    history.pushState(null, '', path);
    setOpen(isOpen);
  };
  return (
    <main aria-label="Main Feed" className="feed">
      <button type="button" className="start" onClick={() => navigate(COMPOSE_PATH, true)}>
        Start a post
      </button>
      {open && <ComposeRoute onClose={() => navigate('/feed/', false)} />}
    </main>
  );
}

css(`
  body { background: #f4f2ee; }
  .feed { width: 555px; margin: 24px auto; }
  .start { width: 100%; text-align: left; border: 1px solid #8c8c8c; border-radius: 35px; padding: 12px 16px; background: #fff; font: inherit; }
  dialog { width: 744px; border: 0; border-radius: 8px; padding: 0; }
  dialog::backdrop { background: rgba(0,0,0,.75); }
  .head { display: flex; justify-content: space-between; align-items: center; padding: 16px 24px; }
  .head button, .footer button[aria-label] { border: 0; background: none; color: #666; }
  .editor-wrapper { padding: 0 24px; }
  .skeleton { height: 320px; background: linear-gradient(90deg, #eee, #f6f6f6, #eee); }
  .tiptap { min-height: 200px; font-size: 18px; outline: none; }
  .tiptap p { margin: 0; }
  .footer { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 24px; border-top: 1px solid #e8e8e8; }
  .footer .primary { background: #0a66c2; color: #fff; border: 0; border-radius: 24px; padding: 6px 16px; font-weight: 600; }
  .footer .primary:disabled { background: #e8e8e8; color: #a6a6a6; }
`);

const root = document.createElement('div');
root.id = 'root';
document.body.append(root);
createRoot(root).render(<App />);
