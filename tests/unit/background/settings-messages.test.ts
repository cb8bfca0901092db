// The popup and the admin console ask the background to write their settings; only they may.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSettingsHandler } from '../../../entrypoints/background/settings-messages';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';

beforeEach(() => fakeBrowser.reset());

const EXTENSION_PAGE = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const CONTENT_SCRIPT = { id: 'ours', url: 'https://x.com/home', tab: { id: 3 } };

function send(message: unknown, sender: object): Promise<unknown> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((reply) => void trigger(message, sender, reply));
}
const read = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => registerSettingsHandler(fakeBrowser.runtime as never, fakeBrowser.storage.local as never, (s) => s === EXTENSION_PAGE));

it('writes the pause and the rule switches an extension page asks for', async () => {
  expect(await send({ type: 'pause-set', sites: ['x', 'x', 'linkedin'] }, EXTENSION_PAGE)).toEqual({ ok: true });
  expect(await read(STORAGE_KEYS.pausedSites)).toEqual(['x', 'linkedin']);
  expect(await send({ type: 'rules-disabled', ruleIds: ['tone/best', 'brand/name'] }, EXTENSION_PAGE)).toEqual({ ok: true });
  expect(await read(STORAGE_KEYS.disabledRules)).toEqual(['brand/name', 'tone/best']);
});

it('refuses a content script and malformed requests, writing nothing', async () => {
  expect(await send({ type: 'rules-disabled', ruleIds: ['privacy/nhs-number'] }, CONTENT_SCRIPT)).toEqual({ ok: false });
  expect(await send({ type: 'pause-set', sites: ['x'] }, CONTENT_SCRIPT)).toEqual({ ok: false });
  expect(await send({ type: 'pause-set', sites: ['myspace'] }, EXTENSION_PAGE)).toEqual({ ok: false });
  expect(await read(STORAGE_KEYS.pausedSites)).toBeUndefined();
  expect(await read(STORAGE_KEYS.disabledRules)).toBeUndefined();
});
