import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { OCR_ASSET_DIR, OCR_ASSETS } from './entrypoints/offscreen/assets';
import { CONTENT_MATCHES } from './entrypoints/content/matches';
import { BUNDLE_ALIASES } from './scripts/bundle-aliases';
import { embeddedRulesetJson } from './scripts/embedded-ruleset';
import { EMBEDDED_RULESET_FILE } from './entrypoints/content/packaged-files';

/** Read by the content script from the package (web-accessible): modules loaded when first needed, and data. */
const CONTENT_PACKAGED = ['composer-ui.js', 'photo-checks.js', EMBEDDED_RULESET_FILE];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep the engine and extension code readable outside WXT (CLI, tests).
  imports: false,
  // Terser: a few per cent smaller than esbuild's minifier, which keeps the content script inside its
  // DESIGN budget (<= 350 KB).
  // unsafe_arrows/unsafe_methods: function expressions that never use `this` become arrows (~5 KB of
  // the content script); constructors use `this`, so they are left alone. pure_getters: no code here
  // reads a property only for a getter's side effect.
  vite: () => ({
    resolve: { alias: BUNDLE_ALIASES },
    build: {
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 2, ecma: 2020, unsafe_arrows: true, unsafe_methods: true, pure_getters: true }, format: { ecma: 2020 } },
    },
  }),
  // Photo checks (issue 11): the OCR worker, core and English model are packaged, never downloaded.
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      const resolve = createRequire(import.meta.url).resolve;
      for (const [source, name] of OCR_ASSETS) files.push({ absoluteSrc: resolve(source), relativeDest: `${OCR_ASSET_DIR}/${name}` });
      // The default ruleset as data, so a fresh install's first tab checks at once (issue 9).
      files.push({ contents: await embeddedRulesetJson(), relativeDest: EMBEDDED_RULESET_FILE });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Clearpost',
    description:
      "Checks your organisation's social-media drafts for patient identifiers, risky claims and brand slips before you post.",
    // storage: ruleset and audit log; alarms: scheduled refresh of an admin-configured ruleset URL;
    // scripting: put the gate back into tabs already open when the extension is installed or updated;
    // webRequest: sees each redirect hop of the ruleset URL fetch (fetch hides them), only reported on
    // hosts the extension may access; offscreen (Chromium): the photo reader.
    permissions: ['storage', 'alarms', 'scripting', 'webRequest', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // What the content script reads from the package: the composer UI (when a composer appears),
    // photo checks (issue 11, when a photo is attached), the embedded default ruleset as data.
    web_accessible_resources:
      browser === 'firefox'
        ? [...CONTENT_PACKAGED]
        : [{ resources: [...CONTENT_PACKAGED], matches: [...CONTENT_MATCHES], use_dynamic_url: true }],
    // The content scripts' hosts: one list (entrypoints/content/matches.ts) for both.
    host_permissions: [...CONTENT_MATCHES],
    // An admin-configured ruleset URL: access to its host is requested in the options page when the
    // admin enters it (MV2 Firefox lists host patterns under optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    storage: { managed_schema: 'managed_schema.json' },
    // The offscreen photo reader compiles the OCR engine's WebAssembly (issue 11); nothing else is allowed.
    ...(browser === 'firefox' ? {} : { content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'clearpost@clearpost.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
