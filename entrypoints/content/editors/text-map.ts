// Reads a contenteditable's text the way the editor's model sees it, plus a map from text offsets
// back to DOM positions (research/platforms.md §4-5). innerText would double newlines in <p>-based
// editors and force layout; textContent drops line breaks.

/** Zero-width characters editors put in the DOM for caret placement; never part of the draft. */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/;

export type Segment =
  | { kind: 'text'; node: Text; nodeStart: number; start: number; end: number }
  /** <br> or img[alt]; `end - start` is 1 or the alt text's length. */
  | { kind: 'br' | 'img'; node: Element; start: number; end: number }
  /** The newline between two blocks; `node` is the block it ends. */
  | { kind: 'sep'; node: Element; start: number; end: number };

export type TextMap = { text: string; segments: Segment[] };

/**
 * Walks `blocks` in order, joining them with "\n". Inside a block a <br> counts as "\n" except the
 * block's last one, which editors add only to give an empty or newline-ended line its height.
 */
export function readBlocks(blocks: readonly Element[]): TextMap {
  const segments: Segment[] = [];
  let text = '';
  const push = (s: Segment, value: string) => {
    segments.push(s);
    text += value;
  };
  blocks.forEach((block, i) => {
    if (i > 0) {
      const prev = blocks[i - 1]!;
      push({ kind: 'sep', node: prev, start: text.length, end: text.length + 1 }, '\n');
    }
    const lastBr = lastLineBreak(block);
    walk(block, (node) => {
      if (node instanceof Text) {
        // Split around zero-width characters so each run maps 1:1 onto the node's data.
        const data = node.data;
        let runStart = -1;
        for (let k = 0; k <= data.length; k++) {
          const zw = k === data.length || ZERO_WIDTH.test(data[k]!);
          if (!zw && runStart < 0) runStart = k;
          if (zw && runStart >= 0) {
            const value = data.slice(runStart, k);
            push({ kind: 'text', node, nodeStart: runStart, start: text.length, end: text.length + value.length }, value);
            runStart = -1;
          }
        }
      } else if (node instanceof Element && node.localName === 'br') {
        if (node !== lastBr) push({ kind: 'br', node, start: text.length, end: text.length + 1 }, '\n');
      } else if (node instanceof Element && node.localName === 'img') {
        const alt = node.getAttribute('alt') ?? '';
        if (alt) push({ kind: 'img', node, start: text.length, end: text.length + alt.length }, alt);
      }
    });
  });
  return { text, segments };
}

function walk(root: Node, visit: (node: Node) => void): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    visit(child);
    if (child instanceof Element) walk(child, visit);
  }
}

/** The block's trailing <br> (nothing but whitespace-free emptiness after it), if any. */
function lastLineBreak(block: Element): Element | null {
  const all = block.querySelectorAll('br');
  const last = all[all.length - 1];
  if (!last) return null;
  const after = document.createRange();
  after.setStartAfter(last);
  after.setEnd(block, block.childNodes.length);
  const rest = after.toString().replace(new RegExp(ZERO_WIDTH.source, 'g'), '');
  const imgAfter = [...block.querySelectorAll('img[alt]')].some(
    (img) => img.getAttribute('alt') && after.intersectsNode(img),
  );
  return rest === '' && !imgAfter ? last : null;
}

/** The segment holding text offset `at` (first one whose span covers it), by binary search. */
function segmentIndexAt(segments: readonly Segment[], at: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.end <= at) lo = mid + 1;
    else if (s.start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A DOM Range covering text[start, end) or null when the offsets fall outside the map. */
export function rangeForSpan(map: TextMap, start: number, end: number): Range | null {
  if (start >= end || end > map.text.length) return null;
  const { segments } = map;
  let si = segmentIndexAt(segments, start);
  let ei = segmentIndexAt(segments, end - 1);
  if (si < 0 || ei < 0) return null;
  // A span that starts or ends on a block separator is drawn from/to the neighbouring text.
  while (segments[si]!.kind === 'sep' && si < ei) si++;
  while (segments[ei]!.kind === 'sep' && ei > si) ei--;
  const first = segments[si]!;
  const last = segments[ei]!;
  const range = document.createRange();
  if (first.kind === 'text') range.setStart(first.node, first.nodeStart + Math.max(0, start - first.start));
  else range.setStartBefore(first.node);
  if (last.kind === 'text') range.setEnd(last.node, last.nodeStart + Math.min(last.end, end) - last.start);
  else range.setEndAfter(last.node);
  return range;
}

/** The text offset of a DOM point (e.g. the caret), or null when it isn't inside a mapped text node. */
export function offsetForPoint(map: TextMap, node: Node, offset: number): number | null {
  for (const s of map.segments) {
    if (s.kind !== 'text' || s.node !== node) continue;
    const local = offset - s.nodeStart;
    if (local >= 0 && local <= s.end - s.start) return s.start + local;
  }
  return null;
}
