// The `clearpost` command: the same engine as the extension, for admins testing rulesets and for
// batch evaluation. Exit codes: 0 no blocking finding, 1 blocking findings (or failing examples),
// 2 usage or ruleset error.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
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
  clearpost check --jsonl [--ruleset FILE]
      Batch mode: read JSON Lines {"id", "text", "platform"} on stdin, write one line per input,
      in the same order: {"id", "findings": [...]}. A bad line gives {"id", "error"} (exit 2).
${CHECK_IMAGE_USAGE}
  clearpost test RULESET
      Run every rule's own examples (packs included) and print pass/fail per rule.
  clearpost schema
      Print the ruleset JSON Schema (for editors: # yaml-language-server: $schema=...).

Options:
  --ruleset FILE   YAML or JSON ruleset (default: the embedded healthcare packs)
  --platform P     x, facebook or linkedin: platform limits and per-platform rules apply
  --format F       text (default) or json
  -h, --help       Show this help
  -v, --version    Show the version

Exit codes: 0 no blocking finding; 1 blocking findings (severity error, or warning when the
ruleset's gate.blockOn is warning) or failing examples; 2 usage or ruleset error.

Examples:
  echo "We guarantee a painless cure" | clearpost check --platform x
  clearpost check post.txt --ruleset riverside.yaml --format json
  clearpost test riverside.yaml`;

class UsageError extends Error {}

type Io = { stdout: (text: string) => void; stderr: (text: string) => void; readStdin: () => string; stdinIsTty: boolean };

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
function loadChecker(rulesetPath: string | undefined, io: Io, enforceExamples = true): CompiledChecker | undefined {
  if (rulesetPath === undefined) return createDefaultChecker();
  const loaded = loadRuleset(readText(rulesetPath), { filename: rulesetPath, enforceExamples });
  if (loaded.ok) return loaded.checker;
  for (const error of loaded.errors) io.stderr(formatLoadError(rulesetPath, error));
  io.stderr(`${rulesetPath}: ruleset refused (${loaded.errors.length} problem${loaded.errors.length === 1 ? '' : 's'})`);
  return undefined;
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

function isBlocking(finding: Finding, blockOn: Severity): boolean {
  return finding.severity === 'error' || (blockOn === 'warning' && finding.severity === 'warning');
}

function summary(findings: Finding[]): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const n = findings.length;
  return `${n} problem${n === 1 ? '' : 's'} (${count('error')} error, ${count('warning')} warning, ${count('info')} info)`;
}

function runCheck(files: string[], options: { ruleset?: string; platform?: Platform; format: string }, io: Io): number {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format must be text or json (got ${JSON.stringify(options.format)})`);
  if (files.length === 0 && io.stdinIsTty) throw new UsageError('no FILE given and stdin is a terminal; pipe a draft in or name a file');
  const checker = loadChecker(options.ruleset, io);
  if (!checker) return 2;
  const inputs = files.length === 0 ? [{ name: '<stdin>', text: io.readStdin() }] : files.map((name) => ({ name, text: readText(name) }));
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

type BatchLine = { id: unknown; text: string; platform?: Platform };

/** A batch line that cannot be checked; keeps the id when there is one so outputs stay aligned. */
class BadLine extends Error {
  constructor(
    message: string,
    readonly id: unknown = null,
  ) {
    super(message);
  }
}

function parseBatchLine(line: string): BatchLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BadLine('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadLine('expected an object {"id", "text", "platform"}');
  const { id = null, text, platform } = value as Record<string, unknown>;
  if (typeof text !== 'string') throw new BadLine('"text" must be a string', id);
  if (platform !== undefined && platform !== null && !(PLATFORMS as readonly unknown[]).includes(platform)) {
    throw new BadLine(`"platform" must be one of ${PLATFORMS.join(', ')}`, id);
  }
  return { id, text, platform: (platform ?? undefined) as Platform | undefined };
}

function runBatch(options: { ruleset?: string }, io: Io): number {
  const checker = loadChecker(options.ruleset, io);
  if (!checker) return 2;
  const lines = io.readStdin().split(/\r?\n/);
  let bad = false;
  let blocking = false;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const item = parseBatchLine(line);
      const findings = checker.check(item.text, { platform: item.platform });
      blocking ||= findings.some((finding) => isBlocking(finding, checker.ruleset.gate.blockOn));
      io.stdout(JSON.stringify({ id: item.id, findings }));
    } catch (error) {
      if (!(error instanceof BadLine)) throw error;
      bad = true;
      io.stderr(`<stdin>:${index + 1}: ${error.message}`);
      io.stdout(JSON.stringify({ id: error.id, error: `line ${index + 1}: ${error.message}` }));
    }
  });
  return bad ? 2 : blocking ? 1 : 0;
}

function runTest(rulesetPath: string | undefined, io: Io): number {
  if (!rulesetPath) throw new UsageError('test needs a RULESET file');
  const checker = loadChecker(rulesetPath, io, false);
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

export function main(argv: string[], io: Io): number | Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ruleset: { type: 'string' },
        platform: { type: 'string' },
        format: { type: 'string', default: 'text' },
        jsonl: { type: 'boolean', default: false },
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
          if (rest.length > 0) throw new UsageError('--jsonl reads stdin; do not name files');
          return runBatch({ ruleset: values.ruleset }, io);
        }
        return runCheck(rest, { ruleset: values.ruleset, platform: parsePlatform(values.platform), format: values.format }, io);
      case 'check-image': {
        const checker = loadChecker(values.ruleset, io);
        return checker ? runCheckImage(rest, { checker, platform: parsePlatform(values.platform), format: values.format }, io) : 2;
      }
      case 'test':
        if (rest.length > 1) throw new UsageError('test takes one RULESET');
        return runTest(rest[0] ?? values.ruleset, io);
      case 'schema':
        return (io.stdout(JSON.stringify(rulesetJsonSchema(), null, 2)), 0);
      case undefined:
        throw new UsageError('missing command: check, test or schema');
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; expected check, test or schema`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`clearpost: ${(error as Error).message}\nRun "clearpost --help" for usage.`);
      return 2;
    }
    io.stderr(`clearpost: internal error: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}

const isEntryPoint = typeof process !== 'undefined' && process.argv[1] !== undefined && /clearpost(\.mjs)?$|cli\.ts$/.test(process.argv[1]);
if (isEntryPoint) {
  // `clearpost check ... | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readStdin: () => readFileSync(0, 'utf8'),
    stdinIsTty: Boolean(process.stdin.isTTY),
  });
  // check-image is asynchronous (OCR); the other commands answer at once.
  void Promise.resolve(exitCode).then((code) => (process.exitCode = code));
}
