// tesseract.js's nested result (blocks > paragraphs > lines > words) flattened into OcrWords. Shared by
// the Node OCR and the extension's offscreen OCR; typed by shape so the engine does not import tesseract.

import type { OcrResult, OcrWord } from './types';

type Bbox = { x0: number; y0: number; x1: number; y1: number };
type TesseractWord = { text: string; bbox: Bbox; confidence: number };
export type TesseractPage = {
  blocks: { paragraphs: { lines: { words: TesseractWord[] }[] }[] }[] | null;
};

/** Words below this confidence are mostly texture read as letters (brick, fabric) and make noise. */
const MIN_CONFIDENCE = 30;

export function fromTesseract(page: TesseractPage): OcrResult {
  const words: OcrWord[] = [];
  let line = 0;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const { words: lineWords } of paragraph.lines) {
        for (const word of lineWords) {
          if (word.confidence < MIN_CONFIDENCE) continue;
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({ text: word.text, confidence: word.confidence, line, box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
        }
        line += 1;
      }
    }
  }
  return { words };
}

/**
 * Sauvola (local) thresholding instead of Tesseract's global Otsu: photos put text on a small light
 * patch (a wristband on skin, a whiteboard in a room), which a single global threshold loses. The
 * window (0.7) also keeps light-on-dark labels (X-ray burn-ins); it was tuned on the fixture set.
 */
export const TESSERACT_PARAMETERS = { thresholding_method: '2', thresholding_window_size: '0.7' } as const;

/** recognize() options: the word boxes are needed; rotateAuto straightens slightly tilted photos. */
export const RECOGNIZE_OPTIONS = { rotateAuto: true } as const;
export const RECOGNIZE_OUTPUT = { blocks: true, text: false, hocr: false, tsv: false } as const;
