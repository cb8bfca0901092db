import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RulesetStore } from '../../../entrypoints/background/ruleset-store';
import { loadFromUrl, refreshSlot } from '../../../entrypoints/background/url-refresh';
import { sha256Hex } from '../../../entrypoints/background/url-source';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import type { StoredRuleset } from '../../../entrypoints/shared/protocol';
import { fakeServer } from './fake-server';
import { INVALID_SEVERITY, RIVERSIDE, RIVERSIDE_V2 } from './rulesets';

const URL_ = 'https://rules.example/riverside.yaml';
let clock = new Date('2026-11-22T10:00:00Z');
const store = () => new RulesetStore(fakeBrowser.storage.local, () => clock);
const target = { url: URL_, refreshMinutes: 60 };

async function local(): Promise<StoredRuleset> {
  return (await fakeBrowser.storage.local.get(STORAGE_KEYS.ruleset))[STORAGE_KEYS.ruleset] as StoredRuleset;
}

async function hexOf(text: string) {
  const bytes = new TextEncoder().encode(text);
  return sha256Hex(bytes.buffer as ArrayBuffer);
}

/** Loads RIVERSIDE from the URL at 10:00 with validators, then moves the clock to 11:00. */
async function loadedFromUrl(s: RulesetStore) {
  const server = fakeServer({ status: 200, body: RIVERSIDE, headers: { ETag: '"v1"', 'Last-Modified': 'Sat, 21 Nov 2026 09:00:00 GMT' } });
  const reply = await loadFromUrl(s, 'local', target, server.fetch);
  expect(reply.ok).toBe(true);
  clock = new Date('2026-11-22T11:00:00Z');
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = new Date('2026-11-22T10:00:00Z');
});

describe('loadFromUrl', () => {
  it('stores a fetched ruleset with its validators and a successful refresh time', async () => {
    await loadedFromUrl(store());
    expect(await local()).toMatchObject({
      source: { kind: 'url', url: URL_ },
      text: RIVERSIDE,
      etag: '"v1"',
      lastModified: 'Sat, 21 Nov 2026 09:00:00 GMT',
      refreshMinutes: 60,
      lastRefreshOkAt: '2026-11-22T10:00:00.000Z',
    });
  });

  it('refuses http URLs without making a request', async () => {
    const server = fakeServer();
    const reply = await loadFromUrl(store(), 'local', { ...target, url: 'http://rules.example/r.yaml' }, server.fetch);
    expect(reply).toMatchObject({ ok: false, errors: [{ message: 'ruleset URLs must use https' }] });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a redirect that ends on a non-https address, storing nothing', async () => {
    const server = fakeServer({ status: 200, body: RIVERSIDE, finalUrl: 'http://rules.example/riverside.yaml' });
    const reply = await loadFromUrl(store(), 'local', target, server.fetch);
    expect(reply).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('redirected to a non-https address') }] });
    expect(await local()).toBeUndefined();
  });

  it('records each redirect hop, and forgets them once the URL answers directly', async () => {
    const hops = ['https://rules.example/current.yaml', 'https://cdn.rules.example/v7/riverside.yaml'];
    const s = store();
    expect((await loadFromUrl(s, 'local', target, fakeServer({ status: 200, body: RIVERSIDE, finalUrl: hops[1], redirects: hops }).fetch)).ok).toBe(true);
    expect(await local()).toMatchObject({ source: { kind: 'url', url: URL_ }, redirects: hops });
    await refreshSlot(s, 'local', fakeServer({ status: 200, body: RIVERSIDE_V2 }).fetch);
    expect(await local()).toMatchObject({ text: RIVERSIDE_V2 });
    expect(await local()).not.toHaveProperty('redirects');
  });

  it('without hop reports, still records where the redirects ended', async () => {
    const moved = 'https://cdn.rules.example/v7/riverside.yaml';
    expect((await loadFromUrl(store(), 'local', target, fakeServer({ status: 200, body: RIVERSIDE, finalUrl: moved }).fetch)).ok).toBe(true);
    expect(await local()).toMatchObject({ redirects: [moved] });
  });

  it('refuses a redirect through a non-https hop even when it ends on https', async () => {
    const hops = ['http://rules.example/riverside.yaml', 'https://rules.example/riverside.yaml'];
    const server = fakeServer({ status: 200, body: RIVERSIDE, finalUrl: hops[1], redirects: hops });
    const reply = await loadFromUrl(store(), 'local', target, server.fetch);
    expect(reply).toMatchObject({ ok: false, errors: [{ message: `${URL_} redirected to a non-https address (${hops[0]})` }] });
    expect(await local()).toBeUndefined();
  });

  it('stops reading an answer past 2 MB instead of holding it whole', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(256 * 1024).fill(97));
      },
    });
    const reply = await loadFromUrl(store(), 'local', target, fakeServer({ status: 200, body: endless }).fetch);
    expect(reply).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('larger than 2097152 bytes') }] });
    // 2 MB is eight 256 KB chunks: the ninth crosses the cut and reading stops there.
    expect(pulled).toBeLessThanOrEqual(10);
  });

  it('refuses a fetched ruleset that does not match the pinned SHA-256', async () => {
    const server = fakeServer({ status: 200, body: RIVERSIDE });
    const reply = await loadFromUrl(store(), 'local', { ...target, sha256: await hexOf(RIVERSIDE_V2) }, server.fetch);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors[0]?.message).toMatch(/SHA-256 mismatch/);
    expect(await local()).toBeUndefined();
  });

  it('accepts a fetched ruleset whose SHA-256 matches the pin', async () => {
    const sha256 = await hexOf(RIVERSIDE);
    const reply = await loadFromUrl(store(), 'local', { ...target, sha256: sha256.toUpperCase() }, fakeServer({ status: 200, body: RIVERSIDE }).fetch);
    expect(reply.ok).toBe(true);
    expect(await local()).toMatchObject({ text: RIVERSIDE, sha256: sha256.toUpperCase() });
  });
});

describe('refreshSlot', () => {
  it('sends If-None-Match and If-Modified-Since, and on 304 only records the success', async () => {
    const s = store();
    await loadedFromUrl(s);
    const server = fakeServer({ status: 304 });
    await refreshSlot(s, 'local', server.fetch);
    expect(server.requests[0]?.headers).toEqual({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Sat, 21 Nov 2026 09:00:00 GMT' });
    expect(await local()).toMatchObject({ text: RIVERSIDE, loadedAt: '2026-11-22T10:00:00.000Z', lastRefreshOkAt: '2026-11-22T11:00:00.000Z' });
  });

  it('replaces the ruleset when the server has a new valid version', async () => {
    const s = store();
    await loadedFromUrl(s);
    await refreshSlot(s, 'local', fakeServer({ status: 200, body: RIVERSIDE_V2, headers: { ETag: '"v2"' } }).fetch);
    const now = await local();
    expect(now).toMatchObject({ text: RIVERSIDE_V2, etag: '"v2"', loadedAt: '2026-11-22T11:00:00.000Z', lastRefreshOkAt: '2026-11-22T11:00:00.000Z' });
    expect(now).not.toHaveProperty('lastModified');
  });

  it('keeps the last good ruleset on a server error and records when it last succeeded', async () => {
    const s = store();
    await loadedFromUrl(s);
    await refreshSlot(s, 'local', fakeServer({ status: 500 }).fetch);
    expect(await local()).toMatchObject({
      text: RIVERSIDE,
      lastRefreshAt: '2026-11-22T11:00:00.000Z',
      lastRefreshOkAt: '2026-11-22T10:00:00.000Z',
      lastRefreshError: `HTTP 500 from ${URL_}`,
    });
  });

  it('keeps the last good ruleset when the network fails', async () => {
    const s = store();
    await loadedFromUrl(s);
    await refreshSlot(s, 'local', fakeServer({ error: 'Failed to fetch' }).fetch);
    expect(await local()).toMatchObject({ text: RIVERSIDE, lastRefreshError: `could not fetch ${URL_}: Failed to fetch` });
  });

  it('keeps the last good ruleset when the new version is invalid, and says where it is wrong', async () => {
    const s = store();
    await loadedFromUrl(s);
    await refreshSlot(s, 'local', fakeServer({ status: 200, body: INVALID_SEVERITY, headers: { ETag: '"bad"' } }).fetch);
    const now = await local();
    expect(now).toMatchObject({ text: RIVERSIDE, etag: '"v1"', lastRefreshOkAt: '2026-11-22T10:00:00.000Z' });
    expect(now.lastRefreshError).toMatch(/^refused the new version: rules\[0\]\.severity: .* \(line 6:15\)$/);
  });

  it('keeps the last good ruleset when the new version breaks the SHA-256 pin', async () => {
    const s = store();
    const pinned = await loadFromUrl(s, 'local', { ...target, sha256: await hexOf(RIVERSIDE) }, fakeServer({ status: 200, body: RIVERSIDE }).fetch);
    expect(pinned.ok).toBe(true);
    await refreshSlot(s, 'local', fakeServer({ status: 200, body: RIVERSIDE_V2 }).fetch);
    expect(await local()).toMatchObject({ text: RIVERSIDE });
    expect((await local()).lastRefreshError).toMatch(/SHA-256 mismatch/);
  });

  it('clears the error after the next successful refresh', async () => {
    const s = store();
    await loadedFromUrl(s);
    await refreshSlot(s, 'local', fakeServer({ status: 500 }).fetch);
    await refreshSlot(s, 'local', fakeServer({ status: 304 }).fetch);
    expect(await local()).not.toHaveProperty('lastRefreshError');
  });

  it('does not fetch when the stored ruleset did not come from a URL', async () => {
    const s = store();
    await s.accept('local', RIVERSIDE, { kind: 'paste' });
    const server = fakeServer();
    await refreshSlot(s, 'local', server.fetch);
    expect(server.requests).toHaveLength(0);
  });
});
