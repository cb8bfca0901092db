// `check --jsonl`: streams JSON Lines from stdin or files through the checker and writes one
// line per input, in input order. Memory is bounded: the reader is pulled only as fast as
// results are written, and at most a few chunks are in flight per worker.

import type { CompiledChecker } from '../compile';
import { gateBuiltInPatterns } from '../text/regex-gate';
import { checkBatchLine, type LineResult } from './batch-line';
import { readLineBatches, type InputLine } from './lines';
import { CheckPool, type ChunkResults, type RulesetSpec } from './pool';
import type { Progress } from './progress';

export type BatchInput = {
  /** '' for stdin, else the file name (used in error lines). */
  name: string;
  stream: AsyncIterable<Buffer | string>;
};

export type BatchOptions = {
  checker: CompiledChecker;
  ruleset: RulesetSpec;
  jobs: number;
  workerScript: URL;
  write: (line: string) => void | Promise<void>;
  problem: (text: string) => void;
  progress?: Progress;
};

export type BatchOutcome = { bad: boolean; blocking: boolean };

const CHUNK_LINES = 128;
const CHUNKS_IN_FLIGHT_PER_JOB = 4;
const STALL = Symbol('stall');

/**
 * Yields STALL whenever the next item is not ready at once, so a batch can be sent to the workers
 * instead of waiting on a slow producer with lines in hand.
 */
async function* markStalls<T>(source: AsyncIterable<T>): AsyncGenerator<T | typeof STALL> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    const next = iterator.next();
    const first = await Promise.race([next, new Promise<typeof STALL>((resolve) => setImmediate(resolve, STALL))]);
    if (first === STALL) yield STALL;
    const result = first === STALL ? await next : first;
    if (result.done) return;
    yield result.value;
  }
}

export async function runBatch(inputs: BatchInput[], options: BatchOptions): Promise<BatchOutcome> {
  gateBuiltInPatterns();
  const outcome: BatchOutcome = { bad: false, blocking: false };
  // The answers to everything read so far go out in one write: one system call per input chunk
  // rather than one per post. Nothing waits for more input with answers in hand.
  const emit = async (results: readonly (LineResult | undefined)[]) => {
    const outputs: string[] = [];
    for (const result of results) {
      if (!result) continue;
      if (result.problem !== undefined) {
        outcome.bad = true;
        options.problem(result.problem);
      }
      outcome.blocking ||= result.blocking;
      outputs.push(result.output);
    }
    if (outputs.length > 0) await options.write(outputs.join('\n'));
  };
  const bytesOf = (lines: readonly InputLine[]) => lines.reduce((total, line) => total + line.bytes, 0);
  if (options.jobs <= 1) {
    for (const input of inputs) {
      for await (const lines of readLineBatches(input.stream)) {
        await emit(lines.map((line) => checkBatchLine(options.checker, line, input.name)));
        options.progress?.advance(lines.length, bytesOf(lines));
      }
    }
    return outcome;
  }
  const pool = new CheckPool(options.jobs, options.workerScript, options.ruleset);
  const inFlight: { results: Promise<ChunkResults>; bytes: number; lines: number }[] = [];
  const writeOldest = async () => {
    const oldest = inFlight.shift();
    if (!oldest) return;
    await emit(await oldest.results);
    options.progress?.advance(oldest.lines, oldest.bytes);
  };
  try {
    for (const input of inputs) {
      for await (const batch of markStalls(readLineBatches(input.stream))) {
        if (batch === STALL) {
          // The producer is slow: answer everything read so far rather than sit on it.
          while (inFlight.length > 0) await writeOldest();
          continue;
        }
        for (let first = 0; first < batch.length; first += CHUNK_LINES) {
          const lines = batch.slice(first, first + CHUNK_LINES);
          inFlight.push({ results: pool.run({ source: input.name, lines }), bytes: bytesOf(lines), lines: lines.length });
          if (inFlight.length >= options.jobs * CHUNKS_IN_FLIGHT_PER_JOB) await writeOldest();
        }
      }
    }
    while (inFlight.length > 0) await writeOldest();
  } finally {
    await pool.close();
  }
  return outcome;
}
