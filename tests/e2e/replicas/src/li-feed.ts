// Replica of www.linkedin.com/feed/ as the legacy Ember page: "Start a post" opens the Quill share
// box (.share-box-v2__modal); with ?interop=1 that modal is rendered inside the OPEN shadow root of
// #interop-outlet, as LinkedIn did in 2026. ?shareActive=true opens it on load. A feed update carries
// the new SDUI comment box (TipTap, Ctrl/Cmd+Enter posts). Handlers are element listeners (Ember's
// `on` modifier), bubble phase.
import { openShareBox, SHARE_BOX_CSS } from './li-share-box';
import { mountTiptap } from './tiptap-box';
import { installReplicaApi, markReady, recordPost } from './runtime';
import { css, h } from './page';

installReplicaApi('linkedin-feed');

const params = new URLSearchParams(location.search);
const inInterop = params.get('interop') === '1';

const STYLES = `
  body { background: #f4f2ee; }
  .scaffold-layout__main { width: 555px; margin: 24px auto; }
  .artdeco-card { background: #fff; border-radius: 8px; padding: 12px 16px; margin-bottom: 8px; }
  .share-box-feed-entry__trigger { width: 100%; text-align: left; border: 1px solid #8c8c8c; border-radius: 35px; padding: 12px 16px; background: #fff; font: inherit; }
  .comments-comment-box__form { display: flex; gap: 8px; align-items: flex-end; border: 1px solid #8c8c8c; border-radius: 20px; padding: 4px 12px; }
  .comments-comment-box__form .editor-wrap { flex: 1; }
  .tiptap { min-height: 24px; outline: none; }
  .tiptap p { margin: 0; }

  ${SHARE_BOX_CSS}
`;

/** Where the share modal is rendered: the artdeco modal outlet, or the interop shadow root. */
function modalOutlet(): HTMLElement | ShadowRoot {
  if (!inInterop) return document.getElementById('artdeco-modal-outlet')!;
  const host = document.getElementById('interop-outlet')!;
  if (host.shadowRoot) return host.shadowRoot;
  const shadow = host.attachShadow({ mode: 'open' });
  css(STYLES, shadow);
  return shadow;
}

function commentBox(): HTMLElement {
  const editorWrap = h('div', { class: 'editor-wrap' });
  const postButton = h(
    'button',
    { class: 'artdeco-button artdeco-button--primary', type: 'button', 'data-view-name': 'comment-post', disabled: true },
    'Comment',
  ) as HTMLButtonElement;
  const box = h('div', { 'data-view-name': 'comment-box' }, h('div', { class: 'comments-comment-box__form' }, editorWrap, postButton));

  const { editor } = mountTiptap({
    parent: editorWrap,
    surface: 'comment',
    attributes: { 'aria-label': 'Text editor for creating comment', 'aria-placeholder': 'Add a comment…' },
    onTextChange: (text) => {
      postButton.disabled = text.trim().length === 0;
    },
    onModEnter: () => submit(),
  });
  const submit = () => {
    const text = editor.getText({ blockSeparator: '\n' });
    if (text.trim().length === 0) return;
    recordPost('comment', text);
    editor.commands.clearContent(true);
  };
  postButton.addEventListener('click', submit);
  return box;
}

function render(): void {
  css(STYLES);
  const trigger = h(
    'button',
    { class: 'artdeco-button share-box-feed-entry__trigger', type: 'button' },
    h('span', {}, 'Start a post'),
  );
  trigger.addEventListener('click', () => openShareBox(modalOutlet()));
  document.body.classList.add('ember-application');
  document.body.append(
    h(
      'div',
      { class: 'application-outlet' },
      h(
        'main',
        { class: 'scaffold-layout__main', 'aria-label': 'Main Feed' },
        h('div', { class: 'share-box-feed-entry__top-bar artdeco-card' }, trigger),
        h(
          'div',
          { class: 'feed-shared-update-v2 artdeco-card', 'data-urn': 'urn:li:activity:7260000000000000000', role: 'article' },
          h('div', { class: 'update-components-actor__title' }, 'Riverside Hospital'),
          h('div', { class: 'update-components-text' }, 'We are hiring nurses for our new cardiac unit.'),
          commentBox(),
        ),
      ),
    ),
    h('div', { id: 'artdeco-modal-outlet' }),
    h('div', { id: 'interop-outlet', 'data-testid': 'interop-shadowdom' }),
  );
  if (params.get('shareActive') === 'true') openShareBox(modalOutlet());
}

render();
markReady();
