// Bundle boundaries behind the DESIGN budget (content script <= 350 KB minified). The loader (zod,
// yaml, redos-detector: ~270 KB minified, plus ~75 KB of pack YAML) runs in the background only:
// rules/compile.ts must stay free of it, and the content script receives rulesets as plain data
// (entrypoints/content/ruleset.ts) and compiles them.

import { build, type BuildOptions, type Plugin } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import configs from 'twitter-text/dist/configs.js';
import parseTweet from 'twitter-text/dist/parseTweet.js';
import { BUNDLE_ALIASES } from '../../../scripts/bundle-aliases';

const root = path.resolve(__dirname, '../../..');

/** Vite's `?raw` imports (the packs' YAML), so entries that reach the packs still bundle and show them. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(builder) {
    builder.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw-text' }));
    builder.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** The aliases wxt.config.ts gives Vite, so these bundles are the extension's. */
const bundleAliases: Plugin = {
  name: 'bundle-aliases',
  setup(builder) {
    for (const { find, replacement } of BUNDLE_ALIASES) {
      builder.onResolve({ filter: find }, (args) => {
        const target = args.path.replace(find, replacement);
        return path.isAbsolute(target) ? { path: target } : builder.resolve(target, { kind: args.kind, resolveDir: args.resolveDir });
      });
    }
  },
};

const extensionBuild = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  jsx: 'automatic',
  plugins: [rawText, bundleAliases],
  write: false,
  metafile: true,
  logLevel: 'silent',
} satisfies BuildOptions;

async function bundledPackages(entry: string): Promise<{ packages: Set<string>; inputs: string[] }> {
  const result = await build({ ...extensionBuild, entryPoints: [path.join(root, entry)] });
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
    // The composer UI is a module of the package loaded when a composer appears (ui/module.ts).
    for (const uiOnly of ['react', 'react-dom', 'dompurify']) expect(packages).not.toContain(uiOnly);
  }, 60_000);

  it('the composer UI module carries React and DOMPurify, and not the engine', async () => {
    const { packages, inputs } = await bundledPackages('entrypoints/composer-ui.ts');
    for (const uiPackage of ['react-dom', 'dompurify']) expect(packages).toContain(uiPackage);
    expect(inputs.filter((input) => /^rules\/(compile|check)\.ts$/.test(input))).toEqual([]);
  }, 60_000);

  it('twitter-text is imported through its narrow parseTweet entry, not the whole package', async () => {
    const { inputs } = await bundledPackages('rules/kinds/length.ts');
    const twitterText = inputs.filter((input) => input.includes('node_modules/twitter-text/'));
    expect(twitterText.some((input) => input.endsWith('/parseTweet.js'))).toBe(true);
    // The package index would bring autolinking, extraction of mentions and cashtags, validation...
    expect(twitterText.filter((input) => /\/(index|autoLink\w*|extractMentions\w*|isValid\w*)\.js$/.test(input))).toEqual([]);
  }, 60_000);

  it("twitter-text's ES module build, which bundles use, counts exactly like the CommonJS build Node uses", async () => {
    const result = await build({
      ...extensionBuild,
      stdin: {
        contents: "export { default as parseTweet } from 'twitter-text/dist/parseTweet.js'; export { default as configs } from 'twitter-text/dist/configs.js';",
        resolveDir: root,
      },
    });
    expect(Object.keys(result.metafile.inputs)).toContain('node_modules/twitter-text/dist/esm/parseTweet.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'clearpost-bundle-'));
    try {
      const file = path.join(dir, 'twitter-text.mjs');
      await writeFile(file, result.outputFiles[0]!.contents);
      const bundled = (await import(pathToFileURL(file).href)) as { parseTweet: typeof parseTweet; configs: typeof configs };
      const texts = ['Hello', 'Read example.com/page and https://nhs.uk now', 'Tea 🍵👩🏽‍⚕️ time', '日本語のテキスト', 'x'.repeat(300)];
      for (const text of texts) expect(bundled.parseTweet(text, bundled.configs.version3)).toEqual(parseTweet(text, configs.version3));
      expect(bundled.parseTweet('x'.repeat(300), bundled.configs.version3).valid).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
