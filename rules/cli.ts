// The `clearpost` command: the same engine as the extension, for admins testing rulesets and for
// batch evaluation. Exit codes: 0 no blocking finding, 1 blocking findings (or failing examples),
// 2 usage or ruleset error.

import { createReadStream, fstatSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, workerData } from 'node:worker_threads';
import { isBlocking } from './cli/batch-line';
import { runBatch, type BatchInput } from './cli/batch';
import { WORKER_ROLE, type RulesetSpec, type WorkerData } from './cli/pool';
import { Progress } from './cli/progress';
import { runScanArchive } from './cli/scan-archive';
import { ArchiveError } from './archive/source';
import { FormatError } from './archive/formats/types';
import { serveChecks } from './cli/worker';
import { createDefaultChecker, loadRuleset, testRuleset, type CompiledChecker, type ExampleResult } from './index';
import { rulesetJsonSchema } from './json-schema';
import { CHECK_IMAGE_USAGE, runCheckImage } from './image/cli-command';
import { PLATFORMS, type Finding, type Platform, type RulesetError, type Severity } from './types';

declare const __CLEARPOST_VERSION__: string | undefined;
const VERSION = typeof __CLEARPOST_VERSION__ === 'string' ? __CLEARPOST_VERSION__ : 'dev';

const HELP = `clearpost ${VERSION}: check social-media drafts against a healthcare organisation's ruleset.

Usage:
  clearpost check [FILE...] [--ruleset FILE] [--platform x|facebook|linkedin] [--format text|json]
      Check each FILE (or stdin when no FILE is given) and print findings like a linter:
      FILE:LINE:COL SEVERITY RULE MESSAGE
  clearpost check --jsonl [FILE...] [--ruleset FILE] [--jobs N]
      Batch mode: stream JSON Lines {"id", "text", "platform"} from each FILE (or stdin), write one
      line per input, in the same order: {"id", "findings": [...]}. A bad line gives
      {"id", "error"} and the run goes on (exit 2 at the end).
  clearpost scan-archive PATH [--out DIR] [--ruleset FILE] [--jobs N]
      Check every post in a platform's own export: an X archive (zip or folder with
      data/tweets.js), a Facebook "Download your information" export (JSON) or a LinkedIn
      export (Shares.csv). Writes DIR/report.html, findings.csv and report.json
      (default DIR: clearpost-report). Nothing leaves this computer.
${CHECK_IMAGE_USAGE}
  clearpost test RULESET
      Run every rule's own examples (packs included) and print pass/fail per rule.
  clearpost schema
      Print the ruleset JSON Schema (for editors: # yaml-language-server: $schema=...).

Options:
  --ruleset FILE   YAML or JSON ruleset (default: the embedded healthcare packs)
  --platform P     x, facebook or linkedin: platform limits and per-platform rules apply
  --format F       text (default) or json
  --out DIR        scan-archive: the report folder (default clearpost-report)
  --jobs N         check on N worker threads (--jsonl, scan-archive; default 1, auto = one per core)
  --progress       show progress on stderr even when it is not a terminal
  --quiet          never show progress (default when stderr is not a terminal)
  -h, --help       Show this help
  -v, --version    Show the version

Exit codes: 0 no blocking finding; 1 blocking findings (severity error, or warning when the
ruleset's gate.blockOn is warning) or failing examples; 2 usage or ruleset error, an unreadable
file or export, or a bad batch line.

Examples:
  echo "We guarantee a painless cure" | clearpost check --platform x
  clearpost check post.txt --ruleset riverside.yaml --format json
  clearpost scan-archive twitter-2024-05-01.zip --out audit-2024
  clearpost test riverside.yaml`;

class UsageError extends Error {}

export type Io = {
  /** Resolves once the text is accepted, so a batch never outruns a slow reader of stdout. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** stderr without a newline added: the progress line redraws itself with \r. */
  stderrRaw: (text: string) => void;
  stdin: AsyncIterable<Buffer | string>;
  stdinIsTty: boolean;
  /** Bytes on stdin when it is a regular file (`< posts.jsonl`), for time left. */
  stdinSize?: number;
  stderrIsTty: boolean;
};

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function formatLoadError(file: string, error: RulesetError): string {
  const where = error.line !== undefined ? `${file}:${error.line}:${error.column ?? 1}` : file;
  return `${where}: ${error.path ? `${error.path}: ` : ''}${error.message}`;
}

/** Loads the ruleset or prints every problem; returns undefined when it cannot be used. */
function loadChecker(rulesetPath: string | undefined, io: Io, enforceExamples = true): { checker: CompiledChecker; spec: RulesetSpec } | undefined {
  if (rulesetPath === undefined) return { checker: createDefaultChecker(), spec: undefined };
  const text = readText(rulesetPath);
  const loaded = loadRuleset(text, { filename: rulesetPath, enforceExamples });
  if (loaded.ok) return { checker: loaded.checker, spec: { text, filename: rulesetPath } };
  for (const error of loaded.errors) io.stderr(formatLoadError(rulesetPath, error));
  io.stderr(`${rulesetPath}: ruleset refused (${loaded.errors.length} problem${loaded.errors.length === 1 ? '' : 's'})`);
  return undefined;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === 'auto') return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, or auto (got ${JSON.stringify(value)})`);
  return jobs;
}

type ProgressChoice = { progress: boolean; quiet: boolean };

/** A progress display when stderr is a terminal (or --progress), never with --quiet. */
function progressFor(choice: ProgressChoice, io: Io, total: number | undefined): Progress | undefined {
  if (choice.quiet || !(choice.progress || io.stderrIsTty)) return undefined;
  return new Progress({ write: io.stderrRaw, terminal: io.stderrIsTty, total });
}

function parsePlatform(value: unknown): Platform | undefined {
  if (value === undefined) return undefined;
  if ((PLATFORMS as readonly unknown[]).includes(value)) return value as Platform;
  throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')} (got ${JSON.stringify(value)})`);
}

/** Maps UTF-16 offsets to 1-based line and column (in characters, as editors show them). */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    const lineStart = lineStarts[low] as number;
    return { line: low + 1, column: [...text.slice(lineStart, offset)].length + 1 };
  };
}

function summary(findings: Finding[]): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const n = findings.length;
  return `${n} problem${n === 1 ? '' : 's'} (${count('error')} error, ${count('warning')} warning, ${count('info')} info)`;
}

async function runCheck(files: string[], options: { ruleset?: string; platform?: Platform; format: string }, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format must be text or json (got ${JSON.stringify(options.format)})`);
  if (files.length === 0 && io.stdinIsTty) throw new UsageError('no FILE given and stdin is a terminal; pipe a draft in or name a file');
  const checker = loadChecker(options.ruleset, io)?.checker;
  if (!checker) return 2;
  const inputs = files.length === 0 ? [{ name: '<stdin>', text: await readAll(io.stdin) }] : files.map((name) => ({ name, text: readText(name) }));
  const results = inputs.map((input) => ({ ...input, findings: checker.check(input.text, { platform: options.platform }) }));
  const all = results.flatMap((result) => result.findings);
  if (options.format === 'json') {
    io.stdout(JSON.stringify(results.map(({ name, findings }) => ({ file: name, findings })), null, 2));
  } else {
    for (const { name, text, findings } of results) {
      const position = lineColumns(text);
      for (const finding of findings) {
        const { line, column } = position(finding.start);
        io.stdout(`${name}:${line}:${column} ${finding.severity} ${finding.ruleId} ${finding.message}`);
      }
    }
    if (all.length > 0) io.stdout(`\n${summary(all)}`);
  }
  return all.some((finding) => isBlocking(finding, checker.ruleset.gate.blockOn)) ? 1 : 0;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function runJsonl(files: string[], options: { ruleset?: string; jobs: number } & ProgressChoice, io: Io): Promise<number> {
  if (files.length === 0 && io.stdinIsTty) throw new UsageError('--jsonl reads JSON Lines from stdin or FILEs; stdin is a terminal');
  const sizes = files.map(fileSize);
  const loaded = loadChecker(options.ruleset, io);
  if (!loaded) return 2;
  const inputs: BatchInput[] =
    files.length === 0 ? [{ name: '', stream: io.stdin }] : files.map((name) => ({ name, stream: createReadStream(name) }));
  const total = files.length === 0 ? io.stdinSize : sizes.reduce((sum, size) => sum + size, 0);
  const progress = progressFor(options, io, total);
  const outcome = await runBatch(inputs, {
    checker: loaded.checker,
    ruleset: loaded.spec,
    jobs: options.jobs,
    workerScript: new URL(import.meta.url),
    write: io.stdout,
    problem: (text) => (progress ? progress.log(text) : io.stderr(text)),
    progress,
  });
  progress?.finish();
  return outcome.bad ? 2 : outcome.blocking ? 1 : 0;
}

function runTest(rulesetPath: string | undefined, io: Io): number {
  if (!rulesetPath) throw new UsageError('test needs a RULESET file');
  const checker = loadChecker(rulesetPath, io, false)?.checker;
  if (!checker) return 2;
  const results = testRuleset(checker);
  const byRule = new Map<string, ExampleResult[]>();
  for (const result of results) byRule.set(result.ruleId, [...(byRule.get(result.ruleId) ?? []), result]);
  let failed = 0;
  for (const compiled of checker.rules) {
    const own = byRule.get(compiled.rule.id) ?? [];
    const failures = own.filter((result) => !result.ok);
    failed += failures.length;
    io.stdout(`${failures.length === 0 ? 'pass' : 'FAIL'} ${compiled.rule.id} (${own.length} example${own.length === 1 ? '' : 's'})`);
    for (const failure of failures) {
      const platform = failure.platform ? ` [${failure.platform}]` : '';
      io.stdout(`  should ${failure.expect}${platform}: ${JSON.stringify(failure.text)}`);
      for (const finding of failure.findings) io.stdout(`    got ${finding.severity} ${finding.start}-${finding.end}: ${finding.message}`);
    }
  }
  io.stdout(`\n${results.length - failed}/${results.length} examples passed in ${checker.rules.length} rules`);
  return failed > 0 ? 1 : 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ruleset: { type: 'string' },
        platform: { type: 'string' },
        format: { type: 'string', default: 'text' },
        jsonl: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        progress: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        out: { type: 'string', default: 'clearpost-report' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') return (io.stdout(HELP), 0);
    if (values.version) return (io.stdout(VERSION), 0);
    switch (command) {
      case 'check':
        if (values.jsonl) {
          return await runJsonl(rest, { ruleset: values.ruleset, jobs: parseJobs(values.jobs), progress: values.progress, quiet: values.quiet }, io);
        }
        return await runCheck(rest, { ruleset: values.ruleset, platform: parsePlatform(values.platform), format: values.format }, io);
      case 'scan-archive': {
        if (rest.length !== 1) throw new UsageError('scan-archive takes one PATH: an export zip or the folder it was unpacked to');
        const loaded = loadChecker(values.ruleset, io);
        if (!loaded) return 2;
        const progress = progressFor({ progress: values.progress, quiet: values.quiet }, io, undefined);
        const options = { checker: loaded.checker, ruleset: loaded.spec, jobs: parseJobs(values.jobs), workerScript: new URL(import.meta.url), out: values.out, progress };
        return await runScanArchive(rest[0] as string, options, (text) => void io.stdout(text));
      }
      case 'check-image': {
        const loaded = loadChecker(values.ruleset, io);
        return loaded ? await runCheckImage(rest, { checker: loaded.checker, platform: parsePlatform(values.platform), format: values.format }, io) : 2;
      }
      case 'test':
        if (rest.length > 1) throw new UsageError('test takes one RULESET');
        return runTest(rest[0] ?? values.ruleset, io);
      case 'schema':
        return (io.stdout(JSON.stringify(rulesetJsonSchema(), null, 2)), 0);
      case undefined:
        throw new UsageError('missing command: check, scan-archive, test or schema');
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; expected check, scan-archive, test or schema`);
    }
  } catch (error) {
    if (error instanceof ArchiveError || error instanceof FormatError) {
      io.stderr(`clearpost: ${error.message}`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`clearpost: ${(error as Error).message}\nRun "clearpost --help" for usage.`);
      return 2;
    }
    io.stderr(`clearpost: internal error: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}

/** Runs the command line of this process: `clearpost ...`. */
export async function runAsProcess(): Promise<void> {
  // `clearpost check ... | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const stdinStat = process.stdin.isTTY ? undefined : fstatSync(0, { throwIfNoEntry: false });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => {
      if (process.stdout.write(`${text}\n`)) return;
      return new Promise((resolve) => process.stdout.once('drain', resolve));
    },
    stderr: (text) => process.stderr.write(`${text}\n`),
    stderrRaw: (text) => process.stderr.write(text),
    stdin: process.stdin,
    stdinIsTty: Boolean(process.stdin.isTTY),
    stdinSize: stdinStat?.isFile() ? stdinStat.size : undefined,
    stderrIsTty: Boolean(process.stderr.isTTY),
  });
}

const role = isMainThread ? undefined : (workerData as WorkerData | undefined)?.role;
if (role === WORKER_ROLE) serveChecks((workerData as WorkerData).ruleset);

const isEntryPoint = isMainThread && process.argv[1] !== undefined && /clearpost(\.mjs)?$|cli\.ts$/.test(process.argv[1]);
if (isEntryPoint) await runAsProcess();
