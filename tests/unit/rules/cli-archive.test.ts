// `clearpost scan-archive` as a compliance officer runs it: the real bundle on exports written in
// each platform's layout (fixtures.ts cites the public descriptions).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../../rules/archive/csv';
import { facebookExportFiles, linkedinExportFiles, writeFolder, writeZip, xArchiveFiles } from '../archive/fixtures';
import { cli, prepareCli } from './cli-helpers';

vi.setConfig({ testTimeout: 30_000 });

let dir: string;

beforeAll(() => {
  dir = prepareCli('clearpost-scan-');
}, 60_000);

const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

it('scans an X archive zip and writes report.html, findings.csv and report.json', () => {
  const zip = writeZip(path.join(dir, 'twitter-2024.zip'), xArchiveFiles());
  const { code, stdout, stderr } = run(['scan-archive', zip, '--out', 'audit']);
  expect(stderr).toBe('');
  expect(stdout).toContain('X archive: 4 posts (data/tweets.js)');
  expect(stdout).toMatch(/Checked 4 posts from 2019 to 2023: 2 with findings \(\d+ error, \d+ warning, \d+ info\)\./);
  expect(stdout).toContain(`Report: ${path.join('audit', 'report.html')}`);
  expect(readdirSync(path.join(dir, 'audit')).sort()).toEqual(['findings.csv', 'report.html', 'report.json']);
  const report = JSON.parse(readFileSync(path.join(dir, 'audit/report.json'), 'utf8'));
  expect(report).toMatchObject({ archive: zip, postsChecked: 4, summary: { years: expect.any(Array), rules: expect.any(Array) } });
  expect(report.flagged[0].url).toBe('https://x.com/RiversideNHS/status/1200000000000000002');
  const csv = parseCsv(readFileSync(path.join(dir, 'audit/findings.csv'), 'utf8'));
  expect(csv.slice(1).map((row) => row[5])).toEqual(expect.arrayContaining(['tone/guarantee', 'tone/risk-free']));
  const html = readFileSync(path.join(dir, 'audit/report.html'), 'utf8');
  expect(html).toContain('<mark>GUARANTEES</mark>');
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(code).toBe(1);
});

it('scans a Facebook export folder and a LinkedIn export folder', () => {
  const facebook = run(['scan-archive', writeFolder(path.join(dir, 'facebook'), facebookExportFiles()), '--out', 'fb']);
  expect(facebook.stdout).toContain('Facebook export: 3 posts (your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json)');
  expect(readFileSync(path.join(dir, 'fb/report.html'), 'utf8')).toContain('laser eye surgery — <mark>20% off this week</mark> only!');
  expect(facebook.code).toBe(1);
  const linkedin = run(['scan-archive', writeFolder(path.join(dir, 'linkedin'), linkedinExportFiles()), '--out', 'li']);
  expect(linkedin.stdout).toContain('LinkedIn export: 2 posts (Shares.csv)');
  expect(linkedin.stdout).toMatch(/Checked 2 posts from 2018 to 2022: 1 with findings/);
});

it('--jobs 2 checks on worker threads and reports exactly the same findings', () => {
  const exports = writeFolder(path.join(dir, 'all-three'), { ...xArchiveFiles(), ...facebookExportFiles(), ...linkedinExportFiles() });
  const one = run(['scan-archive', exports, '--out', 'one']);
  const two = run(['scan-archive', exports, '--out', 'two', '--jobs', '2']);
  expect(two.stdout.replace(/two/g, 'one')).toBe(one.stdout);
  const report = (name: string) => {
    const { generatedAt, ...rest } = JSON.parse(readFileSync(path.join(dir, name, 'report.json'), 'utf8'));
    return { generatedAt: typeof generatedAt, ...rest };
  };
  expect(report('two')).toEqual(report('one'));
  expect(report('one').flagged.length).toBe(5);
  expect(two.code).toBe(1);
});

it('--progress reports posts checked out of the archive total on stderr; stdout keeps the summary', () => {
  const { stdout, stderr } = run(['scan-archive', writeFolder(path.join(dir, 'x-progress'), xArchiveFiles()), '--out', 'progress', '--progress']);
  expect(stderr).toMatch(/^clearpost: 4 posts · [\d,]+\/s · \[#{20}\] 100% · 0:\d\d elapsed$/m);
  expect(stdout).not.toContain('clearpost:');
});

it('exits 0 when nothing blocks', () => {
  const clean = writeFolder(path.join(dir, 'clean'), xArchiveFiles([{ tweet: { id_str: '5', created_at: 'Tue Mar 05 09:15:00 +0000 2019', full_text: 'Flu jabs this week.' } }] as never));
  const { code, stdout } = run(['scan-archive', clean, '--out', 'clean-report']);
  expect(stdout).toContain('Checked 1 post from 2019: 0 with findings (0 error, 0 warning, 0 info).');
  expect(readFileSync(path.join(dir, 'clean-report/report.html'), 'utf8')).toContain('No findings.');
  expect(code).toBe(0);
});

it.each([
  [['scan-archive'], /scan-archive takes one PATH/],
  [['scan-archive', 'nope.zip'], /clearpost: cannot read nope\.zip: ENOENT/],
  [['scan-archive', 'empty'], /no X archive \(data\/tweets\.js\), Facebook export \(your_posts_1\.json\) or LinkedIn export \(Shares\.csv\) found/],
])('%j is refused with exit 2', (args, message) => {
  mkdirSync(path.join(dir, 'empty'), { recursive: true });
  const { code, stderr } = run(args);
  expect(stderr).toMatch(message);
  expect(code).toBe(2);
});
