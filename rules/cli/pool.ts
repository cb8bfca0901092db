// --jobs N: worker threads that each compile the ruleset once and check chunks of lines. The main
// thread only reads, dispatches and writes, so it never waits on the engine.

import { Worker } from 'node:worker_threads';
import type { LineResult } from './batch-line';
import type { InputLine } from './lines';

/** What a worker needs to build the same checker as the main thread. */
export type RulesetSpec = { text: string; filename: string } | undefined;

export type Chunk = { source: string; lines: InputLine[] };
export type ChunkResults = (LineResult | undefined)[];

export const WORKER_ROLE = 'clearpost-check-worker';
export type WorkerData = { role: typeof WORKER_ROLE; ruleset: RulesetSpec };

type Pending = { chunk: Chunk; resolve: (results: ChunkResults) => void; reject: (error: Error) => void };

export class CheckPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private failure: Error | undefined;

  constructor(size: number, script: URL, ruleset: RulesetSpec) {
    const workerData: WorkerData = { role: WORKER_ROLE, ruleset };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData });
      worker.on('message', (results: ChunkResults) => this.settle(worker, results));
      worker.on('error', (error: Error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`check worker exited with code ${code}`));
      });
      this.idle.push(worker);
    }
  }

  run(chunk: Chunk): Promise<ChunkResults> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ chunk, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const pending = this.queue.shift() as Pending;
      this.busy.set(worker, pending);
      worker.postMessage(pending.chunk);
    }
  }

  private settle(worker: Worker, results: ChunkResults): void {
    this.busy.get(worker)?.resolve(results);
    this.busy.delete(worker);
    this.idle.push(worker);
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of [...this.busy.values(), ...this.queue.splice(0)]) pending.reject(error);
    this.busy.clear();
  }
}
