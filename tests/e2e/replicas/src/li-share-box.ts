// LinkedIn's legacy (Ember) share box: the artdeco modal with the Quill editor and the
// share-actions Post button. The feed (li-feed.ts) and the company-page admin view (li-admin.ts)
// open the same modal; on a page's admin view it posts as the page.
import { mountQuill, QUILL_CSS } from './quill-box';
import { recordPost } from './runtime';
import { h } from './page';

export const SHARE_BOX_CSS = `
  .artdeco-modal-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.75); display: flex; justify-content: center; align-items: flex-start; padding-top: 10vh; }
  .artdeco-modal { background: #fff; border-radius: 8px; width: 744px; position: relative; }
  .artdeco-modal__header { padding: 16px 24px; }
  .artdeco-modal__dismiss { position: absolute; right: 12px; top: 12px; border: 0; background: none; font-size: 20px; }
  .share-creation-state__footer { display: flex; justify-content: flex-end; padding: 12px 24px; border-top: 1px solid #e8e8e8; }
  .artdeco-button--primary { background: #0a66c2; color: #fff; border: 0; border-radius: 24px; padding: 6px 16px; font-weight: 600; }
  .artdeco-button--primary:disabled { background: #e8e8e8; color: #a6a6a6; }

  ${QUILL_CSS}
`;

export function openShareBox(outlet: HTMLElement | ShadowRoot, heading = 'Create a post'): void {
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
      h('div', { class: 'artdeco-modal__header' }, h('h2', { id: 'share-to-linkedin-modal__header' }, heading)),
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
