// Face detection in the photo reader (an extension page: Chromium's offscreen document, Firefox's
// reader frame): face-api is loaded on the first photo, with the weights packaged under /ocr/.
// Pictures are decoded and scaled down by the browser before detection.

import { browser, type PublicPath } from 'wxt/browser';
import { FACE_MODEL_FILES, faceScale, startFaceDetector, type FaceDetector, type FaceModel } from '../../rules/image/face-detector';
import type { Box } from '../../rules/image/types';
import { OCR_ASSET_DIR } from './assets';

let detector: Promise<FaceDetector> | undefined;

async function packaged(name: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(`/${OCR_ASSET_DIR}/${name}` as PublicPath));
  if (!response.ok) throw new Error(`the face model file ${name} is missing from the extension`);
  return response;
}

async function start(): Promise<FaceDetector> {
  const [faceapi, manifest, weights] = await Promise.all([
    import('@vladmandic/face-api/dist/face-api.esm.js'),
    packaged(FACE_MODEL_FILES.manifest).then((response) => response.json() as Promise<FaceModel['manifest']>),
    packaged(FACE_MODEL_FILES.weights).then((response) => response.arrayBuffer()),
  ]);
  return startFaceDetector(faceapi, { manifest, weights });
}

export async function detectFaces(image: Blob): Promise<Box[]> {
  detector ??= start();
  // A failed start is not cached: the next photo tries again.
  detector.catch(() => (detector = undefined));
  const detect = await detector;
  const bitmap = await createImageBitmap(image);
  const scale = faceScale(bitmap.width, bitmap.height);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return detect(context.getImageData(0, 0, width, height), scale);
}
