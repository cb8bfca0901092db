// Image checks: the shapes shared by the engine, the CLI and the extension's offscreen OCR.
// Nothing here touches the DOM or Node: pixels are read by an OcrEngine supplied by the caller.

import type { Finding } from '../types';

/** A rectangle in the image's own pixels (as decoded, orientation applied by the decoder). */
export type Box = { x: number; y: number; width: number; height: number };

/** One recognised word; `line` numbers the text line it sits on (reading order). */
export type OcrWord = { text: string; box: Box; line: number; confidence: number };

export type OcrResult = { words: OcrWord[] };

/** Reads the text in an image (tesseract.js in Node or in an extension worker/offscreen page). */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<OcrResult>;
}

/** Finds faces in an image: where they are, nothing about who (no landmarks, no descriptors). */
export interface FaceEngine {
  detect(image: Uint8Array): Promise<Box[]>;
}

/** Where an image finding comes from: text in the picture, the file's metadata, a visible face, or the alt text typed for it. */
export type ImageFindingSource = 'photo-text' | 'metadata' | 'face' | 'alt-text';

/**
 * A Finding about an image. For `photo-text`, start/end index the recognised text (`ImageReport.text`)
 * and `boxes` are the words the problem sits on; a `face` finding boxes the faces; for `alt-text`,
 * start/end index the alt text. Metadata and face findings have start = end = 0.
 */
export type ImageFinding = Finding & { source: ImageFindingSource; boxes: Box[] };

/** What the file's metadata gives away; plain data so it crosses extension messaging unchanged. */
export type PhotoMetadata = {
  location?: { latitude: number; longitude: number };
  owner?: string;
  /** Capture time as the camera wrote it, "YYYY-MM-DD HH:MM". */
  takenAt?: string;
};

export type ImageReport = {
  findings: ImageFinding[];
  /** The recognised text, one OCR line per text line ('' when OCR is off). Never stored or sent. */
  text: string;
};
