// Bundles the CLI (rules/cli.ts) into one executable file, dist/clearpost.mjs, and the engine into
// dist/engine.mjs for scripts run outside Vite (bench). Pack YAML is imported with Vite's `?raw`
// suffix; the plugin below gives esbuild the same meaning.
//
//   node scripts/build-cli.mjs              build now (npm install runs this as `prepare`)
//   node scripts/build-cli.mjs --if-stale   build only if a bundled source changed since the last build
//
// A build records every file esbuild read (path, mtime, size) in dist/.build-inputs.json, so the
// staleness check is a few hundred stat() calls and never loads esbuild. Outputs are written to a
// temporary file and renamed into place, so a concurrent `npm run clearpost` sees the old bundle or
// the new one, never half of one; a lock directory keeps concurrent stale calls from all building.

import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Tests build into a temporary folder; everyone else uses dist/. */
export const distDir = process.env.CLEARPOST_DIST ? path.resolve(process.env.CLEARPOST_DIST) : path.join(root, 'dist');
export const cliBundle = path.join(distDir, 'clearpost.mjs');
const inputsFile = path.join(distDir, '.build-inputs.json');
const lockDir = path.join(distDir, '.build-lock');
const LOCK_STALE_MS = 120_000;

const rawText = {
  name: 'raw-text',
  setup(builder) {
    builder.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

async function fingerprint(file) {
  try {
    const info = await stat(path.resolve(root, file));
    return `${info.mtimeMs}:${info.size}`;
  } catch {
    return 'missing';
  }
}

/** True when a bundle is missing or any file it was built from has changed since. */
export async function isStale() {
  let recorded;
  try {
    recorded = JSON.parse(await readFile(inputsFile, 'utf8'));
    await Promise.all(recorded.outputs.map((output) => stat(output)));
  } catch {
    return true;
  }
  const entries = Object.entries(recorded.inputs);
  const current = await Promise.all(entries.map(([file]) => fingerprint(file)));
  return entries.some(([, print], i) => current[i] !== print);
}

/** Writes through a temporary file and a rename: readers never see a partial file. */
async function writeAtomically(file, contents, mode) {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, contents, { mode });
  await rename(temporary, file);
}

async function bundle() {
  const { build } = await import('esbuild');
  const version = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version;
  const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [rawText],
    logLevel: 'warning',
    // tesseract.js starts its worker from its own folder, so it is loaded from node_modules, not bundled;
    // face-api (1.3 MB, loaded on the first photo) and @napi-rs/canvas (native) likewise.
    external: ['tesseract.js', '@vladmandic/face-api', '@napi-rs/canvas'],
    write: false,
    metafile: true,
    // twitter-text is CommonJS; a require shim lets its core-js polyfills load inside the ESM bundle.
    banner: { js: requireShim },
  };
  const targets = [
    {
      ...common,
      entryPoints: ['rules/cli.ts'],
      outfile: cliBundle,
      define: { __CLEARPOST_VERSION__: JSON.stringify(version) },
      banner: { js: `#!/usr/bin/env node\n${requireShim}` },
    },
    { ...common, entryPoints: ['rules/index.ts'], outfile: path.join(distDir, 'engine.mjs') },
  ];
  const inputs = new Set(['package.json', 'scripts/build-cli.mjs']);
  const outputs = [];
  for (const options of targets) {
    const result = await build(options);
    // Plugin namespaces prefix their paths ("raw-text:/abs/pack.yaml"); the file is what matters.
    for (const input of Object.keys(result.metafile.inputs)) inputs.add(path.relative(root, path.resolve(root, input.replace(/^[\w-]+:/, ''))));
    for (const output of result.outputFiles) {
      await writeAtomically(output.path, output.contents, output.path === cliBundle ? 0o755 : 0o644);
      outputs.push(output.path);
    }
  }
  const prints = {};
  for (const input of [...inputs].sort()) prints[input] = await fingerprint(input);
  await writeAtomically(inputsFile, JSON.stringify({ outputs, inputs: prints }, null, 1), 0o644);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function withLock(run) {
  await mkdir(distDir, { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A build that crashed leaves its lock behind; an old lock is taken over.
      const age = await stat(lockDir).then((info) => Date.now() - info.mtimeMs, () => 0);
      if (age > LOCK_STALE_MS) await rm(lockDir, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  try {
    return await run();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/** Builds unless the bundles are up to date; returns the CLI bundle's path. */
export async function ensureBuilt() {
  if (await isStale()) {
    // Whoever held the lock may have just built what we need: check again once we hold it.
    await withLock(async () => {
      if (await isStale()) await bundle();
    });
  }
  return cliBundle;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv.includes('--if-stale')) await ensureBuilt();
  else await withLock(bundle);
  await chmod(cliBundle, 0o755);
}
