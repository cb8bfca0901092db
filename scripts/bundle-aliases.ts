// Module aliases for the extension's bundles (wxt.config.ts; tests/unit/rules/bundle.test.ts applies
// the same list to esbuild). Both exist for the DESIGN budget: content script <= 350 KB minified.
// The CLI and Node scripts keep the packages' defaults.
import { fileURLToPath } from 'node:url';

export type BundleAlias = {
  /** Matches the whole specifier, so the replacement replaces all of it. */
  find: RegExp;
  replacement: string;
};

export const BUNDLE_ALIASES: BundleAlias[] = [
  // twitter-text 3 is compiled for ES5 and imports core-js 2 polyfills for their side effects only
  // (~20 KB minified). Chrome 120+ and Firefox 128+ have all of those features natively.
  { find: /^core-js\/modules\/.+$/, replacement: fileURLToPath(new URL('./empty-module.js', import.meta.url)) },
  // The same twitter-text modules from the package's own ES module build: ~10 KB less than its
  // CommonJS build (no interop helpers, tree-shakable). Node cannot load that build (the package
  // is not "type": "module"), so only bundles use it.
  { find: /^twitter-text\/dist\/(parseTweet|configs)\.js$/, replacement: 'twitter-text/dist/esm/$1.js' },
];
