// Messages between the content script, the background and the offscreen photo reader (issue 11).
// Photos travel as base64 because extension messaging is JSON; they are never stored.

import type { Box, OcrWord, PhotoMetadata } from '../../rules/image/types';

/** Content -> background: make sure the offscreen reader exists before sending it a photo. */
export type PhotoReaderStart = { type: 'photo-reader-start' };
/** Content -> photo reader: the metadata, and the text and faces unless the ruleset turned them off. */
export type PhotoReadRequest = { type: 'photo-read'; image: string; mimeType: string; readText: boolean; findFaces: boolean };
export type PhotoReadReply = { ok: true; words: OcrWord[]; metadata: PhotoMetadata; faces: Box[] } | { ok: false; error: string };

export function isPhotoReaderStart(message: unknown): message is PhotoReaderStart {
  return (message as { type?: unknown } | null)?.type === 'photo-reader-start';
}

export function isPhotoReadRequest(message: unknown): message is PhotoReadRequest {
  const candidate = message as Partial<PhotoReadRequest> | null;
  return candidate?.type === 'photo-read' && typeof candidate.image === 'string';
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
