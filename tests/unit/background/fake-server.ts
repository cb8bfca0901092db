// A scripted ruleset server for URL-source tests: each request takes the next scripted answer and
// is recorded with its conditional-request headers.

import type { FetchLike } from '../../../entrypoints/background/url-source';

export type Scripted =
  | { status: number; body?: string | ReadableStream<Uint8Array>; headers?: Record<string, string>; finalUrl?: string; redirects?: string[] }
  | { error: string };

export function fakeServer(...answers: Scripted[]) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    if ('error' in answer) throw new TypeError(answer.error);
    const body = typeof answer.body === 'string' || answer.body === undefined ? new TextEncoder().encode(answer.body ?? '') : answer.body;
    const response = new Response(answer.status === 304 ? null : body, { status: answer.status, headers: answer.headers ?? {} });
    // A real fetch reports where redirects ended; Response built here has no URL of its own.
    // `redirects`: the hops a fetch wrapped by fetchWithRedirectHops reports.
    return { status: response.status, headers: response.headers, body: response.body, url: answer.finalUrl ?? url, redirects: answer.redirects };
  };
  return { fetch, requests, remaining: () => answers.length };
}
