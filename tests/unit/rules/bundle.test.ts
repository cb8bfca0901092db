// The content script can run rulesets without loading them: rules/compile.ts must stay free of the
// loader's dependencies (zod, yaml, redos-detector: ~270 KB minified), so a ruleset loaded elsewhere
// (background, options) can be passed as plain data and compiled in the page.

import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

async function bundledPackages(entry: string): Promise<{ packages: Set<string>; inputs: string[] }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
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

describe('bundle boundaries', () => {
  it('rules/compile.ts (run-only engine) does not pull in the loader', async () => {
    const { packages } = await bundledPackages('rules/compile.ts');
    for (const loaderOnly of ['zod', 'yaml', 'redos-detector']) expect(packages).not.toContain(loaderOnly);
    expect(packages).toContain('twitter-text');
  }, 60_000);

  it('twitter-text is imported through its narrow parseTweet entry, not the whole package', async () => {
    const { inputs } = await bundledPackages('rules/kinds/length.ts');
    const twitterText = inputs.filter((input) => input.includes('node_modules/twitter-text/'));
    expect(twitterText.some((input) => input.endsWith('/parseTweet.js'))).toBe(true);
    // The package index would bring autolinking, extraction of mentions and cashtags, validation...
    expect(twitterText.filter((input) => /\/(index|autoLink\w*|extractMentions\w*|isValid\w*)\.js$/.test(input))).toEqual([]);
  }, 60_000);
});
