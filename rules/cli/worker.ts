// The body of a --jobs worker thread: build the checker, then answer chunks until terminated.

import { parentPort } from 'node:worker_threads';
import { createDefaultChecker, loadRuleset, type CompiledChecker } from '../index';
import { checkBatchLine } from './batch-line';
import type { Chunk, ChunkResults, RulesetSpec } from './pool';
import { gateBuiltInPatterns } from '../text/regex-gate';

function checkerFor(ruleset: RulesetSpec): CompiledChecker {
  if (!ruleset) return createDefaultChecker();
  const loaded = loadRuleset(ruleset.text, { filename: ruleset.filename });
  // The main thread loaded the same text first and stopped if it was refused.
  if (!loaded.ok) throw new Error(`${ruleset.filename}: ruleset refused in worker`);
  return loaded.checker;
}

export function serveChecks(ruleset: RulesetSpec): void {
  gateBuiltInPatterns();
  const checker = checkerFor(ruleset);
  parentPort?.on('message', (chunk: Chunk) => {
    const results: ChunkResults = chunk.lines.map((line) => checkBatchLine(checker, line, chunk.source));
    parentPort?.postMessage(results);
  });
}
