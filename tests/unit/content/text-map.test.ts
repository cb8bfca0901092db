// @vitest-environment jsdom
// The reader must see the text the editor's model holds, and map offsets back to the right DOM spot.
import { describe, expect, test } from 'vitest';
import { offsetForPoint, rangeForSpan, readBlocks } from '../../../entrypoints/content/editors/text-map';
import { paragraphBlocks } from '../../../entrypoints/content/editors/contenteditable';
import { draftEditor } from '../../../entrypoints/content/editors/draft';

function editorFrom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  // Test fixtures only: markup written by the test, never draft text from a page.
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const read = (html: string) => readBlocks(paragraphBlocks(editorFrom(html)));

describe('readBlocks', () => {
  test('paragraphs join with one newline; empty <p><br></p> is an empty line', () => {
    expect(read('<p>Hello</p><p><br></p><p>world</p>').text).toBe('Hello\n\nworld');
  });

  test('a <br> inside a paragraph is a newline, the trailing one only gives the line height', () => {
    expect(read('<p><span>a</span><br><span>b</span></p>').text).toBe('a\nb');
    expect(read('<p><span>a</span><br><br></p>').text).toBe('a\n');
    expect(read('<p>a<br><br class="ProseMirror-trailingBreak"></p><p>b</p>').text).toBe('a\n\nb');
  });

  test('img[alt] reads as its alt text and zero-width characters are dropped', () => {
    expect(read('<p>Hi <img alt="😀" src="data:,"> there\u200B!</p>').text).toBe('Hi 😀 there!');
    expect(read('<p>\uFEFF</p><p>x</p>').text).toBe('\nx');
  });

  test('list items are blocks', () => {
    expect(read('<p>Intro</p><ul><li><p>one</p></li><li><p>two</p></li></ul>').text).toBe('Intro\none\ntwo');
  });

  test('Draft.js blocks come from [data-block] and their empty-line <br data-text>', () => {
    const editor = editorFrom(
      '<div data-contents="true">' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Line one</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Line </span></span><span><span data-text="true">#three</span></span></div></div>' +
        '</div>',
    );
    expect(draftEditor.read(editor).text).toBe('Line one\n\nLine #three');
  });
});

describe('rangeForSpan / offsetForPoint', () => {
  test('a span across leaves and zero-width characters maps to the exact DOM text', () => {
    const map = read('<p><span>Call 0</span><span>7700\u200B 900123</span> now</p><p>Second</p>');
    expect(map.text).toBe('Call 07700 900123 now\nSecond');
    const start = map.text.indexOf('07700');
    const range = rangeForSpan(map, start, start + '07700 900123'.length)!;
    expect(range.toString()).toBe('07700\u200B 900123');
    const second = map.text.indexOf('Second');
    expect(rangeForSpan(map, second, second + 6)!.toString()).toBe('Second');
  });

  test('a span over a block boundary starts and ends on text', () => {
    const map = read('<p>ab</p><p>cd</p>');
    expect(rangeForSpan(map, 1, 4)!.toString()).toBe('bc');
  });

  test('out-of-range and empty spans give no range', () => {
    const map = read('<p>ab</p>');
    expect(rangeForSpan(map, 1, 1)).toBeNull();
    expect(rangeForSpan(map, 1, 9)).toBeNull();
  });

  test('a caret in a text node maps back to its text offset', () => {
    const map = read('<p>ab</p><p><span>x\u200By</span></p>');
    const span = document.querySelector('span')!;
    const node = span.firstChild!;
    expect(offsetForPoint(map, node, 0)).toBe(3);
    expect(offsetForPoint(map, node, 3)).toBe(5); // after "y", past the zero-width character
    expect(offsetForPoint(map, document.body, 0)).toBeNull();
  });
});
