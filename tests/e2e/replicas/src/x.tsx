// Replica of x.com (desktop): home composer, a reply box, and the #layers modal composer with thread
// items, all Draft.js. Submit handlers are React onClick handlers (delegated at React's root), as on X.
import { useEffect, useState } from 'react';
import { createPortal, render } from 'react-dom';
import { EditorState } from 'draft-js';
import { DraftBox, plainText } from './draft-box';
import { installReplicaApi, markReady, recordPost } from './runtime';
import { css } from './page';
import { MediaButton, X_ALT_TEXT } from './media-input';
import { DivButton } from './div-button';

installReplicaApi('x');

function hasText(state: EditorState): boolean {
  return plainText(state).trim().length > 0;
}

/** `?layout=legacy`: the older layout, whose inline Post control is a div[role=button] (still clicked by many scripts). */
const LEGACY_LAYOUT = new URLSearchParams(location.search).get('layout') === 'legacy';

function InlineComposer(props: { surface: string; placeholder: string; buttonLabel: string }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const submit = () => {
    if (!hasText(state)) return;
    recordPost(props.surface, plainText(state));
    setState(EditorState.createEmpty());
  };
  return (
    <div className="composer">
      <DraftBox
        surface={props.surface}
        testId="tweetTextarea_0"
        placeholder={props.placeholder}
        state={state}
        onChange={setState}
        onModEnter={submit}
      />
      <div data-testid="toolBar" className="toolbar">
        <MediaButton label="Add photos or video" altText={X_ALT_TEXT} />
        {LEGACY_LAYOUT ? (
          <DivButton testId="tweetButtonInline" className="legacy-button" disabled={!hasText(state)} onPress={submit}>
            {props.buttonLabel}
          </DivButton>
        ) : (
          <button type="button" role="button" data-testid="tweetButtonInline" disabled={!hasText(state)} onClick={submit}>
            <span>{props.buttonLabel}</span>
          </button>
        )}
      </div>
    </div>
  );
}

function ModalComposer({ onClose }: { onClose: () => void }) {
  const [items, setItems] = useState(() => [EditorState.createEmpty()]);
  const ready = items.every(hasText);
  const submit = () => {
    if (!ready) return;
    items.forEach((item, i) => recordPost(`modal-${i}`, plainText(item)));
    onClose();
  };
  const layers = document.getElementById('layers')!;
  return createPortal(
    <div className="mask">
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="modal">
        <div className="modal-head">
          <button type="button" data-testid="app-bar-close" aria-label="Close" className="icon" onClick={onClose}>
            ✕
          </button>
          <h2 id="modal-header" className="visually-hidden">
            Compose post
          </h2>
        </div>
        {items.map((item, i) => (
          <DraftBox
            key={i}
            surface={`modal-${i}`}
            testId={`tweetTextarea_${i}`}
            placeholder={i === 0 ? "What's happening?" : 'Add another post'}
            state={item}
            onChange={(next) => setItems((all) => all.map((s, j) => (j === i ? next : s)))}
            onModEnter={submit}
            autoFocus
          />
        ))}
        <div data-testid="toolBar" className="toolbar">
          <button
            type="button"
            data-testid="addButton"
            aria-label="Add post"
            disabled={!hasText(items[items.length - 1]!)}
            onClick={() => setItems((all) => [...all, EditorState.createEmpty()])}
          >
            +
          </button>
          <button type="button" role="button" data-testid="tweetButton" disabled={!ready} onClick={submit}>
            <span>{items.length > 1 ? 'Post all' : 'Post'}</span>
          </button>
        </div>
      </div>
    </div>,
    layers,
  );
}

function App() {
  useEffect(markReady, []);
  const [modalOpen, setModalOpen] = useState(() => location.pathname.startsWith('/compose/post'));
  useEffect(() => {
    const sync = () => setModalOpen(location.pathname.startsWith('/compose/post'));
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);
  const openModal = () => {
    history.pushState(null, '', '/compose/post');
    setModalOpen(true);
  };
  const closeModal = () => {
    history.pushState(null, '', '/home');
    setModalOpen(false);
  };
  return (
    <div className="app">
      <header role="banner" className="sidenav">
        <nav aria-label="Primary">
          <a href="/home">Home</a>
          <a
            href="/compose/post"
            data-testid="SideNav_NewTweet_Button"
            aria-label="Post"
            role="link"
            onClick={(e) => {
              e.preventDefault();
              openModal();
            }}
          >
            Post
          </a>
        </nav>
      </header>
      <main role="main">
        <div data-testid="primaryColumn" className="column">
          <h1>Home</h1>
          <InlineComposer surface="home" placeholder="What's happening?" buttonLabel="Post" />
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title" className="visually-hidden">
              Your Home Timeline
            </h2>
            <article data-testid="tweet" role="article">
              <div data-testid="User-Name">Riverside Hospital @RiversideHosp</div>
              <div data-testid="tweetText" lang="en">
                Our new maternity unit opens on Monday. Come and meet the team!
              </div>
            </article>
            <InlineComposer surface="reply" placeholder="Post your reply" buttonLabel="Reply" />
          </section>
        </div>
      </main>
      {modalOpen && <ModalComposer onClose={closeModal} />}
    </div>
  );
}

css(`
  .app { display: flex; gap: 24px; }
  .sidenav nav { display: flex; flex-direction: column; gap: 8px; padding: 12px; }
  .column { width: 600px; border-inline: 1px solid #eff3f4; }
  .composer { padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
  .DraftEditor-root { font-size: 20px; min-height: 52px; position: relative; }
  .public-DraftEditorPlaceholder-root { position: absolute; color: #536471; pointer-events: none; }
  .toolbar { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
  .legacy-button { background: #0f1419; color: #fff; border-radius: 999px; padding: 8px 16px; font-weight: 700; cursor: pointer; }
  button[data-testid^="tweetButton"] { background: #0f1419; color: #fff; border: 0; border-radius: 999px; padding: 8px 16px; font-weight: 700; }
  button:disabled { opacity: .5; }
  .icon, [data-testid="addButton"] { background: none; border: 1px solid #cfd9de; border-radius: 999px; width: 34px; height: 34px; }
  article { padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
  .mask { position: fixed; inset: 0; background: rgba(0,0,0,.4); display: flex; justify-content: center; align-items: flex-start; padding-top: 5vh; }
  .modal { background: #fff; border-radius: 16px; width: 600px; max-height: 90vh; overflow-y: auto; padding: 12px 16px; }
  .tweet-textarea + .tweet-textarea { margin-top: 12px; border-top: 1px solid #eff3f4; padding-top: 12px; }
`);

const root = document.createElement('div');
root.id = 'react-root';
const layers = document.createElement('div');
layers.id = 'layers';
document.body.append(root, layers);
// X still runs Draft.js, which needs React's legacy root (ReactDOM.render) on React 18.
render(<App />, root);
