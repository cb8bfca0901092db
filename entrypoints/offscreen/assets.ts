// Where the packaged OCR files live in the extension (copied there by wxt.config.ts at build time).
export const OCR_ASSET_DIR = 'ocr';
/** SIMD + LSTM-only build: every browser Clearpost supports has WebAssembly SIMD (Chrome 91, Firefox 89). */
export const OCR_CORE_FILE = 'tesseract-core-simd-lstm.wasm.js';
/** Copied from node_modules into /ocr/: [package-relative source, file name in the package]. */
export const OCR_ASSETS: [string, string][] = [
  ['tesseract.js/dist/worker.min.js', 'worker.min.js'],
  [`tesseract.js-core/${OCR_CORE_FILE}`, OCR_CORE_FILE],
  ['@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', 'eng.traineddata.gz'],
];
