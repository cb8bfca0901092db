// Measures the photo checks on the labelled set (tests/fixtures/images, from npm run fixtures:images):
// recall (pictures with a patient identifier that the gate holds) and false blocks (clean pictures it
// holds), plus metadata warnings and the face consent reminder (photos with faces that get it, photos
// without that get it). Runs the real OCR and face detector with the default ruleset, offline.
// Usage: npm run eval:images [-- --verbose]

import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { blocksPosting } from '../rules/image/blocking';
import { createNodeFaces } from '../rules/image/node-faces';
import { createNodeOcr } from '../rules/image/node-ocr';

// The packs' YAML is imported with Vite's `?raw`; these hooks give it that meaning under tsx.
register('./eval/raw-text-hooks.mjs', import.meta.url);
const { createDefaultChecker } = await import('../rules/index.ts');
const { checkImage } = await import('../rules/image/check-image.ts');

type Labelled = { file: string; label: 'identifier' | 'clean'; description: string; gps: boolean; faces: number; rotateDegrees?: number; blurPx?: number; quarterTurns?: number };

const dir = path.resolve(import.meta.dirname, '../tests/fixtures/images');
const labelsPath = path.join(dir, 'labels.json');
if (!existsSync(labelsPath)) {
  console.error(`no labelled set at ${labelsPath}: run npm run fixtures:images first`);
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Labelled[];
const checker = createDefaultChecker();
const faces = await createNodeFaces();
const ocr = await createNodeOcr();
const rows: { item: Labelled; blocked: boolean; locationWarned: boolean; facesFound: number; rules: string[]; ms: number }[] = [];
try {
  for (const item of labels) {
    const started = performance.now();
    const report = await checkImage(new Uint8Array(readFileSync(path.join(dir, item.file))), { checker, ocr, faces });
    const ms = performance.now() - started;
    const blocked = report.findings.some((finding) => blocksPosting(finding, checker.ruleset.gate.blockOn));
    const locationWarned = report.findings.some((finding) => finding.ruleId === 'image/location');
    const facesFound = report.findings.find((finding) => finding.ruleId === 'image/face')?.boxes.length ?? 0;
    const rules = [...new Set(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId))];
    rows.push({ item, blocked, locationWarned, facesFound, rules, ms });
    const wrong = blocked !== (item.label === 'identifier') || (facesFound > 0) !== (item.faces > 0);
    if (verbose || wrong) {
      const shape = [item.rotateDegrees ? `rotated ${item.rotateDegrees}°` : '', item.quarterTurns ? 'sideways' : '', item.blurPx ? `blur ${item.blurPx}px` : ''].filter(Boolean).join(', ');
      console.log(`${wrong ? 'WRONG' : 'ok   '} ${item.file} (${item.label}${shape ? `; ${shape}` : ''}) ${blocked ? `blocked by ${rules.join(', ')}` : 'not blocked'}; faces ${facesFound} of ${item.faces}`);
      if (verbose || wrong) console.log(`      text: ${JSON.stringify(report.text.slice(0, 160))}`);
    }
  }
} finally {
  await ocr.terminate();
}

const identifiers = rows.filter((row) => row.item.label === 'identifier');
const clean = rows.filter((row) => row.item.label === 'clean');
const held = identifiers.filter((row) => row.blocked).length;
const falseBlocks = clean.filter((row) => row.blocked).length;
const withGps = rows.filter((row) => row.item.gps);
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
const transformed = identifiers.filter((row) => row.item.rotateDegrees || row.item.blurPx);
const sideways = rows.filter((row) => row.item.quarterTurns);
console.log(`\nlabelled photos: ${rows.length} (${identifiers.length} with a patient identifier, ${clean.length} clean)`);
console.log(`recall (identifier photos held by the gate): ${held}/${identifiers.length} = ${percent(held, identifiers.length)}`);
console.log(`  of them rotated or blurred: ${transformed.filter((row) => row.blocked).length}/${transformed.length}`);
console.log(`  of them photographed sideways: ${sideways.filter((row) => row.item.label === 'identifier' && row.blocked).length}/${sideways.filter((row) => row.item.label === 'identifier').length}`);
console.log(`false blocks (clean photos held): ${falseBlocks}/${clean.length} = ${percent(falseBlocks, clean.length)}`);
console.log(`location warnings on photos with GPS in EXIF: ${withGps.filter((row) => row.locationWarned).length}/${withGps.length}; on photos without: ${rows.filter((row) => !row.item.gps && row.locationWarned).length}`);
const withFaces = rows.filter((row) => row.item.faces > 0);
const faceCountsRight = withFaces.filter((row) => row.facesFound === row.item.faces).length;
console.log(`face consent reminder on photos with faces: ${withFaces.filter((row) => row.facesFound > 0).length}/${withFaces.length} (face count exact on ${faceCountsRight}); on photos without faces: ${rows.filter((row) => row.item.faces === 0 && row.facesFound > 0).length}/${rows.length - withFaces.length}`);
const times = rows.map((row) => row.ms).sort((a, b) => a - b);
console.log(`check time per photo (OCR + faces + rules + metadata): median ${Math.round(times[Math.floor(times.length / 2)]!)} ms`);
