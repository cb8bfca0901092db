// Sentence bounds for rules that look at "the same sentence". A sentence ends at a line break, or at
// . ! ? … followed by a space, a line break or the end of the text (closing quotes and brackets may
// sit in between). Cheap rather than clever: "Dr. Shah" splits, which only narrows a scope.

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", ')', ']', '’', '”', '»']);

/** Indices just after each sentence's end, ascending; the text's length is always the last. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n' || char === '\r') {
      ends.push(i + 1);
      continue;
    }
    if (!TERMINATORS.has(char)) continue;
    let next = i + 1;
    while (next < text.length && CLOSERS.has(text[next] as string)) next++;
    if (next >= text.length || /\s/.test(text[next] as string)) ends.push(next);
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

/** The sentence(s) holding text[start, end): from the last end at or before start to the first end at or after end. */
export function sentenceAround(ends: readonly number[], start: number, end: number): { start: number; end: number } {
  // Binary search for the first sentence end >= end.
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ends[mid] as number) >= end) high = mid;
    else low = mid + 1;
  }
  let first = low;
  while (first > 0 && (ends[first - 1] as number) > start) first--;
  return { start: first > 0 ? (ends[first - 1] as number) : 0, end: ends[low] as number };
}
