// Photo figures for `npm run bench` (DESIGN budget: on-device OCR of a 1080x1350 photo <= 3 s median):
// OCR time with the packaged English model in Node on this machine, first start-up (model load), and
// the size the OCR adds to the extension package (built by `npm run build`).

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
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
const photos = ['whiteboard-bed4.png', 'poster-0.png'].map((file) => ({ file, bytes: new Uint8Array(renderScene(sceneByFile(file))) }));
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

console.log(`\nPhoto bench (tesseract.js, eng 4.0.0_best_int, 1080x1350 rendered photos, ${RUNS} runs each; OCR start-up ${Math.round(startup)} ms)\n`);
console.log('| case | median | worst | budget (median) | verdict |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(`| OCR ${row.file} | ${Math.round(row.median)} ms | ${Math.round(row.worst)} ms | <= ${BUDGET_MS} ms | ${row.median <= BUDGET_MS ? 'PASS' : 'OVER'} |`);
console.log('Face detection: not built (no face model shipped), so no figure.');

const extension = path.join(root, '.output/chrome-mv3');
if (existsSync(extension)) {
  const ocrFolder = path.join(extension, 'ocr');
  const ocrBytes = existsSync(ocrFolder) ? folderBytes(ocrFolder) : 0;
  console.log(`Extension package (.output/chrome-mv3, unzipped): ${kb(folderBytes(extension))}, of which OCR engine and model ${kb(ocrBytes)}\n`);
} else {
  console.log('Extension package: not built (run npm run build first)\n');
}
