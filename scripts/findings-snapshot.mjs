// Writes the built CLI's `check --jsonl` output for every post in tests/corpus and
// tests/corpus-blind, so a speed change can be checked for byte-identical findings:
//   node scripts/findings-snapshot.mjs OUT.jsonl [CLI OPTIONS]   (after node scripts/build-cli.mjs)
// CLI options are passed on (e.g. --jobs 2, whose output must be the same byte for byte).
// Each post is checked on all three platforms; ids are prefixed with their file so posts from
// different sets never collide.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/findings-snapshot.mjs OUT.jsonl [CLI OPTIONS]');
const cliOptions = process.argv.slice(3);

const files = [
  ...readdirSync(path.join(root, 'tests/corpus')).filter((name) => name.endsWith('.jsonl')).map((name) => `tests/corpus/${name}`),
  ...readdirSync(path.join(root, 'tests/corpus-blind')).map((batch) => `tests/corpus-blind/${batch}/posts.jsonl`),
];
const input = files.flatMap((file) =>
  readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line, i) => {
      const post = JSON.parse(line);
      // Every post on every platform: platform-specific rules are guarded too.
      return ['x', 'facebook', 'linkedin'].map((platform) =>
        JSON.stringify({ id: `${file}:${post.id ?? i}@${platform}`, text: post.text, platform }),
      );
    }),
);
let output;
try {
  output = execFileSync(process.execPath, [path.join(root, 'dist/clearpost.mjs'), 'check', '--jsonl', '--quiet', ...cliOptions], {
    input: `${input.join('\n')}\n`,
    maxBuffer: 1 << 30,
  });
} catch (error) {
  // Exit 1 only says that some post has a blocking finding.
  if (error.status !== 1) throw error;
  output = error.stdout;
}
writeFileSync(out, output);
console.log(`${input.length} posts from ${files.length} files -> ${out}`);
