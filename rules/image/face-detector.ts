// Face detection with @vladmandic/face-api's tiny face detector (190 KB of weights shipped in the npm
// package) on TensorFlow.js's plain-JavaScript CPU backend: no GPU, no WebAssembly file, the same in
// Node and in an extension page. Only boxes come out: no landmarks, no descriptors, no identity.
// The caller imports face-api (Node needs a shim first, see node-faces.ts) and supplies the weights.

import type * as FaceApi from '@vladmandic/face-api/dist/face-api.esm.js';
import type { Box } from './types';

/** The detector's input side: pictures are scaled down to this before detection (it works at this size). */
export const FACE_INPUT_SIZE = 416;
/** Below this score the detector's hits on this model are mostly textures and posters, not faces. */
const MIN_SCORE = 0.5;

export type FaceApiModule = typeof FaceApi;
/** The few TensorFlow.js calls the bundle has but its typings leave out. */
export type TfRuntime = { setBackend(name: string): Promise<boolean>; ready(): Promise<void>; env(): { set(flag: string, value: unknown): void } };
/** The weights' files as shipped in the package's model/ folder. */
export const FACE_MODEL_FILES = { manifest: 'tiny_face_detector_model-weights_manifest.json', weights: 'tiny_face_detector_model.bin' } as const;
/** Those two files, read. */
export type FaceModel = { manifest: { weights: unknown[] }[]; weights: ArrayBuffer };
/** RGBA pixels (ImageData's layout), already scaled so the longer side is at most FACE_INPUT_SIZE. */
export type Pixels = { data: Uint8Array | Uint8ClampedArray; width: number; height: number };

/** How much to scale an image so its longer side fits the detector (never enlarged). */
export function faceScale(width: number, height: number): number {
  return Math.min(1, FACE_INPUT_SIZE / Math.max(width, height));
}

export type FaceDetector = (pixels: Pixels, scale: number) => Promise<Box[]>;

export async function startFaceDetector(faceapi: FaceApiModule, model: FaceModel): Promise<FaceDetector> {
  const { tf } = faceapi;
  const runtime = tf as unknown as TfRuntime;
  await runtime.setBackend('cpu');
  await runtime.ready();
  const weightMap = tf.io.decodeWeights(model.weights, model.manifest[0]!.weights as Parameters<typeof tf.io.decodeWeights>[1]);
  const net = new faceapi.TinyFaceDetector();
  net.loadFromWeightMap(weightMap);
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: FACE_INPUT_SIZE, scoreThreshold: MIN_SCORE });
  return async ({ data, width, height }, scale) => {
    const rgb = tf.tidy(() => tf.slice3d(tf.tensor3d(Int32Array.from(data), [height, width, 4], 'int32'), [0, 0, 0], [-1, -1, 3]));
    try {
      const detections = await net.locateFaces(rgb, options);
      return detections.map(({ box }) => ({
        x: Math.round(box.x / scale),
        y: Math.round(box.y / scale),
        width: Math.round(box.width / scale),
        height: Math.round(box.height / scale),
      }));
    } finally {
      rgb.dispose();
    }
  };
}
