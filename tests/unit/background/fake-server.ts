// A scripted ruleset server for URL-source tests: each request takes the next scripted answer and
// is recorded with its conditional-request headers.

import type { FetchLike } from '../../../entrypoints/background/url-source';

export type Scripted = { status: number; body?: string; headers?: Record<string, string> } | { error: string };

export function fakeServer(...answers: Scripted[]) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    if ('error' in answer) throw new TypeError(answer.error);
    const bytes = new TextEncoder().encode(answer.body ?? '');
    return {
      status: answer.status,
      headers: new Headers(answer.headers ?? {}),
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    };
  };
  return { fetch, requests, remaining: () => answers.length };
}
