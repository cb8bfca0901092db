// Photo figures for `npm run bench` (DESIGN budget: on-device OCR of a 1080x1350 photo <= 3 s median):
// OCR time with the packaged English model in Node on this machine, first start-up (model load), face
// detection time (tiny face detector, CPU backend), and the size OCR and faces add to the extension
// package (built by `npm run build` / `npm run build:firefox`).

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createNodeFaces } from '../rules/image/node-faces';
import { createNodeOcr } from '../rules/image/node-ocr';
import { renderScene, sceneByFile } from './image-fixtures/scenes';

const root = path.resolve(import.meta.dirname, '..');
const BUDGET_MS = 3000;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const startStarted = performance.now();
const ocr = await createNodeOcr();
const startup = performance.now() - startStarted;
/**
 * 1080x1350 pictures: text upright (one reading), the whiteboard photographed sideways (read as it is,
 * then turned), and a corridor without text (the worst case: read as it is and turned both ways).
 */
const photos = [
  { name: 'whiteboard-bed4.png', scene: sceneByFile('whiteboard-bed4.png') },
  { name: 'poster-0.png', scene: sceneByFile('poster-0.png') },
  { name: 'whiteboard-bed4.png sideways', scene: { ...sceneByFile('whiteboard-bed4.png'), quarterTurns: 1 as const } },
  { name: 'corridor.png at 1080x1350 (no text)', scene: { ...sceneByFile('corridor.png'), width: 1080, height: 1350 } },
].map(({ name, scene }) => ({ file: name, bytes: new Uint8Array(renderScene(scene)) }));
const rows = [];
try {
  for (const photo of photos) {
    await ocr.recognize(photo.bytes); // warm-up: the first recognition pays for WebAssembly compilation
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      await ocr.recognize(photo.bytes);
      times.push(performance.now() - started);
    }
    rows.push({ file: photo.file, median: median(times), worst: Math.max(...times) });
  }
} finally {
  await ocr.terminate();
}

console.log(`\nPhoto bench (tesseract.js, eng 4.0.0_best_int, 1080x1350 rendered photos (1350x1080 sideways), ${RUNS} runs each; OCR start-up ${Math.round(startup)} ms)\n`);
console.log('| case | median | worst | budget (median) | verdict |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(`| OCR ${row.file} | ${Math.round(row.median)} ms | ${Math.round(row.worst)} ms | <= ${BUDGET_MS} ms | ${row.median <= BUDGET_MS ? 'PASS' : 'OVER'} |`);

const facesStarted = performance.now();
const faces = await createNodeFaces();
const facesStartup = performance.now() - facesStarted;
const facePhotos = ['team-photo-1.png', 'whiteboard-bed4.png'].map((file) => ({ file, bytes: new Uint8Array(renderScene(sceneByFile(file))) }));
for (const photo of facePhotos) {
  await faces.detect(photo.bytes); // warm-up: the first detection compiles the backend's kernels
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await faces.detect(photo.bytes);
    times.push(performance.now() - started);
  }
  console.log(`| faces ${photo.file} (decode + tiny face detector, CPU) | ${Math.round(median(times))} ms | ${Math.round(Math.max(...times))} ms | none set | - |`);
}
console.log(`Face detector start-up ${Math.round(facesStartup)} ms`);

/** What the photo checks add: the OCR files, the face model, and the reader's scripts (face-api and tesseract.js in them). */
function photoBytes(extension: string): number {
  const models = ['ocr', 'faces'].map((folder) => path.join(extension, folder)).filter(existsSync).reduce((sum, folder) => sum + folderBytes(folder), 0);
  const chunks = path.join(extension, 'chunks');
  const readerScripts = existsSync(chunks) ? readdirSync(chunks).filter((name) => /^(offscreen|face-api|tesseract)/.test(name)).reduce((sum, name) => sum + statSync(path.join(chunks, name)).size, 0) : 0;
  return models + readerScripts;
}
for (const build of ['chrome-mv3', 'firefox-mv2']) {
  const extension = path.join(root, '.output', build);
  if (existsSync(extension)) console.log(`Extension package (.output/${build}, unzipped): ${kb(folderBytes(extension))}, of which photo checks (OCR, face model, reader scripts) ${kb(photoBytes(extension))}`);
  else console.log(`Extension package .output/${build}: not built (npm run build${build.startsWith('firefox') ? ':firefox' : ''})`);
}
console.log('');
