import { fetchWithRedirectHops, type RedirectDetails, type RedirectEvents } from '../../../entrypoints/background/redirect-hops';
import { fetchRulesetText, type FetchLike } from '../../../entrypoints/background/url-source';

const START = 'https://rules.example/riverside.yaml';

/** The browser's onBeforeRedirect event, fired by hand; remembers the filter it was given. */
function redirectEvents() {
  const listeners = new Set<(d: RedirectDetails) => void>();
  const filters: unknown[] = [];
  const events: RedirectEvents = {
    addListener: (listener, filter) => {
      listeners.add(listener);
      filters.push(filter);
    },
    removeListener: (listener) => listeners.delete(listener),
  };
  const fire = (url: string, redirectUrl: string) => listeners.forEach((l) => l({ url, redirectUrl, tabId: -1 }));
  return { events, fire, filters, listening: () => listeners.size };
}

/** A server whose address redirects along `chain` (start first) before answering, unless aborted on the way. */
function redirectingFetch(fire: (from: string, to: string) => void, chain: string[]): FetchLike & { reached: string[] } {
  const reached: string[] = [];
  const fetch = async (_url: string, init: RequestInit) => {
    let from = chain[0]!;
    for (const to of chain.slice(1)) {
      fire(from, to);
      await Promise.resolve();
      if (init.signal?.aborted) throw new DOMException('The user aborted a request.', 'AbortError');
      reached.push(to);
      from = to;
    }
    return { status: 200, headers: new Headers(), body: new Response('name: r').body, url: chain.at(-1)! };
  };
  return Object.assign(fetch, { reached });
}

describe('fetchWithRedirectHops', () => {
  it('lists each hop in order, listening only to the background’s own requests and only while fetching', async () => {
    const browser = redirectEvents();
    const chain = [START, 'https://rules.example/latest', 'https://cdn.rules.example/v7/riverside.yaml'];
    const fetch = fetchWithRedirectHops(redirectingFetch(browser.fire, chain), browser.events);
    const response = await fetch(START, {});
    expect(response.redirects).toEqual(chain.slice(1));
    expect(browser.filters).toEqual([{ urls: ['<all_urls>'], tabId: -1 }]);
    expect(browser.listening()).toBe(0);
  });

  it('ignores redirects of other requests in flight', async () => {
    const browser = redirectEvents();
    const inner = redirectingFetch(browser.fire, [START, 'https://cdn.rules.example/r.yaml']);
    const fetch = fetchWithRedirectHops(async (url, init) => {
      browser.fire('https://other.example/a', 'http://other.example/b');
      return inner(url, init);
    }, browser.events);
    expect((await fetch(START, {})).redirects).toEqual(['https://cdn.rules.example/r.yaml']);
  });

  it('stops at a non-https hop: the request goes no further and the ruleset fetch is refused naming the hop', async () => {
    const browser = redirectEvents();
    const chain = [START, 'http://rules.example/riverside.yaml', 'https://rules.example/riverside.yaml'];
    const inner = redirectingFetch(browser.fire, chain);
    const outcome = await fetchRulesetText(START, { fetch: fetchWithRedirectHops(inner, browser.events) });
    expect(outcome).toEqual({ kind: 'failed', error: `${START} redirected to a non-https address (http://rules.example/riverside.yaml)` });
    expect(inner.reached).toEqual([]);
    expect(browser.listening()).toBe(0);
  });

  it('a fetch that fails for its own reasons still fails with that reason', async () => {
    const browser = redirectEvents();
    const fetch = fetchWithRedirectHops(async () => {
      throw new TypeError('Failed to fetch');
    }, browser.events);
    await expect(fetch(START, {})).rejects.toThrow('Failed to fetch');
    expect(browser.listening()).toBe(0);
  });
});
