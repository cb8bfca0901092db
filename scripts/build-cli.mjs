// Bundles the CLI (rules/cli.ts) into one executable file, dist/clearpost.mjs, and the engine into
// dist/engine.mjs for scripts run outside Vite (bench). Pack YAML is imported with Vite's `?raw`
// suffix; the plugin below gives esbuild the same meaning.

import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [rawText],
  logLevel: 'warning',
  // tesseract.js starts its worker from its own folder, so it is loaded from node_modules, not bundled.
  external: ['tesseract.js'],
  // twitter-text is CommonJS; a require shim lets its core-js polyfills load inside the ESM bundle.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

const version = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version;

await build({
  ...common,
  entryPoints: [path.join(root, 'rules/cli.ts')],
  outfile: path.join(root, 'dist/clearpost.mjs'),
  define: { __CLEARPOST_VERSION__: JSON.stringify(version) },
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
await chmod(path.join(root, 'dist/clearpost.mjs'), 0o755);

await build({
  ...common,
  entryPoints: [path.join(root, 'rules/index.ts')],
  outfile: path.join(root, 'dist/engine.mjs'),
});
