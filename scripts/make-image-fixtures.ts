// Writes the labelled photo set to tests/fixtures/images/ (generated, not committed): every scene in
// scripts/image-fixtures/scenes.ts plus labels.json ({ file, label, description }).
// Usage: npm run fixtures:images

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allScenes, renderScene } from './image-fixtures/scenes';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../tests/fixtures/images');

mkdirSync(FIXTURE_DIR, { recursive: true });
const scenes = allScenes();
for (const scene of scenes) writeFileSync(path.join(FIXTURE_DIR, scene.file), renderScene(scene));
const labels = scenes.map(({ file, label, description, width, height, rotateDegrees, blurPx, quarterTurns, gps, faces }) => ({ file, label, description, width, height, rotateDegrees, blurPx, quarterTurns, gps: Boolean(gps), faces: faces ?? 0 }));
writeFileSync(path.join(FIXTURE_DIR, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
const identifiers = scenes.filter((scene) => scene.label === 'identifier').length;
console.log(`wrote ${scenes.length} images (${identifiers} with an identifier, ${scenes.length - identifiers} clean) to ${path.relative(process.cwd(), FIXTURE_DIR)}`);
