// Bundle boundaries behind the DESIGN budget (content script <= 350 KB minified). The loader (zod,
// yaml, redos-detector: ~270 KB minified, plus ~75 KB of pack YAML) runs in the background only:
// rules/compile.ts must stay free of it, and the content script receives rulesets as plain data
// (entrypoints/content/ruleset.ts) and compiles them.

import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EMPTY_MODULE, POLYFILL_IMPORT } from '../../../scripts/no-polyfills';

const root = path.resolve(__dirname, '../../..');

/** Vite's `?raw` imports (the packs' YAML), so entries that reach the packs still bundle and show them. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(builder) {
    builder.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw-text' }));
    builder.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** The alias wxt.config.ts gives Vite. */
const noPolyfills: Plugin = {
  name: 'no-polyfills',
  setup(builder) {
    builder.onResolve({ filter: POLYFILL_IMPORT }, () => ({ path: EMPTY_MODULE }));
  },
};

async function bundledPackages(entry: string): Promise<{ packages: Set<string>; inputs: string[] }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    plugins: [rawText, noPolyfills],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const packages = new Set(
    Object.keys(result.metafile.inputs)
      .map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  return { packages, inputs: Object.keys(result.metafile.inputs) };
}

const LOADER_PACKAGES = ['zod', 'yaml', 'redos-detector'];

describe('bundle boundaries', () => {
  it('rules/compile.ts (run-only engine) does not pull in the loader', async () => {
    const { packages } = await bundledPackages('rules/compile.ts');
    for (const loaderOnly of LOADER_PACKAGES) expect(packages).not.toContain(loaderOnly);
    expect(packages).toContain('twitter-text');
  }, 60_000);

  it('the content script compiles rulesets but never loads them: no loader, no pack YAML, no polyfills', async () => {
    const { packages, inputs } = await bundledPackages('entrypoints/content/index.ts');
    for (const loaderOnly of LOADER_PACKAGES) expect(packages).not.toContain(loaderOnly);
    expect(packages).not.toContain('core-js');
    const own = inputs.filter((input) => !input.includes('node_modules/'));
    expect(own.filter((input) => /rules\/(packs\/|load\.ts$|index\.ts$|schema\.ts$)/.test(input))).toEqual([]);
    // It does run the engine (so an empty bundle cannot pass).
    expect(own).toContain('rules/compile.ts');
    expect(packages).toContain('react-dom');
  }, 60_000);

  it('twitter-text is imported through its narrow parseTweet entry, not the whole package', async () => {
    const { inputs } = await bundledPackages('rules/kinds/length.ts');
    const twitterText = inputs.filter((input) => input.includes('node_modules/twitter-text/'));
    expect(twitterText.some((input) => input.endsWith('/parseTweet.js'))).toBe(true);
    // The package index would bring autolinking, extraction of mentions and cashtags, validation...
    expect(twitterText.filter((input) => /\/(index|autoLink\w*|extractMentions\w*|isValid\w*)\.js$/.test(input))).toEqual([]);
  }, 60_000);
});
