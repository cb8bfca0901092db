// tesseract.js in Node (CLI, bench, tests) with the English model from @tesseract.js-data/eng on disk:
// no CDN and no download, so it works with the network off.

import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'tesseract.js';
import { fromTesseract, RECOGNIZE_OPTIONS, RECOGNIZE_OUTPUT, TESSERACT_PARAMETERS, type TesseractPage } from './tesseract-result';
import type { OcrEngine } from './types';

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
  return {
    async recognize(image) {
      const { data } = await worker.recognize(Buffer.from(image), RECOGNIZE_OPTIONS, RECOGNIZE_OUTPUT);
      return fromTesseract(data as unknown as TesseractPage);
    },
    terminate: () => worker.terminate().then(() => undefined),
  };
}
