// Background side of the photo reader: creates the offscreen document on the first photo and keeps
// one. Chromium MV3 only (chrome.offscreen); elsewhere the content script is told there is no reader
// and shows the photo as not checked.

import { browser } from 'wxt/browser';
import { isPhotoReaderStart } from './protocol';

type OffscreenApi = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?: () => Promise<boolean>;
};

let creating: Promise<void> | undefined;

async function ensureReader(offscreen: OffscreenApi): Promise<void> {
  if (await offscreen.hasDocument?.()) return;
  creating ??= offscreen
    .createDocument({ url: '/offscreen.html', reasons: ['WORKERS'], justification: 'Reads the text in attached photos on the device (OCR in a worker).' })
    .catch((error: unknown) => {
      // Without hasDocument (Chrome < 116) an existing reader shows up as this refusal.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => (creating = undefined));
  await creating;
}

export function registerPhotoReader(): void {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPhotoReaderStart(message)) return undefined;
    if (!offscreen) return Promise.resolve({ ok: false, error: 'this browser has no offscreen documents for the photo reader' });
    return ensureReader(offscreen).then(
      () => ({ ok: true }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
