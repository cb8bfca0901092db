// Replica of a LinkedIn company page's admin view, www.linkedin.com/company/<page>/admin/...: the
// page admin's "Start a post" opens the same legacy share box as the feed (Quill, share-actions
// Post button), headed by the page's name because the post is published as the page;
// `?share=true` opens it on load.
// Sources (checked 2026-12-07): LinkedIn Help "Post as a Page" (admin view > Create > Start a
// post); public automation notes that /company/<vanity>/admin/page-posts/published/?share=true opens
// the page's post box in an authenticated session (github.com search: "admin/page-posts/published/?share=true").
// The editor and its Post button are the share box of li-share-box.ts, as platforms.md §3 describes.
import { openShareBox, SHARE_BOX_CSS } from './li-share-box';
import { installReplicaApi, markReady } from './runtime';
import { css, h } from './page';

installReplicaApi('linkedin-admin');

const PAGE_NAME = 'Riverside Hospital';

function render(): void {
  css(`
    body { background: #f4f2ee; }
    .org-admin-layout { width: 760px; margin: 24px auto; }
    .org-page-navigation { background: #fff; border-radius: 8px; padding: 12px 16px; margin-bottom: 8px; display: flex; justify-content: space-between; align-items: center; }
    .org-admin-create-button { border: 1px solid #0a66c2; color: #0a66c2; background: #fff; border-radius: 24px; padding: 6px 16px; font: inherit; font-weight: 600; }
    ${SHARE_BOX_CSS}
  `);
  const outlet = h('div', { id: 'artdeco-modal-outlet' });
  const start = h('button', { class: 'org-admin-create-button artdeco-button', type: 'button' }, h('span', {}, 'Start a post'));
  start.addEventListener('click', () => openShareBox(outlet, `Post as ${PAGE_NAME}`));
  document.body.classList.add('ember-application');
  document.body.append(
    h(
      'div',
      { class: 'application-outlet' },
      h(
        'main',
        { class: 'org-admin-layout', 'aria-label': `${PAGE_NAME} admin view` },
        h('div', { class: 'org-page-navigation artdeco-card' }, h('h1', {}, PAGE_NAME), start),
        h('section', { class: 'artdeco-card org-admin-posts' }, h('h2', {}, 'Page posts')),
      ),
    ),
    outlet,
  );
  if (new URLSearchParams(location.search).get('share') === 'true') openShareBox(outlet, `Post as ${PAGE_NAME}`);
}

render();
markReady();
