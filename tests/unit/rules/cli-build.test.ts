// `npm run clearpost` runs the built CLI and rebuilds only when a source changed; calls at the
// same time never see a half-written bundle. Uses a private dist folder (CLEARPOST_DIST).

import { mkdtempSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, spawnCollect } from './cli-helpers';

vi.setConfig({ testTimeout: 120_000 });

const dist = mkdtempSync(path.join(tmpdir(), 'clearpost-dist-'));
const bundle = path.join(dist, 'clearpost.mjs');

function runScript(args: string[], input: string) {
  return spawnCollect(process.execPath, [path.join(root, 'scripts/run-cli.mjs'), ...args], { cwd: root, env: { ...process.env, CLEARPOST_DIST: dist }, input });
}

const check = () => runScript(['check'], 'We guarantee a risk-free recovery.');

it('four calls at once on a missing build all answer correctly, and the folder holds only finished files', async () => {
  const results = await Promise.all([check(), check(), check(), check()]);
  for (const { code, stdout, stderr } of results) {
    expect(stderr).toBe('');
    expect(stdout).toContain('<stdin>:1:4 error tone/guarantee');
    expect(stdout).toContain('error tone/risk-free');
    expect(code).toBe(1);
  }
  expect(readdirSync(dist).sort()).toEqual(['.build-inputs.json', 'clearpost.mjs', 'engine.mjs']);
  expect(statSync(bundle).mode & 0o111).not.toBe(0);
});

it('does not rebuild when nothing changed, and rebuilds after a bundled source changes', async () => {
  const built = statSync(bundle).mtimeMs;
  expect((await check()).code).toBe(1);
  expect(statSync(bundle).mtimeMs).toBe(built);

  const source = path.join(root, 'rules/cli/progress.ts');
  const { atime, mtime } = statSync(source);
  utimesSync(source, atime, new Date(mtime.getTime() + 1000));
  const after = await check();
  expect(after.code).toBe(1);
  expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
});

it('passes arguments and exit codes through', async () => {
  const { code, stdout } = await runScript(['--version'], '');
  expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  expect(code).toBe(0);
  expect((await runScript(['check', '--bogus'], '')).code).toBe(2);
});
