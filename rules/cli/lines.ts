// Splits a byte stream into lines as it arrives. Pulling chunks with `for await` applies
// backpressure: nothing more is read until the caller asks for the next lines, so memory stays
// bounded by one chunk plus the longest line (which is capped).

import { StringDecoder } from 'node:string_decoder';

export type InputLine = { number: number; text: string; bytes: number } | { number: number; tooLong: true; bytes: number };

/** Lines longer than this are reported, not held: a missing newline must not eat all memory. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/**
 * The lines completed by each chunk of the stream, together: what can be answered without waiting
 * on the producer again. A batch writer answers a whole chunk in one write.
 */
export async function* readLineBatches(source: AsyncIterable<Buffer | string>, maxLineChars = MAX_LINE_CHARS): AsyncGenerator<InputLine[]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let pendingBytes = 0;
  let skipping = false;
  let number = 0;
  const take = (text: string, bytes: number): InputLine => {
    number += 1;
    return skipping ? { number, tooLong: true, bytes } : { number, text: text.endsWith('\r') ? text.slice(0, -1) : text, bytes };
  };
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    pendingBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    let start = 0;
    const lines: InputLine[] = [];
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      lines.push(take(pending + text.slice(start, newline), pendingBytes));
      pending = '';
      pendingBytes = 0;
      skipping = false;
      start = newline + 1;
    }
    if (lines.length > 0) yield lines;
    if (!skipping) pending += text.slice(start);
    if (pending.length > maxLineChars) {
      skipping = true;
      pending = '';
    }
  }
  pending += decoder.end();
  if (pending !== '' || skipping) yield [take(pending, pendingBytes)];
}
