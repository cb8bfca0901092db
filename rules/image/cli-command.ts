// `clearpost check-image FILE...`: the photo checks of the extension, for admins and batches. OCR and
// face detection run here in Node with the packaged models; nothing is uploaded.

import { readFile } from 'node:fs/promises';
import type { CompiledChecker } from '../compile';
import type { Platform } from '../types';
import { blocksPosting } from './blocking';
import { checkImage } from './check-image';
import { createNodeFaces } from './node-faces';
import { createNodeOcr } from './node-ocr';
import type { Box, ImageReport } from './types';

export const CHECK_IMAGE_USAGE = `  clearpost check-image FILE... [--ruleset FILE] [--platform P] [--format text|json]
      Read the text in each photo (on this machine) and check it with the ruleset, plus the photo's
      metadata (location, owner, time) and visible faces (a consent reminder; nobody is recognised).
      JSON gives each finding's boxes (words or faces) in image pixels.`;

type Io = { stdout: (text: string) => void; stderr: (text: string) => void };
type Options = { checker: CompiledChecker; platform?: Platform; format: string };

function describeBoxes(boxes: Box[]): string {
  return boxes.length === 0 ? '' : ` [at ${boxes.map((box) => `${box.x},${box.y} ${box.width}x${box.height}`).join('; ')}]`;
}

/** Checks every file; returns the exit code (0 clean, 1 blocking findings, 2 a file could not be read). */
export async function runCheckImage(files: string[], { checker, platform, format }: Options, io: Io): Promise<number> {
  if (format !== 'text' && format !== 'json') {
    io.stderr(`clearpost: --format must be text or json (got ${JSON.stringify(format)})`);
    return 2;
  }
  if (files.length === 0) {
    io.stderr('clearpost: check-image needs at least one image FILE');
    return 2;
  }
  let ocr: Awaited<ReturnType<typeof createNodeOcr>>;
  let faces: Awaited<ReturnType<typeof createNodeFaces>>;
  try {
    faces = await createNodeFaces();
  } catch (error) {
    io.stderr(`clearpost: cannot start face detection: ${(error as Error).message}`);
    return 2;
  }
  try {
    ocr = await createNodeOcr();
  } catch (error) {
    io.stderr(`clearpost: cannot start OCR: ${(error as Error).message}`);
    return 2;
  }
  const results: ({ file: string } & (ImageReport | { error: string }))[] = [];
  try {
    for (const file of files) {
      try {
        const bytes = new Uint8Array(await readFile(file));
        results.push({ file, ...(await checkImage(bytes, { checker, ocr, faces, platform })) });
      } catch (error) {
        results.push({ file, error: `cannot check ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      }
    }
  } finally {
    await ocr.terminate();
  }
  if (format === 'json') io.stdout(JSON.stringify(results, null, 2));
  for (const result of results) {
    if ('error' in result) io.stderr(`clearpost: ${result.error}`);
    else if (format === 'text') for (const finding of result.findings) io.stdout(`${result.file}: ${finding.severity} ${finding.ruleId} ${finding.message}${describeBoxes(finding.boxes)}`);
  }
  if (results.some((result) => 'error' in result)) return 2;
  const blockOn = checker.ruleset.gate.blockOn;
  return results.some((result) => 'findings' in result && result.findings.some((finding) => blocksPosting(finding, blockOn))) ? 1 : 0;
}
