// `npm run eval`: runs the embedded checker over the labelled corpus (tests/corpus) and prints
// block recall, false blocks, per-identifier recall, privacy precision and tone metrics against
// the targets. The numbers are a report, not a test: it exits 0 unless the corpus (or a post's
// org list) is malformed.
//
//   npm run eval                       each post checked with its jurisdiction's pack
//   npm run eval -- --pack healthcare  every post checked with the full default (US + UK)
//   npm run eval -- --failures         also list every miss (id, expected, got)
//   npm run eval -- --corpus DIR       evaluate another labelled corpus, e.g. the held-out
//                                      tests/corpus-holdout (never read unless named here)
//   npm run eval -- --blind DIR        a first-sight batch (or a folder of them) in the reviewer's
//                                      labels of tests/corpus-blind: posts blocked, wrongly
//                                      blocked, claims flagged, per-type span recall, wrong blocks by rule
import { register } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError, loadCorpus, type CorpusPost } from './eval/corpus.ts';
import { formatMisses, formatReport } from './eval/format.ts';
import { computeMetrics, type EvalResult } from './eval/metrics.ts';
import { computeBlindMetrics, loadBlindBatches, type BlindPost } from './eval/blind.ts';
import { formatBlindReport } from './eval/format-blind.ts';

register('./eval/raw-text-hooks.mjs', import.meta.url);
const { loadRuleset } = await import('../rules/index.ts');

const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const packFlag = args.indexOf('--pack');
const fixedPack = packFlag >= 0 ? args[packFlag + 1] : undefined;
const corpusFlag = args.indexOf('--corpus');
const blindFlag = args.indexOf('--blind');
const corpusDir = corpusFlag >= 0 ? resolve(args[corpusFlag + 1] ?? '') : fileURLToPath(new URL('../tests/corpus', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

// One checker per (pack, org) pair; most posts share the org-less one.
const checkers = new Map<string, ReturnType<typeof loadRuleset>>();
function checkerFor(post: { id: string; jurisdiction: string; org?: object }) {
  const pack = fixedPack ?? `healthcare-${post.jurisdiction}`;
  const key = `${pack}\n${JSON.stringify(post.org ?? null)}`;
  let loaded = checkers.get(key);
  if (!loaded) {
    loaded = loadRuleset(JSON.stringify({ name: `eval ${pack}`, extends: [pack], ...(post.org ? { org: post.org } : {}) }), { filename: post.id });
    checkers.set(key, loaded);
  }
  if (!loaded.ok) fail(`${post.id}: ruleset does not load: ${loaded.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return loaded.checker;
}

function runBlind(dir: string): void {
  let posts: BlindPost[];
  try {
    posts = loadBlindBatches(dir);
  } catch (error) {
    if (error instanceof CorpusError) fail(`malformed batch: ${error.message}`);
    throw error;
  }
  const results = posts.map((post) => ({ post, findings: checkerFor(post).check(post.text, { platform: post.platform }) }));
  const batches = [...new Set(posts.map((p) => p.batch))].join(', ');
  process.stdout.write(`Clearpost first-sight eval: ${posts.length} posts (${batches})\n\n${formatBlindReport(computeBlindMetrics(results), showFailures)}\n`);
}

if (blindFlag >= 0) {
  runBlind(resolve(args[blindFlag + 1] ?? ''));
  process.exit(0);
}

let posts: CorpusPost[];
try {
  posts = loadCorpus(corpusDir);
} catch (error) {
  if (error instanceof CorpusError) fail(`malformed corpus: ${error.message}`);
  throw error;
}

const results: EvalResult[] = posts.map((post) => ({ post, findings: checkerFor(post).check(post.text, { platform: post.platform }) }));
const metrics = computeMetrics(results);

const files = [...new Set(posts.map((p) => p.file))].map((f) => `${f} ${posts.filter((p) => p.file === f).length}`).join(', ');
const packs = fixedPack ?? 'healthcare-uk / healthcare-us by post id';
process.stdout.write(`Clearpost eval: ${posts.length} posts (${files}); packs: ${packs}\n\n${formatReport(metrics)}\n`);
if (showFailures) process.stdout.write(`\nMisses (${metrics.misses.length}):\n${formatMisses(metrics.misses)}\n`);
