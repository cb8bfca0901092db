// twitter-text 3 is compiled for ES5 and imports core-js 2 polyfills for their side effects only
// (~20 KB minified in the content script). Every browser Clearpost supports (Chrome 120+, Firefox
// 128+) has those features natively, so the extension's bundles resolve them to an empty module.
import { fileURLToPath } from 'node:url';

/** The whole specifier, so an alias replaces all of it. */
export const POLYFILL_IMPORT = /^core-js\/modules\/.+$/;

export const EMPTY_MODULE = fileURLToPath(new URL('./empty-module.js', import.meta.url));
