// tesseract.js in Node (CLI, bench, tests) with the English model from @tesseract.js-data/eng on disk:
// no CDN and no download, so it works with the network off.

import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'tesseract.js';
import { drawTurned, readAnyWayUp, type SidewaysReader } from './any-way-up';
import { fromTesseract, RECOGNIZE_OPTIONS, RECOGNIZE_OUTPUT, TESSERACT_PARAMETERS, type TesseractPage } from './tesseract-result';
import type { OcrEngine, OcrResult } from './types';

const resolveFromHere = createRequire(import.meta.url);

/** The folder holding eng.traineddata.gz (the integer "best" LSTM model: small and accurate). */
export function localLangPath(): string {
  return path.join(path.dirname(resolveFromHere.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

export type NodeOcr = OcrEngine & { terminate(): Promise<void> };

export async function createNodeOcr(): Promise<NodeOcr> {
  // Loaded on first use: the CLI's other commands (and a copied CLI bundle) never need tesseract.js.
  const { createWorker, OEM } = await import('tesseract.js');
  const worker: Worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath: localLangPath(), gzip: true, cacheMethod: 'none' });
  await worker.setParameters(TESSERACT_PARAMETERS);
  const read = async (image: Buffer): Promise<OcrResult> => {
    const { data } = await worker.recognize(image, RECOGNIZE_OPTIONS, RECOGNIZE_OUTPUT);
    return fromTesseract(data as unknown as TesseractPage);
  };
  return {
    async recognize(image) {
      const bytes = Buffer.from(image);
      return readAnyWayUp(await read(bytes), sidewaysReader(bytes, read));
    },
    terminate: () => worker.terminate().then(() => undefined),
  };
}

/** Sideways readings decode the picture with @napi-rs/canvas (loaded only when one is needed). */
function sidewaysReader(bytes: Buffer, read: (image: Buffer) => Promise<OcrResult>): SidewaysReader {
  return async () => {
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const picture = await loadImage(bytes);
    const size = { width: picture.width, height: picture.height };
    return {
      size,
      read(turn) {
        const canvas = createCanvas(size.height, size.width);
        drawTurned(canvas.getContext('2d'), picture, turn, size);
        return read(canvas.toBuffer('image/png'));
      },
    };
  };
}
