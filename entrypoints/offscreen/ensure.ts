// Background side of the photo reader: starts it on the first photo and keeps one. Chromium MV3 runs it
// as an offscreen document (chrome.offscreen); Firefox MV2 has no offscreen documents but its
// background is a page, so the same reader page runs in a frame of it (an extension page like any
// other: it hears runtime messages, starts the OCR worker and WebAssembly). Anywhere else the content
// script is told there is no reader and shows the photo as not checked.

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

let readerFrame: Promise<void> | undefined;

function ensureReaderFrame(page: Document): Promise<void> {
  readerFrame ??= new Promise<void>((resolve, reject) => {
    const frame = page.createElement('iframe');
    frame.src = browser.runtime.getURL('/offscreen.html');
    // The reader's listener is registered by its module script, which has run by the frame's load event.
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('the photo reader page did not load')), { once: true });
    page.body.append(frame);
  }).catch((error: unknown) => {
    readerFrame = undefined;
    throw error;
  });
  return readerFrame;
}

function startReader(): Promise<void> | null {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (offscreen) return ensureReader(offscreen);
  // A service worker has no document; Firefox's background page has one.
  if (typeof document !== 'undefined' && document.body) return ensureReaderFrame(document);
  return null;
}

export function registerPhotoReader(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPhotoReaderStart(message)) return undefined;
    const started = startReader();
    if (!started) return Promise.resolve({ ok: false, error: 'this browser can run the photo reader neither offscreen nor in a background page' });
    return started.then(
      () => ({ ok: true }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
