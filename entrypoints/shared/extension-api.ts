// The extension API object, resolved the way wxt/browser resolves it (Firefox `browser`, else
// `chrome`). Modules that React component tests import use this instead of importing 'wxt/browser':
// WXT's test mock for that module pulls its build tooling (esbuild) into jsdom, where it fails to
// load. In tests, WXT's Vitest plugin stubs these globals with its fake browser.

import type { WxtBrowser } from 'wxt/browser';

type ExtensionGlobals = { browser?: WxtBrowser; chrome?: WxtBrowser };

export function extensionApi(): WxtBrowser {
  const globals = globalThis as ExtensionGlobals;
  const api = globals.browser?.runtime?.id ? globals.browser : globals.chrome;
  if (!api) throw new Error('extension APIs are not available in this context');
  return api;
}
