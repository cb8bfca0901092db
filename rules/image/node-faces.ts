// Face detection in Node (CLI, bench, eval, tests): the tiny face detector's weights are read from the
// installed @vladmandic/face-api package and pictures are decoded with @napi-rs/canvas. Offline.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FACE_MODEL_FILES, faceScale, startFaceDetector, type FaceApiModule, type FaceModel, type TfRuntime } from './face-detector';
import type { FaceEngine } from './types';

const resolveFromHere = createRequire(import.meta.url);


/** The folder of the weights shipped in the face-api package. */
export function localFaceModelDir(): string {
  return path.join(path.dirname(resolveFromHere.resolve('@vladmandic/face-api/package.json')), 'model');
}

/**
 * face-api's one self-contained bundle is its browser build; under Node, TensorFlow.js would pick a
 * Node platform the bundle has stubbed out (util). Seen as a worker while it loads, it takes its
 * browser platform, which needs only fetch and TextEncoder: Node has both.
 */
async function importFaceApi(): Promise<FaceApiModule> {
  const scope = globalThis as { WorkerGlobalScope?: unknown };
  const had = 'WorkerGlobalScope' in scope;
  scope.WorkerGlobalScope ??= class {};
  try {
    const faceapi = (await import('@vladmandic/face-api/dist/face-api.esm.js')) as FaceApiModule;
    // Otherwise the CPU backend tells stderr to install tfjs-node on first use.
    (faceapi.tf as unknown as TfRuntime).env().set('IS_NODE', false);
    return faceapi;
  } finally {
    if (!had) delete scope.WorkerGlobalScope;
  }
}

export async function loadLocalFaceModel(): Promise<FaceModel> {
  const dir = localFaceModelDir();
  const [manifest, weights] = await Promise.all([readFile(path.join(dir, FACE_MODEL_FILES.manifest), 'utf8'), readFile(path.join(dir, FACE_MODEL_FILES.weights))]);
  return { manifest: JSON.parse(manifest) as FaceModel['manifest'], weights: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer };
}

export async function createNodeFaces(): Promise<FaceEngine> {
  const [faceapi, model, { createCanvas, loadImage }] = await Promise.all([importFaceApi(), loadLocalFaceModel(), import('@napi-rs/canvas')]);
  const detect = await startFaceDetector(faceapi, model);
  return {
    async detect(image) {
      const picture = await loadImage(Buffer.from(image));
      const scale = faceScale(picture.width, picture.height);
      const width = Math.max(1, Math.round(picture.width * scale));
      const height = Math.max(1, Math.round(picture.height * scale));
      const context = createCanvas(width, height).getContext('2d');
      context.drawImage(picture, 0, 0, width, height);
      return detect(context.getImageData(0, 0, width, height), scale);
    },
  };
}
