// Fetching a ruleset from an admin-configured https URL: the only network request the extension
// makes. Conditional requests keep scheduled refreshes cheap; an optional SHA-256 pin lets IT
// publish exactly one reviewed version.

export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'headers' | 'arrayBuffer'>>;

export type Validators = { etag?: string; lastModified?: string };

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; error: string };

/** Rulesets are small; anything bigger is a misconfigured URL, not a ruleset. */
export const MAX_RULESET_BYTES = 2 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

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
    if (response.status === 304) return { kind: 'not-modified' };
    if (response.status !== 200) return { kind: 'failed', error: `HTTP ${response.status} from ${url}` };
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > MAX_RULESET_BYTES) return { kind: 'failed', error: `ruleset larger than ${MAX_RULESET_BYTES} bytes` };
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
    };
  } catch (error) {
    const reason = abort.signal.aborted ? `no answer within ${TIMEOUT_MS / 1000} s` : error instanceof Error ? error.message : String(error);
    return { kind: 'failed', error: `could not fetch ${url}: ${reason}` };
  } finally {
    clearTimeout(timer);
  }
}
