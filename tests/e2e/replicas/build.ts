/**
 * Builds each replica bundle with esbuild into tests/e2e/replicas/dist/ (gitignored).
 * `buildReplicas()` skips the build when dist is newer than every source and the lockfile.
 * CLI: `npx tsx tests/e2e/replicas/build.ts [--force]`
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES } from './pages';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(here, 'dist');
const SRC_DIR = join(here, 'src');
const STAMP = join(DIST_DIR, '.stamp');

function newestInput(): number {
  const inputs = [
    ...readdirSync(SRC_DIR).map((f) => join(SRC_DIR, f)),
    join(here, 'build.ts'),
    join(here, 'pages.ts'),
    join(here, '..', '..', '..', 'package-lock.json'),
  ];
  return Math.max(...inputs.map((f) => statSync(f).mtimeMs));
}

/** React pages are .tsx; the Ember-era LinkedIn page is plain DOM (.ts). */
function entryFile(name: string): string {
  const tsx = join(SRC_DIR, `${name}.tsx`);
  return existsSync(tsx) ? tsx : join(SRC_DIR, `${name}.ts`);
}

export function replicasAreStale(): boolean {
  return !existsSync(STAMP) || statSync(STAMP).mtimeMs < newestInput();
}

export async function buildReplicas(opts: { force?: boolean } = {}): Promise<boolean> {
  if (!opts.force && !replicasAreStale()) return false;
  await build({
    entryPoints: BUNDLES.map((name) => ({ in: entryFile(name), out: name })),
    outdir: DIST_DIR,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    // Production React/Lexical builds: the live sites ship those, and typing latency depends on it.
    minify: true,
    sourcemap: 'inline',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.css': 'text' },
    logLevel: 'warning',
  });
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildReplicas({ force: process.argv.includes('--force') });
  console.log(built ? `replicas built into ${DIST_DIR}` : 'replicas up to date');
}
