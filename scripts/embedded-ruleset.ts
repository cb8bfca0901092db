// The embedded default ruleset as packaged data (/embedded-ruleset.json), written at build time
// (wxt.config.ts) from the same engine the CLI runs. A content script on a fresh install checks with
// it at once, instead of waiting ~1 s for the background to parse and validate the packs' YAML; the
// background's stored ruleset replaces it as soon as it arrives (entrypoints/content/ruleset.ts).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AMBIGUOUS_NAME_DATA, GIVEN_NAME_DATA } from '../rules/people/name-data';
import type { PackagedDefault } from '../entrypoints/content/embedded-default';

export async function embeddedRulesetJson(): Promise<string> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // dist/engine.mjs: the engine with the packs' YAML, rebuilt only if a source changed.
  const { ensureBuilt, distDir } = (await import(pathToFileURL(path.join(root, 'scripts/build-cli.mjs')).href)) as {
    ensureBuilt(): Promise<string>;
    distDir: string;
  };
  await ensureBuilt();
  const engine = (await import(pathToFileURL(path.join(distDir, 'engine.mjs')).href)) as typeof import('../rules/index');
  const data: PackagedDefault = { ruleset: engine.defaultRuleset(), names: { given: GIVEN_NAME_DATA, ambiguous: AMBIGUOUS_NAME_DATA } };
  return JSON.stringify(data);
}
