// The photo reader: reads the text in a photo with tesseract.js, its metadata with exifr and where
// faces are with face-api, inside the extension, never in the page. Chromium runs it as an offscreen
// document, Firefox as a frame of the background page (ensure.ts). The OCR core, worker, English model
// and face weights are packaged under /ocr/ (wxt.config.ts), so nothing is downloaded.

import { createWorker, OEM, type Worker } from 'tesseract.js';
import { browser, type PublicPath } from 'wxt/browser';
import { drawTurned, readAnyWayUp, type SidewaysReader } from '../../rules/image/any-way-up';
import { readPhotoMetadata } from '../../rules/image/metadata-read';
import { fromTesseract, RECOGNIZE_OPTIONS, RECOGNIZE_OUTPUT, TESSERACT_PARAMETERS, type TesseractPage } from '../../rules/image/tesseract-result';
import type { OcrResult, OcrWord } from '../../rules/image/types';
import { OCR_ASSET_DIR, OCR_CORE_FILE } from './assets';
import { detectFaces } from './faces';
import { base64ToBytes, isPhotoReadRequest, type PhotoReadReply, type PhotoReadRequest } from './protocol';

let worker: Promise<Worker> | undefined;

/** The build hook adds these files, so WXT's generated list of public paths does not know them. */
const ocrUrl = (name = '') => browser.runtime.getURL(`/${OCR_ASSET_DIR}${name ? `/${name}` : ''}` as PublicPath);

function ocrWorker(): Promise<Worker> {
  worker ??= createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: ocrUrl('worker.min.js'),
    corePath: ocrUrl(OCR_CORE_FILE),
    langPath: ocrUrl(),
    // A blob: worker would need a looser extension CSP; the packaged worker file needs none.
    workerBlobURL: false,
    gzip: true,
    cacheMethod: 'none',
  }).then(async (created) => {
    await created.setParameters(TESSERACT_PARAMETERS);
    return created;
  });
  // A failed start is not cached: the next photo tries again.
  worker.catch(() => (worker = undefined));
  return worker;
}

async function recognize(image: Blob): Promise<OcrResult> {
  const { data } = await (await ocrWorker()).recognize(image, RECOGNIZE_OPTIONS, RECOGNIZE_OUTPUT);
  return fromTesseract(data as unknown as TesseractPage);
}

/** Sideways readings: the browser decodes the picture once and turns it on an OffscreenCanvas. */
function sidewaysReader(image: Blob): SidewaysReader {
  return async () => {
    const picture = await createImageBitmap(image);
    const size = { width: picture.width, height: picture.height };
    return {
      size,
      async read(turn) {
        const canvas = new OffscreenCanvas(size.height, size.width);
        drawTurned(canvas.getContext('2d')!, picture, turn, size);
        return recognize(await canvas.convertToBlob({ type: 'image/png' }));
      },
    };
  };
}

async function readText(image: Blob): Promise<OcrWord[]> {
  return (await readAnyWayUp(await recognize(image), sidewaysReader(image))).words;
}

async function read(request: PhotoReadRequest): Promise<PhotoReadReply> {
  try {
    const bytes = base64ToBytes(request.image);
    const image = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: request.mimeType });
    const [metadata, words, faces] = await Promise.all([readPhotoMetadata(bytes), request.readText ? readText(image) : [], request.findFaces ? detectFaces(image) : []]);
    return { ok: true, words, metadata, faces };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((message: unknown) => (isPhotoReadRequest(message) ? read(message) : undefined));
