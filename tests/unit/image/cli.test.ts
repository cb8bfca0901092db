// `clearpost check-image` as an admin runs it: the real bundle, real files, real OCR and face detection.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderScene, sceneByFile } from '../../../scripts/image-fixtures/scenes';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/clearpost.mjs');
let dir: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  dir = mkdtempSync(path.join(tmpdir(), 'clearpost-image-cli-'));
  for (const name of ['whiteboard-bed4.png', 'poster-0.png', 'corridor-gps.jpg', 'team-photo-0.png']) writeFileSync(path.join(dir, name), renderScene(sceneByFile(name)));
}, 60_000);

describe('clearpost check-image', () => {
  it('prints JSON findings with word boxes and exits 1 when a photo holds the post', () => {
    const { code, stdout } = run(['check-image', 'whiteboard-bed4.png', 'poster-0.png', '--format', 'json']);
    const results = JSON.parse(stdout) as { file: string; text: string; findings: { ruleId: string; severity: string; boxes: unknown[] }[] }[];
    expect(results.map((result) => result.file)).toEqual(['whiteboard-bed4.png', 'poster-0.png']);
    const name = results[0]!.findings.find((finding) => finding.ruleId === 'privacy/patient-name');
    expect(name!.boxes).toHaveLength(2);
    expect(results[1]!.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(code).toBe(1);
  }, 120_000);

  it('warns about location in text output and exits 0 for a clean photo with GPS', () => {
    const { code, stdout } = run(['check-image', 'corridor-gps.jpg']);
    expect(stdout).toMatch(/^corridor-gps\.jpg: warning image\/location .*remove the location/m);
    expect(code).toBe(0);
  }, 60_000);

  it('reminds about consent for the faces in a team photo, boxed, as a warning (exit 0)', () => {
    const { code, stdout, stderr } = run(['check-image', 'team-photo-0.png', '--format', 'json']);
    const [result] = JSON.parse(stdout) as { findings: { ruleId: string; severity: string; boxes: unknown[] }[] }[];
    expect(result!.findings).toEqual([expect.objectContaining({ ruleId: 'image/face', severity: 'warning', boxes: [expect.any(Object), expect.any(Object)] })]);
    // TensorFlow.js's advice to install its Node backend stays out of an admin's terminal.
    expect(stderr).not.toContain('TensorFlow');
    expect(code).toBe(0);
  }, 60_000);

  it('exits 2 and says which file it could not read', () => {
    const { code, stderr } = run(['check-image', 'missing.png']);
    expect(stderr).toContain('cannot check missing.png: ENOENT');
    expect(code).toBe(2);
  }, 60_000);

  it('exits 2 without files', () => {
    expect(run(['check-image']).code).toBe(2);
  });
});
