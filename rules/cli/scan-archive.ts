// `clearpost scan-archive PATH`: check everything an account already posted, from the platform's
// own export, and write the report (HTML, CSV, JSON) to a local folder.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderCsv } from '../archive/report/csv';
import { renderHtml } from '../archive/report/html';
import { summarise } from '../archive/report/summary';
import type { ArchivePost } from '../archive/formats/types';
import { scanArchive, type PostChecker } from '../archive/scan';
import type { CompiledChecker } from '../compile';
import type { Finding } from '../types';
import { isBlocking } from './batch-line';
import { CheckPool, type RulesetSpec } from './pool';
import type { Progress } from './progress';
import { gateBuiltInPatterns } from '../text/regex-gate';

export const REPORT_FILES = { html: 'report.html', csv: 'findings.csv', json: 'report.json' } as const;

const CHUNK_POSTS = 128;

/** Posts go to the workers as batch lines, so both commands share one worker protocol. */
function checkOnPool(pool: CheckPool): PostChecker {
  return async (posts, progress) => {
    const chunks: Promise<Finding[][]>[] = [];
    for (let first = 0; first < posts.length; first += CHUNK_POSTS) {
      const lines = posts.slice(first, first + CHUNK_POSTS).map((post: ArchivePost, offset) => ({
        number: first + offset + 1,
        text: JSON.stringify({ id: first + offset, text: post.text, platform: post.platform }),
        bytes: 0,
      }));
      chunks.push(
        pool.run({ source: '', lines }).then((results) => {
          progress?.advance(lines.length);
          return results.map((result) => (JSON.parse(result?.output ?? '{}') as { findings?: Finding[] }).findings ?? []);
        }),
      );
    }
    return (await Promise.all(chunks)).flat();
  };
}

const number = (n: number) => n.toLocaleString('en-GB');
const posts = (n: number) => `${number(n)} post${n === 1 ? '' : 's'}`;

export async function runScanArchive(
  location: string,
  options: { checker: CompiledChecker; ruleset: RulesetSpec; jobs: number; workerScript: URL; out: string; progress?: Progress },
  print: (text: string) => void,
): Promise<number> {
  const { checker, progress } = options;
  gateBuiltInPatterns();
  const pool = options.jobs > 1 ? new CheckPool(options.jobs, options.workerScript, options.ruleset) : undefined;
  let result;
  try {
    result = await scanArchive(location, checker, {
      progress: progress && { total: (posts) => progress.setTotal(posts), advance: (posts) => progress.advance(posts) },
      check: pool && checkOnPool(pool),
    });
  } finally {
    await pool?.close();
  }
  progress?.finish();
  const summary = summarise(result);
  const generatedAt = new Date().toISOString();
  await mkdir(options.out, { recursive: true });
  const files = {
    html: path.join(options.out, REPORT_FILES.html),
    csv: path.join(options.out, REPORT_FILES.csv),
    json: path.join(options.out, REPORT_FILES.json),
  };
  await writeFile(files.html, renderHtml(result, summary, generatedAt));
  await writeFile(files.csv, renderCsv(result));
  await writeFile(files.json, `${JSON.stringify({ generatedAt, ...result, summary }, null, 2)}\n`);

  for (const source of result.sources) print(`${source.name}: ${posts(source.posts)} (${source.files.join(', ')})`);
  const years = summary.years.map((row) => row.year).filter((year) => year !== 'undated');
  const [first, last] = [years[0], years[years.length - 1]];
  const span = first === undefined ? '' : first === last ? ` from ${first}` : ` from ${first} to ${last}`;
  const { error, warning, info } = summary.severities;
  print(`Checked ${posts(result.postsChecked)}${span}: ${number(result.flagged.length)} with findings (${number(error)} error, ${number(warning)} warning, ${number(info)} info).`);
  print(`Report: ${files.html}\n        ${files.csv}\n        ${files.json}`);
  const blocking = result.flagged.some((post) => post.findings.some((finding) => isBlocking(finding, checker.ruleset.gate.blockOn)));
  return blocking ? 1 : 0;
}
