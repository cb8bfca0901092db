// Replica of X Pro (pro.x.com, the former TweetDeck): a deck of columns, the first of which is the
// composer column. X Pro is built from x.com's own web app components, so the column composer is
// the same Draft.js editor (data-testid="tweetTextarea_0") with X's tweetButton; Ctrl/Cmd+Enter posts.
// Sources (checked 2026-12-07): X Help "How to use X Pro" (the Post button opens the composer as a
// column on the left of the deck); hitohorobe/better-xpro userscripts (match pro.x.com and
// pro.twitter.com; the column's "Clear post" button is button[aria-label], localised).
import { useEffect, useState } from 'react';
import { render } from 'react-dom';
import { EditorState } from 'draft-js';
import { DraftBox, plainText } from './draft-box';
import { installReplicaApi, markReady, recordPost } from './runtime';
import { css } from './page';

installReplicaApi('x-pro');

function ComposerColumn() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const ready = plainText(state).trim().length > 0;
  const submit = () => {
    if (!ready) return;
    recordPost('column', plainText(state));
    setState(EditorState.createEmpty());
  };
  return (
    <section aria-label="Post" className="column composer-column" data-testid="multi-column-layout-column">
      <h2>Post</h2>
      <DraftBox surface="column" testId="tweetTextarea_0" placeholder="What's happening?" state={state} onChange={setState} onModEnter={submit} />
      <div data-testid="toolBar" className="toolbar">
        <button type="button" aria-label="Clear post" onClick={() => setState(EditorState.createEmpty())}>
          Clear
        </button>
        <button type="button" role="button" data-testid="tweetButton" disabled={!ready} onClick={submit}>
          <span>Post</span>
        </button>
      </div>
    </section>
  );
}

function App() {
  useEffect(markReady, []);
  return (
    <main role="main" className="deck">
      <ComposerColumn />
      <section aria-label="Home" className="column" data-testid="multi-column-layout-column">
        <h2>Home</h2>
        <article data-testid="tweet" role="article">
          <div data-testid="tweetText" lang="en">Flu vaccinations are available at all our sites this week.</div>
        </article>
      </section>
    </main>
  );
}

css(`
  body { background: #f7f9f9; }
  .deck { display: flex; gap: 8px; padding: 8px; }
  .column { width: 380px; background: #fff; border: 1px solid #eff3f4; border-radius: 8px; padding: 12px; }
  .DraftEditor-root { font-size: 17px; min-height: 120px; position: relative; }
  .public-DraftEditorPlaceholder-root { position: absolute; color: #536471; pointer-events: none; }
  .toolbar { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
  [data-testid="tweetButton"] { background: #0f1419; color: #fff; border: 0; border-radius: 999px; padding: 8px 16px; font-weight: 700; }
  button:disabled { opacity: .5; }
`);

const root = document.createElement('div');
root.id = 'react-root';
document.body.append(root);
render(<App />, root);
