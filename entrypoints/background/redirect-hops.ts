// fetch() hides the hops of a redirect (redirect: 'manual' gives an opaque answer with no Location),
// so an https URL could pass through an http address and still end on https. The browser's
// webRequest events do see each hop of the extension's own requests: they are recorded for the admin,
// and a hop to a non-https address stops the request at once.

import { InsecureRedirect, isHttpsUrl, type FetchLike } from './url-source';

export type RedirectDetails = { url: string; redirectUrl: string; tabId: number };
type RedirectListener = (details: RedirectDetails) => void;
export type RedirectEvents = {
  addListener(listener: RedirectListener, filter: { urls: string[]; tabId?: number }): void;
  removeListener(listener: RedirectListener): void;
};

/** Requests from the background (no tab); the browser only reports hops from hosts it may access. */
const OWN_REQUESTS = { urls: ['<all_urls>'], tabId: -1 };

/** A fetch whose answer lists every redirect hop in order (`redirects`, empty when none). */
export function fetchWithRedirectHops(fetch: FetchLike, events: RedirectEvents): FetchLike {
  return async (url, init) => {
    const hops: string[] = [];
    const abort = new AbortController();
    let insecure: string | undefined;
    const onAbort = () => abort.abort();
    init.signal?.addEventListener('abort', onAbort);
    // Hops are chained by URL: each step starts where the previous one pointed.
    const listener: RedirectListener = (details) => {
      if (details.url !== (hops.at(-1) ?? url) || insecure) return;
      hops.push(details.redirectUrl);
      if (!isHttpsUrl(details.redirectUrl)) {
        insecure = details.redirectUrl;
        abort.abort();
      }
    };
    events.addListener(listener, OWN_REQUESTS);
    try {
      const response = await fetch(url, { ...init, signal: abort.signal });
      if (insecure) throw new InsecureRedirect(insecure);
      return { status: response.status, headers: response.headers, body: response.body, url: response.url, redirects: hops };
    } catch (error) {
      throw insecure ? new InsecureRedirect(insecure) : error;
    } finally {
      events.removeListener(listener);
      init.signal?.removeEventListener('abort', onAbort);
    }
  };
}
