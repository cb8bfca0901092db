// Data the build writes into the extension package for the content script (wxt.config.ts).
/** The embedded default ruleset as data (scripts/embedded-ruleset.ts; read in embedded-default.ts). */
export const EMBEDDED_RULESET_FILE = 'embedded-ruleset.json';
