// One photo, checked: text in the picture through the ruleset's own rules, the file's metadata and
// visible faces. The OCR and face engines are injected so the same code runs in Node (CLI, bench,
// tests) and in the extension.

import type { CompiledChecker } from '../compile';
import type { Platform } from '../types';
import { faceFindings } from './face-findings';
import { metadataFindings } from './metadata-findings';
import { readPhotoMetadata } from './metadata-read';
import { checkPhotoText } from './photo-text';
import { imageSettings } from './settings';
import type { Box, FaceEngine, ImageReport, OcrEngine, OcrResult } from './types';

export type CheckImageOptions = { checker: CompiledChecker; ocr: OcrEngine; faces: FaceEngine; platform?: Platform };

export async function checkImage(bytes: Uint8Array, { checker, ocr, faces, platform }: CheckImageOptions): Promise<ImageReport> {
  const settings = imageSettings(checker.ruleset);
  const noText: OcrResult = { words: [] };
  const noFaces: Box[] = [];
  const [metadata, recognised, faceBoxes] = await Promise.all([
    readPhotoMetadata(bytes),
    settings.text ? ocr.recognize(bytes) : noText,
    settings.faces === 'off' ? noFaces : faces.detect(bytes),
  ]);
  const photoText = checkPhotoText(recognised.words, checker, { platform });
  return { text: photoText.text, findings: [...photoText.findings, ...metadataFindings(metadata, settings), ...faceFindings(faceBoxes, settings)] };
}
