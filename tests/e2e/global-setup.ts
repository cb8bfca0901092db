// Runs once before the e2e files: the extension must be built for Chromium and Firefox (`npm run
// build`, `npm run build:firefox`; built here only if missing) and the replica bundles fresh.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR } from './firefox-harness';
import { EXTENSION_DIR, REPO_ROOT } from './harness';
import { buildReplicas } from './replicas/build';

export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite emit the dev JSX runtime calls (jsxDEV)
  // against React's production runtime: a broken content script. Build as `npm run build` does.
  const env = { ...process.env, NODE_ENV: 'production' };
  const wxt = join(REPO_ROOT, 'node_modules', '.bin', 'wxt');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync(wxt, ['build'], { cwd: REPO_ROOT, stdio: 'inherit', env });
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    execFileSync(wxt, ['build', '-b', 'firefox'], { cwd: REPO_ROOT, stdio: 'inherit', env });
  }
  await buildReplicas();
}
