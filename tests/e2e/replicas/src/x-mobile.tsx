// Replica of X's mobile web composer (mobile.x.com/compose/post): a React-controlled <textarea>
// inside [data-testid^="tweetTextarea"], submit button[data-testid="tweetButton"] in the top bar.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { installReplicaApi, isModEnter, markReady, recordPost, registerEditor } from './runtime';
import { css } from './page';

installReplicaApi('x-mobile');

function App() {
  const [text, setText] = useState('');
  const textRef = useRef(text);
  textRef.current = text;
  const areaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(
    () =>
      registerEditor({
        surface: 'mobile',
        element: () => areaRef.current,
        read: () => textRef.current,
        clear: () => setText(''),
      }),
    [],
  );
  useEffect(markReady, []);

  const submit = () => {
    if (textRef.current.trim().length === 0) return;
    recordPost('mobile', textRef.current);
    setText('');
  };

  return (
    <div className="app" role="main">
      <div className="topbar">
        <a href="/home" aria-label="Back" data-testid="app-bar-back">
          ←
        </a>
        <button type="button" role="button" data-testid="tweetButton" disabled={text.trim().length === 0} onClick={submit}>
          <span>Post</span>
        </button>
      </div>
      <div data-testid="tweetTextarea_0RichTextInputContainer">
        <label data-testid="tweetTextarea_0_label">
          <textarea
            ref={areaRef}
            data-testid="tweetTextarea_0"
            aria-label="Post text"
            placeholder="What's happening?"
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (!isModEnter(e)) return;
              e.preventDefault();
              submit();
            }}
          />
        </label>
      </div>
    </div>
  );
}

css(`
  .app { max-width: 600px; margin: 0 auto; }
  .topbar { display: flex; justify-content: space-between; align-items: center; padding: 8px 16px; }
  button[data-testid="tweetButton"] { background: #1d9bf0; color: #fff; border: 0; border-radius: 999px; padding: 6px 16px; font-weight: 700; }
  button:disabled { opacity: .5; }
  textarea { width: 100%; box-sizing: border-box; min-height: 120px; border: 0; font: inherit; font-size: 20px; padding: 12px 16px; resize: none; }
`);

const root = document.createElement('div');
root.id = 'react-root';
document.body.append(root);
createRoot(root).render(<App />);
