// Fetching a ruleset from an admin-configured https URL: the only network request the extension
// makes. Conditional requests keep scheduled refreshes cheap; an optional SHA-256 pin lets IT
// publish exactly one reviewed version.

/** `redirects`: each hop of the server's redirects in order, where the fetch can see them (redirect-hops.ts). */
export type FetchedResponse = Pick<Response, 'status' | 'headers' | 'body' | 'url'> & { redirects?: string[] };
export type FetchLike = (url: string, init: RequestInit) => Promise<FetchedResponse>;

export type Validators = { etag?: string; lastModified?: string };

export type FetchOutcome =
  | { kind: 'not-modified' }
  /** `redirects`: each address the server redirected to, in order; absent when it answered directly. */
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string; redirects?: string[] }
  | { kind: 'failed'; error: string };

/** Rulesets are small; anything bigger is a misconfigured URL, not a ruleset. */
export const MAX_RULESET_BYTES = 2 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** Thrown by a fetch that stopped at a redirect hop to a non-https address. */
export class InsecureRedirect extends Error {
  constructor(readonly hop: string) {
    super(`redirected to a non-https address (${hop})`);
  }
}

export function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function fetchRulesetText(
  url: string,
  options: { validators?: Validators; sha256?: string; fetch: FetchLike },
): Promise<FetchOutcome> {
  if (!isHttpsUrl(url)) return { kind: 'failed', error: 'ruleset URLs must use https' };
  const headers: Record<string, string> = {};
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;

  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    // no-store: the validators above are ours; the HTTP cache must not answer for the server.
    const response = await options.fetch(url, { headers, cache: 'no-store', redirect: 'follow', signal: abort.signal });
    const redirects = redirectHops(url, response);
    const insecure = redirects.find((hop) => !isHttpsUrl(hop));
    if (insecure) return { kind: 'failed', error: `${url} ${new InsecureRedirect(insecure).message}` };
    if (response.status === 304) return { kind: 'not-modified' };
    if (response.status !== 200) return { kind: 'failed', error: `HTTP ${response.status} from ${url}` };
    const bytes = await readAtMost(response.body, MAX_RULESET_BYTES);
    if (!bytes) return { kind: 'failed', error: `ruleset larger than ${MAX_RULESET_BYTES} bytes` };
    if (options.sha256) {
      const actual = await sha256Hex(bytes);
      if (actual !== options.sha256.toLowerCase()) {
        return { kind: 'failed', error: `SHA-256 mismatch: expected ${options.sha256.toLowerCase()}, got ${actual}` };
      }
    }
    return {
      kind: 'fetched',
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
      redirects: redirects.length ? redirects : undefined,
    };
  } catch (error) {
    if (error instanceof InsecureRedirect) return { kind: 'failed', error: `${url} ${error.message}` };
    const reason = abort.signal.aborted ? `no answer within ${TIMEOUT_MS / 1000} s` : error instanceof Error ? error.message : String(error);
    return { kind: 'failed', error: `could not fetch ${url}: ${reason}` };
  } finally {
    clearTimeout(timer);
  }
}

/** The hops the fetch saw; without them, at least where the redirects ended (fetch always knows that). */
function redirectHops(url: string, response: FetchedResponse): string[] {
  const hops = response.redirects ?? [];
  const end = response.url;
  return end && end !== url && hops.at(-1) !== end ? [...hops, end] : hops;
}

/** The body's bytes, read as they arrive and cut off (null) past `limit`: a huge answer is never held whole. */
async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<ArrayBuffer | null> {
  if (!body) return new ArrayBuffer(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
