// One photo, checked: text in the picture through the ruleset's own rules, plus the file's metadata.
// The OCR engine is injected so the same code runs in Node (CLI, bench, tests) and in the extension.

import type { CompiledChecker } from '../compile';
import type { Platform } from '../types';
import { metadataFindings } from './metadata-findings';
import { readPhotoMetadata } from './metadata-read';
import { checkPhotoText } from './photo-text';
import { imageSettings } from './settings';
import type { ImageReport, OcrEngine, OcrResult } from './types';

export type CheckImageOptions = { checker: CompiledChecker; ocr: OcrEngine; platform?: Platform };

export async function checkImage(bytes: Uint8Array, { checker, ocr, platform }: CheckImageOptions): Promise<ImageReport> {
  const settings = imageSettings(checker.ruleset);
  const noText: OcrResult = { words: [] };
  const [metadata, recognised] = await Promise.all([readPhotoMetadata(bytes), settings.text ? ocr.recognize(bytes) : noText]);
  const photoText = checkPhotoText(recognised.words, checker, { platform });
  return { text: photoText.text, findings: [...photoText.findings, ...metadataFindings(metadata, settings)] };
}
