// Reads every post of an export (X, Facebook, LinkedIn, detected by their files) and checks it with
// its platform. Only flagged posts are kept with their text; the rest are counted.

import type { CompiledChecker } from '../compile';
import type { Finding, Platform } from '../types';
import { facebookExport } from './formats/facebook';
import { linkedinExport } from './formats/linkedin';
import type { ArchiveFormat, ArchivePost } from './formats/types';
import { xArchive } from './formats/x';
import { ArchiveError, openArchive } from './source';

export const FORMATS: ArchiveFormat[] = [xArchive, facebookExport, linkedinExport];

export type FlaggedPost = ArchivePost & { findings: Finding[] };

export type ScanResult = {
  archive: string;
  ruleset: string;
  blockOn: CompiledChecker['ruleset']['gate']['blockOn'];
  /** Which formats were found, with the files read. */
  sources: { name: string; platform: Platform; files: string[]; posts: number }[];
  /** Posts checked per year ("undated" when the export gives no date). */
  postsByYear: Record<string, number>;
  postsChecked: number;
  flagged: FlaggedPost[];
};

export type ScanProgress = { total(posts: number): void; advance(posts: number): void };

/** Checks posts (in this thread or on workers); answers their findings in the same order. */
export type PostChecker = (posts: ArchivePost[], progress?: ScanProgress) => Promise<Finding[][]>;

export const checkInThisThread =
  (checker: CompiledChecker): PostChecker =>
  async (posts, progress) =>
    posts.map((post) => {
      const findings = checker.check(post.text, { platform: post.platform });
      progress?.advance(1);
      return findings;
    });

export const yearOf = (post: { date?: string }): string => post.date?.slice(0, 4) ?? 'undated';

export async function scanArchive(
  location: string,
  checker: CompiledChecker,
  options: { progress?: ScanProgress; check?: PostChecker } = {},
): Promise<ScanResult> {
  const { progress, check = checkInThisThread(checker) } = options;
  const source = await openArchive(location);
  try {
    const found = FORMATS.map((format) => ({ format, files: format.find(source.files) })).filter(({ files }) => files.length > 0);
    if (found.length === 0) {
      throw new ArchiveError(
        `${location}: no X archive (data/tweets.js), Facebook export (your_posts_1.json) or LinkedIn export (Shares.csv) found`,
      );
    }
    const batches = [];
    for (const { format, files } of found) batches.push({ format, files, posts: await format.read(source, files) });
    progress?.total(batches.reduce((sum, batch) => sum + batch.posts.length, 0));
    const result: ScanResult = {
      archive: location,
      ruleset: checker.ruleset.name,
      blockOn: checker.ruleset.gate.blockOn,
      sources: [],
      postsByYear: {},
      postsChecked: 0,
      flagged: [],
    };
    for (const { format, files, posts } of batches) {
      result.sources.push({ name: format.name, platform: format.platform, files, posts: posts.length });
      const findingsOf = await check(posts, progress);
      posts.forEach((post, index) => {
        const findings = findingsOf[index] ?? [];
        result.postsChecked += 1;
        result.postsByYear[yearOf(post)] = (result.postsByYear[yearOf(post)] ?? 0) + 1;
        if (findings.length > 0) result.flagged.push({ ...post, findings });
      });
    }
    result.flagged.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    return result;
  } finally {
    await source.close();
  }
}
