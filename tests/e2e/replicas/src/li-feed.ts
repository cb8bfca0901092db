// Replica of www.linkedin.com/feed/ as the legacy Ember page: "Start a post" opens the Quill share
// box (.share-box-v2__modal); with ?interop=1 that modal is rendered inside the OPEN shadow root of
// #interop-outlet, as LinkedIn did in 2026. ?shareActive=true opens it on load. A feed update carries
// the new SDUI comment box (TipTap, Ctrl/Cmd+Enter posts). Handlers are element listeners (Ember's
// `on` modifier), bubble phase.
import { mountQuill, QUILL_CSS } from './quill-box';
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
  .artdeco-modal-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.75); display: flex; justify-content: center; align-items: flex-start; padding-top: 10vh; }
  .artdeco-modal { background: #fff; border-radius: 8px; width: 744px; position: relative; }
  .artdeco-modal__header { padding: 16px 24px; }
  .artdeco-modal__dismiss { position: absolute; right: 12px; top: 12px; border: 0; background: none; font-size: 20px; }
  .share-creation-state__footer { display: flex; justify-content: flex-end; padding: 12px 24px; border-top: 1px solid #e8e8e8; }
  .artdeco-button--primary { background: #0a66c2; color: #fff; border: 0; border-radius: 24px; padding: 6px 16px; font-weight: 600; }
  .artdeco-button--primary:disabled { background: #e8e8e8; color: #a6a6a6; }
  .comments-comment-box__form { display: flex; gap: 8px; align-items: flex-end; border: 1px solid #8c8c8c; border-radius: 20px; padding: 4px 12px; }
  .comments-comment-box__form .editor-wrap { flex: 1; }
  .tiptap { min-height: 24px; outline: none; }
  .tiptap p { margin: 0; }
  ${QUILL_CSS}
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

function openShareBox(): void {
  const outlet = modalOutlet();
  if (outlet.querySelector('[data-test-modal-id="sharebox"]')) return;

  const editorContainer = h('div', { class: 'editor-content' });
  const postButton = h(
    'button',
    { class: 'share-actions__primary-action artdeco-button artdeco-button--2 artdeco-button--primary', type: 'button', disabled: true },
    h('span', { class: 'artdeco-button__text' }, 'Post'),
  ) as HTMLButtonElement;
  const dismiss = h('button', { class: 'artdeco-modal__dismiss', type: 'button', 'aria-label': 'Dismiss', 'data-test-modal-close-btn': true }, '✕');
  const overlay = h(
    'div',
    { class: 'artdeco-modal-overlay artdeco-modal-overlay--layer-default', role: 'none' },
    h(
      'div',
      {
        class: 'artdeco-modal share-box-v2__modal',
        role: 'dialog',
        'aria-labelledby': 'share-to-linkedin-modal__header',
        'data-test-modal': true,
        'data-test-modal-id': 'sharebox',
        tabindex: '-1',
      },
      dismiss,
      h('div', { class: 'artdeco-modal__header' }, h('h2', { id: 'share-to-linkedin-modal__header' }, 'Create a post')),
      h(
        'div',
        { class: 'artdeco-modal__content share-box-v2__modal-content' },
        h('div', { class: 'share-creation-state__text-editor' }, h('div', { class: 'editor-container' }, editorContainer)),
      ),
      h('div', { class: 'share-box_actions share-creation-state__footer' }, postButton),
    ),
  );
  outlet.append(overlay);

  const { quill, unmount } = mountQuill({
    container: editorContainer,
    surface: 'share',
    onTextChange: (text) => {
      postButton.disabled = text.trim().length === 0;
    },
  });
  const close = () => {
    unmount();
    overlay.remove();
  };
  dismiss.addEventListener('click', close);
  postButton.addEventListener('click', () => {
    const text = quill.getText().replace(/\n$/, '');
    if (text.trim().length === 0) return;
    recordPost('share', text);
    close();
  });
  quill.focus();
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
  trigger.addEventListener('click', openShareBox);
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
  if (params.get('shareActive') === 'true') openShareBox();
}

render();
markReady();
