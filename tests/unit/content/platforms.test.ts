// @vitest-environment jsdom
// Adapters find composers and submit controls by the sites' stable attributes (platforms.md §1-3).
import { describe, expect, test } from 'vitest';
import { xAdapter } from '../../../entrypoints/content/platforms/x';
import { facebookAdapter } from '../../../entrypoints/content/platforms/facebook';
import { linkedinAdapter } from '../../../entrypoints/content/platforms/linkedin';
import { adapterForUrl } from '../../../entrypoints/content/platforms';

function page(html: string): void {
  // Test fixtures only.
  document.body.innerHTML = html;
}
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
const $ = <E extends Element = HTMLElement>(css: string, root: ParentNode = document) => root.querySelector<E>(css)!;

test('adapterForUrl picks the site', () => {
  expect(adapterForUrl(new URL('https://x.com/home'))?.id).toBe('x');
  expect(adapterForUrl(new URL('https://mobile.x.com/compose/post'))?.id).toBe('x');
  expect(adapterForUrl(new URL('https://www.facebook.com/'))?.id).toBe('facebook');
  expect(adapterForUrl(new URL('https://www.linkedin.com/feed/'))?.id).toBe('linkedin');
  expect(adapterForUrl(new URL('https://example.com/'))).toBeUndefined();
});

describe('X', () => {
  test('Draft composers (home, modal thread items) and the mobile textarea', () => {
    page(`
      <div class="composer"><div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div>
        <button data-testid="tweetButtonInline"><span>Post</span></button></div>
      <div id="layers"><div role="dialog" aria-modal="true">
        <div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div>
        <div data-testid="tweetTextarea_1" role="textbox" contenteditable="true"></div>
        <button data-testid="tweetButton"><span>Post all</span></button></div></div>
      <div data-testid="tweetTextarea_0_label"><textarea data-testid="tweetTextarea_0"></textarea></div>`);
    const composers = xAdapter.findComposers();
    expect(composers.map((c) => c.kind)).toEqual(['draft', 'draft', 'draft', 'textarea']);
    const modalSecond = $('[data-testid="tweetTextarea_1"]');
    const modalButton = $('[data-testid="tweetButton"] span');
    expect(xAdapter.isSubmitControl(modalButton)).toBe(true);
    expect(xAdapter.isSubmitControl($('[data-testid="tweetTextarea_1"]'))).toBe(false);
    // The focused thread item is the one the button is asked about.
    modalSecond.focus();
    expect(xAdapter.composerForSubmit(modalButton)).toBe(modalSecond);
    expect(xAdapter.composerForSubmit($('[data-testid="tweetButtonInline"]'))).toBe(composers[0]!.editor);
    expect(xAdapter.isSubmitKey(key({ key: 'Enter', ctrlKey: true }), modalSecond)).toBe(true);
    expect(xAdapter.isSubmitKey(key({ key: 'Enter' }), modalSecond)).toBe(false);
  });
});

describe('Facebook', () => {
  test('post dialog and comment composers; Enter submits comments only', () => {
    page(`
      <div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Riverside?"></div>
        <div role="button" aria-label="Post"><span>Post</span></div></div>
      <form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Riverside"></div>
        <div id="focused-state-composer-submit" role="button" aria-label="Comment"></div></form>
      <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message"></div>`);
    const composers = facebookAdapter.findComposers();
    expect(composers.map((c) => c.surface)).toEqual(['post', 'comment']);
    const [post, comment] = composers.map((c) => c.editor);
    expect(facebookAdapter.isSubmitControl($('[role="dialog"] [role="button"] span'))).toBe(true);
    expect(facebookAdapter.composerForSubmit($('[role="dialog"] [role="button"]'))).toBe(post);
    expect(facebookAdapter.isSubmitControl($('#focused-state-composer-submit'))).toBe(true);
    expect(facebookAdapter.composerForSubmit($('#focused-state-composer-submit'))).toBe(comment);
    expect(facebookAdapter.isSubmitKey(key({ key: 'Enter' }), comment!)).toBe(true);
    expect(facebookAdapter.isSubmitKey(key({ key: 'Enter', shiftKey: true }), comment!)).toBe(false);
    expect(facebookAdapter.isSubmitKey(key({ key: 'Enter', isComposing: true }), comment!)).toBe(false);
    expect(facebookAdapter.isSubmitKey(key({ key: 'Enter' }), post!)).toBe(false);
  });
});

describe('LinkedIn', () => {
  test('Quill inside the #interop-outlet shadow root, and SDUI ProseMirror with its text-only Post button', () => {
    page(`<div id="interop-outlet" data-testid="interop-shadowdom"></div>
      <dialog open><div class="tiptap ProseMirror" contenteditable="true" role="textbox" componentkey="ShareBox_textEditor"></div>
        <button><span>Post</span></button></dialog>
      <div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating comment"></div>
        <button data-view-name="comment-post">Comment</button></div>
      <div class="msg-form__contenteditable ql-editor" contenteditable="true"></div>`);
    const shadow = $('#interop-outlet').attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div data-test-modal-id="sharebox"><div class="ql-editor" contenteditable="true"><p>Hi</p></div>
      <button class="share-actions__primary-action"><span>Post</span></button></div>`;
    const composers = linkedinAdapter.findComposers();
    expect(composers.map((c) => [c.kind, c.surface])).toEqual([
      ['prosemirror', 'post'],
      ['prosemirror', 'comment'],
      ['quill', 'post'],
    ]);
    const shadowButton = $('.share-actions__primary-action span', shadow);
    expect(linkedinAdapter.isSubmitControl(shadowButton)).toBe(true);
    expect(linkedinAdapter.composerForSubmit(shadowButton)).toBe($('.ql-editor', shadow));
    expect(linkedinAdapter.isSubmitControl($('dialog button span'))).toBe(true);
    expect(linkedinAdapter.composerForSubmit($('dialog button'))).toBe(composers[0]!.editor);
    expect(linkedinAdapter.composerForSubmit($('[data-view-name="comment-post"]'))).toBe(composers[1]!.editor);
    expect(linkedinAdapter.isSubmitControl($('[data-view-name="comment-box"]'))).toBe(false);
  });
});
