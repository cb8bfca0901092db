// Runs once before the e2e files: the extension must be built (`npm run build`; built here only if
// missing) and the replica bundles fresh.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, REPO_ROOT } from './harness';
import { buildReplicas } from './replicas/build';

export default async function setup(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    // Vitest sets NODE_ENV=test, which would make Vite emit the dev JSX runtime calls (jsxDEV)
    // against React's production runtime: a broken content script. Build as `npm run build` does.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: REPO_ROOT, stdio: 'inherit', env });
  }
  await buildReplicas();
}
