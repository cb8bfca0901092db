/**
 * What a replica host answers for a URL, independent of the browser driver: Playwright's route
 * (tests/e2e/harness.ts, Chromium) and Puppeteer's BiDi request interception (firefox-harness.ts)
 * both serve these.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './build';
import { ASSET_PREFIX, FRAMED_REPLICA, REPLICAS, REPLICA_CSP, ROUTED_HOSTS, bundleFor, documentHtml, framedHtml } from './pages';

export type ReplicaResponse = { status: number; headers: Record<string, string>; body: string | Buffer };

export function isRoutedHost(hostname: string): boolean {
  return (ROUTED_HOSTS as readonly string[]).includes(hostname);
}

/** The replica's answer, or null when the replica has nothing at this URL (the caller answers 404). */
export function replicaResponse(url: URL, isDocument: boolean): ReplicaResponse | null {
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const file = join(DIST_DIR, url.pathname.slice(ASSET_PREFIX.length));
    if (existsSync(file) && file.endsWith('.js')) {
      return { status: 200, headers: { 'content-type': 'text/javascript' }, body: readFileSync(file) };
    }
  }
  if (url.pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
  const html = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': REPLICA_CSP };
  if (isDocument && url.origin + url.pathname === FRAMED_REPLICA.url) return { status: 200, headers: html, body: framedHtml() };
  const bundle = isDocument ? bundleFor(url) : null;
  if (!bundle) return null;
  const replica = Object.values(REPLICAS).find((r) => new URL(r.url).hostname === url.hostname);
  return {
    status: 200,
    headers: html,
    body: documentHtml(bundle, replica?.title ?? url.hostname),
  };
}

export const NOT_FOUND: ReplicaResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain' },
  body: 'Not found (no replica for this path)',
};
