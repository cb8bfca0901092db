// Each platform's export, as a folder and as a zip, through the real default ruleset.
// Fixture formats and their public descriptions: see fixtures.ts.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../../rules/archive/csv';
import { fixMojibake } from '../../../rules/archive/formats/facebook';
import { scanArchive } from '../../../rules/archive/scan';
import { createDefaultChecker } from '../../../rules/index';
import { facebookExportFiles, linkedinExportFiles, writeFolder, writeZip, xArchiveFiles, type Files } from './fixtures';

vi.setConfig({ testTimeout: 30_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'clearpost-archive-'));
});

const checker = () => createDefaultChecker();
const ruleIds = (post: { findings: { ruleId: string }[] }) => post.findings.map((finding) => finding.ruleId);

describe.each([
  ['folder', (name: string, files: Files) => writeFolder(path.join(dir, name), files)],
  ['zip', (name: string, files: Files) => writeZip(path.join(dir, `${name}.zip`), files)],
  // Zips made by hand or by other tools often put everything under one top folder.
  ['zip with a top folder', (name: string, files: Files) => writeZip(path.join(dir, `${name}-nested.zip`), Object.fromEntries(Object.entries(files).map(([file, text]) => [`${name}/${file}`, text])))],
])('as a %s', (_, make) => {
  it('reads an X archive: every tweet with its date, a link with the username, entities decoded', async () => {
    const result = await scanArchive(make('x', xArchiveFiles()), checker());
    expect(result.sources).toEqual([expect.objectContaining({ name: 'X archive', platform: 'x', posts: 4 })]);
    expect(result.postsChecked).toBe(4);
    expect(result.postsByYear).toEqual({ '2019': 1, '2020': 1, '2021': 1, '2023': 1 });
    const [knee, whitening] = result.flagged;
    expect(knee).toMatchObject({
      platform: 'x',
      id: '1200000000000000002',
      date: '2020-01-10T14:02:11.000Z',
      url: 'https://x.com/RiversideNHS/status/1200000000000000002',
      text: 'Q&A tonight: our new knee clinic GUARANTEES a painless recovery <3',
    });
    expect(ruleIds(knee!)).toEqual(expect.arrayContaining(['tone/guarantee', 'tone/painless']));
    const guarantee = knee!.findings.find((finding) => finding.ruleId === 'tone/guarantee')!;
    expect(knee!.text.slice(guarantee.start, guarantee.end)).toBe('GUARANTEES');
    expect(whitening?.date).toBe('2023-08-02T17:45:30.000Z');
    expect(ruleIds(whitening!)).toContain('tone/risk-free');
  });

  it('reads a Facebook export: post text re-read as UTF-8, dated, photo-only items skipped', async () => {
    const result = await scanArchive(make('facebook', facebookExportFiles()), checker());
    expect(result.sources).toEqual([expect.objectContaining({ name: 'Facebook export', platform: 'facebook', posts: 3 })]);
    expect(result.postsByYear).toEqual({ '2020': 2, '2023': 1 });
    const patient = result.flagged.find((post) => post.text.includes('Maria'));
    expect(patient).toMatchObject({ platform: 'facebook', date: '2020-10-01T10:30:00.000Z' });
    expect([patient?.id, patient?.url]).toEqual([undefined, undefined]);
    expect(ruleIds(patient!).some((id) => id.startsWith('privacy/'))).toBe(true);
    const laser = result.flagged.find((post) => post.text.startsWith('Painless'));
    expect(laser?.text).toBe('Painless laser eye surgery — 20% off this week only!');
  });

  it('reads a LinkedIn export: multi-line quoted commentary, date, link to the post, empty shares skipped', async () => {
    const result = await scanArchive(make('linkedin', linkedinExportFiles()), checker());
    expect(result.sources).toEqual([expect.objectContaining({ name: 'LinkedIn export', platform: 'linkedin', posts: 2 })]);
    expect(result.postsByYear).toEqual({ '2018': 1, '2022': 1 });
    expect(result.flagged).toEqual([
      expect.objectContaining({
        text: 'Proud of our "100% success rate" in IVF, the best in the region',
        date: '2022-03-08T12:30:45.000Z',
        id: 'urn:li:activity:6910000000000000002',
        url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6910000000000000002',
      }),
    ]);
  });
});

describe('detection and bad exports', () => {
  it('a folder holding all three exports is scanned as one report', async () => {
    const root = writeFolder(path.join(dir, 'all'), { ...xArchiveFiles(), ...facebookExportFiles(), ...linkedinExportFiles() });
    const result = await scanArchive(root, checker());
    expect(result.sources.map((source) => source.name)).toEqual(['X archive', 'Facebook export', 'LinkedIn export']);
    expect(result.postsChecked).toBe(9);
    expect(result.flagged.map((post) => post.date)).toEqual([...result.flagged.map((post) => post.date)].sort());
  });

  it('an export of something else is refused with what was looked for', async () => {
    const root = writeFolder(path.join(dir, 'other'), { 'notes.txt': 'hello' });
    await expect(scanArchive(root, checker())).rejects.toThrow(/no X archive \(data\/tweets\.js\), Facebook export \(your_posts_1\.json\) or LinkedIn export \(Shares\.csv\) found/);
  });

  it('a broken tweets.js names the file', async () => {
    const root = writeFolder(path.join(dir, 'broken-x'), { 'data/tweets.js': 'window.YTD.tweets.part0 = [ { "tweet": ' });
    await expect(scanArchive(root, checker())).rejects.toThrow(/data\/tweets\.js: not valid JSON after the window\.YTD prefix/);
  });

  it('a file that is not a zip, and a truncated zip, are refused clearly', async () => {
    const text = path.join(dir, 'archive.zip.txt');
    writeFileSync(text, 'plain text');
    await expect(scanArchive(text, checker())).rejects.toThrow(/neither a folder nor a zip file/);
    const zip = writeZip(path.join(dir, 'whole.zip'), xArchiveFiles());
    const truncated = path.join(dir, 'truncated.zip');
    writeFileSync(truncated, readFileSync(zip).subarray(0, 200));
    await expect(scanArchive(truncated, checker())).rejects.toThrow(/not a readable zip/);
    await expect(scanArchive(path.join(dir, 'missing.zip'), checker())).rejects.toThrow(/cannot read .*missing\.zip: ENOENT/);
  });
});

describe('text decoding', () => {
  it.each([
    ['Caf\u00c3\u00a9', 'Café'],
    ['\u00e2\u0098\u0095 coffee', '☕ coffee'],
    ['already right: Café ☕', 'already right: Café ☕'],
    ['plain ascii', 'plain ascii'],
    // Genuine Latin-1 that is not valid UTF-8 as bytes stays as it is.
    ['na\u00efve', 'na\u00efve'],
  ])('fixMojibake(%j) = %j', (input, expected) => {
    expect(fixMojibake(input)).toBe(expected);
  });

  it('parses RFC 4180 CSV: BOM, quoted commas, doubled quotes, CRLF and line breaks in fields', () => {
    expect(parseCsv('\ufeffa,b,c\r\n"x, y","say ""hi""","line 1\nline 2"\r\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line 1\nline 2'],
      ['1', '', '3'],
    ]);
  });
});
