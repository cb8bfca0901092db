// `npm run bench`, batch section: posts per second and peak memory of the built CLI (the full
// embedded ruleset) on a 100,000-post JSONL file and on an X archive zip, each on one thread and
// with --jobs 2. Startup and ruleset compilation are included: this is what a user waits for. Peak
// memory is the process's max RSS (GNU time), worker threads included. On a shared machine wall
// time depends on the load, so CPU time (user + system, all threads) is reported too.
// BENCH_POSTS=N for a quicker run.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip, xArchiveFiles } from '../tests/unit/archive/fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/clearpost.mjs');
const POSTS = Number(process.env.BENCH_POSTS ?? 100_000);
const ARCHIVE_POSTS = Math.min(POSTS, 20_000);

type Corpus = { text: string; platform: 'x' | 'facebook' | 'linkedin' }[];

/** The labelled corpus (real-looking hospital posts, about a third of them flagged), cycled. */
function corpus(): Corpus {
  return ['claims', 'hard-negatives', 'identifiers', 'neutral'].flatMap((name) =>
    readFileSync(path.join(root, 'tests/corpus', `${name}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Corpus[number]),
  );
}

/** Runs the CLI under GNU time; returns wall and CPU seconds and peak RSS in MB. */
function measure(args: string[]): { seconds: number; cpuSeconds: number; peakMb: number } {
  const stats = path.join(dir, 'time.txt');
  try {
    execFileSync('/usr/bin/time', ['-o', stats, '-f', '%e %U %S %M', process.execPath, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    // Exit 1 means blocking findings were found, which the corpus has; anything else is a failure.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  const [seconds, user, system, kilobytes] = readFileSync(stats, 'utf8').trim().split(/\s+/).slice(-4).map(Number) as [number, number, number, number];
  return { seconds, cpuSeconds: user + system, peakMb: kilobytes / 1024 };
}

const dir = mkdtempSync(path.join(tmpdir(), 'clearpost-bench-'));
try {
  const posts = corpus();
  const jsonl = (count: number) => {
    const file = path.join(dir, `posts-${count}.jsonl`);
    const lines = Array.from({ length: count }, (_, i) => {
      const post = posts[i % posts.length] as Corpus[number];
      return JSON.stringify({ id: `p${i}`, text: post.text, platform: post.platform });
    });
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const big = jsonl(POSTS);
  const quarter = jsonl(Math.round(POSTS / 4));
  const tweets = Array.from({ length: ARCHIVE_POSTS }, (_, i) => ({
    tweet: { id_str: String(1e18 + i), created_at: new Date(Date.UTC(2015, 0, 1) + i * 3_600_000 * 7).toUTCString().replace(/GMT$/, '+0000'), full_text: (posts[i % posts.length] as Corpus[number]).text.slice(0, 280) },
  }));
  const archive = writeZip(path.join(dir, 'twitter-archive.zip'), xArchiveFiles(tweets as never));

  const rows = [
    { name: `check --jsonl, ${POSTS.toLocaleString('en-GB')} posts`, posts: POSTS, ...measure(['check', '--jsonl', '--quiet', big]) },
    { name: `check --jsonl --jobs 2, ${POSTS.toLocaleString('en-GB')} posts`, posts: POSTS, ...measure(['check', '--jsonl', '--quiet', '--jobs', '2', big]) },
    { name: `check --jsonl, ${Math.round(POSTS / 4).toLocaleString('en-GB')} posts (memory vs size)`, posts: Math.round(POSTS / 4), ...measure(['check', '--jsonl', '--quiet', quarter]) },
    { name: `scan-archive, X zip of ${ARCHIVE_POSTS.toLocaleString('en-GB')} tweets`, posts: ARCHIVE_POSTS, ...measure(['scan-archive', '--quiet', archive, '--out', path.join(dir, 'report')]) },
    { name: `scan-archive --jobs 2, X zip of ${ARCHIVE_POSTS.toLocaleString('en-GB')} tweets`, posts: ARCHIVE_POSTS, ...measure(['scan-archive', '--quiet', '--jobs', '2', archive, '--out', path.join(dir, 'report')]) },
  ];
  const load = loadavg().map((value) => value.toFixed(1)).join(', ');
  console.log(`\nBatch CLI bench (dist/clearpost.mjs, embedded default ruleset, ${posts.length} corpus posts cycled; times include startup and compile; load average ${load})\n`);
  console.log('| case | wall | posts/s (wall) | CPU | posts per CPU-second | peak RSS | target >= 2,000 posts/s |');
  console.log('|---|---|---|---|---|---|---|');
  const count = (n: number) => Math.round(n).toLocaleString('en-GB');
  for (const row of rows) {
    const rate = row.posts / row.seconds;
    console.log(
      `| ${row.name} | ${row.seconds.toFixed(1)} s | ${count(rate)} | ${row.cpuSeconds.toFixed(1)} s | ${count(row.posts / row.cpuSeconds)} | ${row.peakMb.toFixed(0)} MB | ${rate >= 2000 ? 'PASS' : 'UNDER'} |`,
    );
  }
  console.log('');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
