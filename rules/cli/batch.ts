// `check --jsonl`: streams JSON Lines from stdin or files through the checker and writes one
// line per input, in input order. Memory is bounded: the reader is pulled only as fast as
// results are written, and at most a few chunks are in flight per worker.

import type { CompiledChecker } from '../compile';
import { checkBatchLine, type LineResult } from './batch-line';
import { readLines, type InputLine } from './lines';
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
  const outcome: BatchOutcome = { bad: false, blocking: false };
  const emit = async (result: LineResult | undefined) => {
    if (!result) return;
    if (result.problem !== undefined) {
      outcome.bad = true;
      options.problem(result.problem);
    }
    outcome.blocking ||= result.blocking;
    await options.write(result.output);
  };
  if (options.jobs <= 1) {
    for (const input of inputs) {
      for await (const line of readLines(input.stream)) {
        await emit(checkBatchLine(options.checker, line, input.name));
        options.progress?.advance(1, line.bytes);
      }
    }
    return outcome;
  }
  const pool = new CheckPool(options.jobs, options.workerScript, options.ruleset);
  const inFlight: { results: Promise<ChunkResults>; bytes: number; lines: number }[] = [];
  const writeOldest = async () => {
    const oldest = inFlight.shift();
    if (!oldest) return;
    for (const result of await oldest.results) await emit(result);
    options.progress?.advance(oldest.lines, oldest.bytes);
  };
  try {
    for (const input of inputs) {
      let lines: InputLine[] = [];
      let bytes = 0;
      const send = async () => {
        if (lines.length === 0) return;
        inFlight.push({ results: pool.run({ source: input.name, lines }), bytes, lines: lines.length });
        lines = [];
        bytes = 0;
        if (inFlight.length >= options.jobs * CHUNKS_IN_FLIGHT_PER_JOB) await writeOldest();
      };
      for await (const line of markStalls(readLines(input.stream))) {
        if (line === STALL) {
          // The producer is slow: answer everything read so far rather than sit on it.
          await send();
          while (inFlight.length > 0) await writeOldest();
          continue;
        }
        lines.push(line);
        bytes += line.bytes;
        if (lines.length >= CHUNK_LINES) await send();
      }
      await send();
    }
    while (inFlight.length > 0) await writeOldest();
  } finally {
    await pool.close();
  }
  return outcome;
}
