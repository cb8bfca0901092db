// Shared by the CLI test files: the built bundle, a scratch folder, and spawning that collects
// output. Every spawn compiles the default ruleset (about a second on a busy 2-core machine).

import { execFileSync, spawn, type SpawnOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '../../..');
export const cli = path.join(root, 'dist/clearpost.mjs');

export type Run = { code: number | null; stdout: string; stderr: string };

/** Builds the bundle if a source changed and returns a fresh scratch folder. */
export function prepareCli(prefix: string): string {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--if-stale'], { cwd: root });
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Spawns a command, feeds `input` (if any) to stdin, and resolves with its exit code and output. */
export function spawnCollect(command: string, args: string[], options: SpawnOptions & { input?: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
