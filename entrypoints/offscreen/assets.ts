// Where the photo reader's packaged files live in the extension (copied there by wxt.config.ts at build
// time): the OCR worker, core and English model, and the face detector's weights.
import { FACE_MODEL_FILES } from '../../rules/image/face-detector';

export const OCR_ASSET_DIR = 'ocr';

/** SIMD + LSTM-only build: every browser Clearpost supports has WebAssembly SIMD (Chrome 91, Firefox 89). */
export const OCR_CORE_FILE = 'tesseract-core-simd-lstm.wasm.js';
/** Copied from node_modules into /ocr/: [package-relative source, file name in the extension]. */
export const OCR_ASSETS: [string, string][] = [
  ['tesseract.js/dist/worker.min.js', 'worker.min.js'],
  [`tesseract.js-core/${OCR_CORE_FILE}`, OCR_CORE_FILE],
  ['@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', 'eng.traineddata.gz'],
  ...Object.values(FACE_MODEL_FILES).map((name): [string, string] => [`@vladmandic/face-api/model/${name}`, name]),
];
