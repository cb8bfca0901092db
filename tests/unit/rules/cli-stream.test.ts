// Batch mode as a pipeline stage: slow producers, files, bad lines mid-stream, worker threads and
// progress. Spawns the real bundle, as a shell pipeline would.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, prepareCli, spawnCollect, type Run } from './cli-helpers';

vi.setConfig({ testTimeout: 30_000 });

let dir: string;

beforeAll(() => {
  dir = prepareCli('clearpost-stream-');
}, 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `{ cat piece0; sleep; cat piece1; ... } | clearpost ARGS`: a real shell pipe whose writer pauses,
 * as in `slow-producer | clearpost`. (A pipe from Node's spawn is a socket and hides the defect.)
 */
function runSlowly(args: string[], pieces: string[], pauseMs: number): Promise<Run> {
  const files = pieces.map((piece, i) => {
    const file = path.join(dir, `piece-${process.hrtime.bigint()}-${i}`);
    writeFileSync(file, piece);
    return file;
  });
  const writer = files.map((file) => `sleep ${pauseMs / 1000}; cat '${file}'`).join('; ');
  const command = `{ ${writer}; } | '${process.execPath}' '${cli}' ${args.map((arg) => `'${arg}'`).join(' ')}`;
  return spawnCollect('sh', ['-c', command], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
}

const post = (i: number) => JSON.stringify({ id: `p${i}`, text: i % 3 === 0 ? `Post ${i}: risk-free whitening` : `Post ${i}: flu clinic open today`, platform: 'x' });
const jsonl = (count: number) => Array.from({ length: count }, (_, i) => post(i)).join('\n') + '\n';

function parsedLines(stdout: string): { id: unknown; findings?: { ruleId: string }[]; error?: string }[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('a slow writer on stdin (the EAGAIN defect)', () => {
  it('check --jsonl waits for every line, even split mid-line across pauses', async () => {
    // More than a pipe buffer (64 KiB) per piece, so the reader drains the pipe while the writer is
    // still going: a non-blocking synchronous read then finds it empty (EAGAIN) instead of waiting.
    const count = 3000;
    const input = jsonl(count);
    const third = Math.floor(input.length / 3) + 7;
    const pieces = [input.slice(0, third), input.slice(third, 2 * third), input.slice(2 * third)];
    expect(third).toBeGreaterThan(64 * 1024);
    const { code, stdout, stderr } = await runSlowly(['check', '--jsonl'], pieces, 500);
    expect(stderr).toBe('');
    const lines = parsedLines(stdout);
    expect(lines.map((line) => line.id)).toEqual(Array.from({ length: count }, (_, i) => `p${i}`));
    expect(lines[3]?.findings?.map((finding) => finding.ruleId)).toContain('tone/risk-free');
    expect(lines[4]?.findings).toEqual([]);
    expect(code).toBe(1);
  }, 60_000);

  it('check with a draft on stdin waits for the writer to finish', async () => {
    const { code, stdout } = await runSlowly(['check', '--platform', 'x'], ['Great news!\n', 'We GUARANTEE a ', 'painless recovery.'], 300);
    expect(stdout).toContain('<stdin>:2:4 error tone/guarantee');
    expect(stdout).toContain('<stdin>:2:16 warning tone/painless');
    expect(code).toBe(1);
  });

  it('answers each line while the producer is still writing, not only at the end', async () => {
    const child = spawn(process.execPath, [cli, 'check', '--jsonl', '--jobs', '2'], { cwd: dir });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stdin.write(`${post(0)}\n`);
    // Nothing else is written until the first answer arrives: a CLI that buffered to the end would hang here.
    while (!stdout.includes('\n')) await sleep(50);
    expect(JSON.parse(stdout.trim())).toMatchObject({ id: 'p0' });
    child.stdin.end(`${post(1)}\n`);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(parsedLines(stdout).map((line) => line.id)).toEqual(['p0', 'p1']);
    expect(code).toBe(1);
  }, 30_000);
});

describe('streaming batches', () => {
  it('--jobs 2 gives byte-for-byte the same output as one thread, in input order', async () => {
    const input = jsonl(700) + '{"id":"broken", "text": \n' + jsonl(5);
    const one = spawnSync(process.execPath, [cli, 'check', '--jsonl'], { input, encoding: 'utf8', cwd: dir });
    const two = await runSlowly(['check', '--jsonl', '--jobs', '2'], [input.slice(0, 30_000), input.slice(30_000)], 100);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n')).toHaveLength(706);
    expect(two.code).toBe(2);
    expect(one.status).toBe(2);
  }, 30_000);

  it('a malformed line mid-stream gives an error line with the id it could read, and the run goes on', () => {
    const input = [post(0), '{"id":"p1","text":"unterminated', '{"id": 17, "text": ["not", "text"]}', '[1,2]', post(4)].join('\n');
    const { status, stdout, stderr } = spawnSync(process.execPath, [cli, 'check', '--jsonl'], { input, encoding: 'utf8', cwd: dir });
    expect(parsedLines(stdout)).toEqual([
      { id: 'p0', findings: expect.any(Array) },
      { id: 'p1', error: 'line 2: not valid JSON' },
      { id: 17, error: 'line 3: "text" must be a string' },
      { id: null, error: 'line 4: expected an object {"id", "text", "platform"}' },
      { id: 'p4', findings: expect.any(Array) },
    ]);
    expect(stderr.trim().split('\n')).toEqual(['<stdin>:2: not valid JSON', '<stdin>:3: "text" must be a string', '<stdin>:4: expected an object {"id", "text", "platform"}']);
    expect(status).toBe(2);
  });

  it('reads FILEs as streams, one after another, and names the file in errors', () => {
    const first = path.join(dir, 'first.jsonl');
    const second = path.join(dir, 'second.jsonl');
    writeFileSync(first, jsonl(3));
    writeFileSync(second, `${post(9)}\r\nnot json\r\n`);
    const { status, stdout, stderr } = spawnSync(process.execPath, [cli, 'check', '--jsonl', first, second], { encoding: 'utf8', cwd: dir });
    expect(parsedLines(stdout).map((line) => line.id)).toEqual(['p0', 'p1', 'p2', 'p9', null]);
    expect(parsedLines(stdout)[4]).toEqual({ id: null, error: `${second} line 2: not valid JSON` });
    expect(stderr).toBe(`${second}:2: not valid JSON\n`);
    expect(status).toBe(2);
  });

  it('a missing FILE is a usage error before anything is written', () => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [cli, 'check', '--jsonl', 'nope.jsonl'], { encoding: 'utf8', cwd: dir });
    expect(stderr).toMatch(/cannot read nope\.jsonl: ENOENT/);
    expect(stdout).toBe('');
    expect(status).toBe(2);
  });

  it('a line over 16 MiB (no newline in sight) is reported, not held, and the next line is checked', () => {
    const input = `${post(0)}\n{"id":"huge","text":"${'a'.repeat(17 * 1024 * 1024)}"}\n${post(2)}\n`;
    const { status, stdout } = spawnSync(process.execPath, [cli, 'check', '--jsonl'], { input, encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    expect(parsedLines(stdout)).toEqual([
      { id: 'p0', findings: expect.any(Array) },
      { id: null, error: 'line 2: line too long (over 16 MiB); is the input JSON Lines?' },
      { id: 'p2', findings: expect.any(Array) },
    ]);
    expect(status).toBe(2);
  }, 30_000);

  it.each([['0'], ['two'], ['65']])('--jobs %s is a usage error', (jobs) => {
    const { status, stderr } = spawnSync(process.execPath, [cli, 'check', '--jsonl', '--jobs', jobs], { input: '', encoding: 'utf8', cwd: dir });
    expect(stderr).toMatch(/--jobs must be a whole number from 1 to 64, or auto/);
    expect(status).toBe(2);
  });
});

describe('progress on stderr', () => {
  const input = jsonl(30);

  it('is silent when stderr is not a terminal', () => {
    const { stderr, stdout } = spawnSync(process.execPath, [cli, 'check', '--jsonl'], { input, encoding: 'utf8', cwd: dir });
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(30);
  });

  it('--progress forces plain progress lines; stdout keeps only results', () => {
    const file = path.join(dir, 'thirty.jsonl');
    writeFileSync(file, input);
    const { stderr, stdout } = spawnSync(process.execPath, [cli, 'check', '--jsonl', '--progress', file], { encoding: 'utf8', cwd: dir });
    expect(stderr).toMatch(/^clearpost: 30 posts · [\d,]+\/s · \[#{20}\] 100% · 0:\d\d elapsed$/m);
    expect(stdout.trim().split('\n').every((line) => JSON.parse(line).id)).toBe(true);
  });

  it('is drawn in place on a terminal, and --quiet hides it', () => {
    const file = path.join(dir, 'thirty.jsonl');
    writeFileSync(file, input);
    // script(1) gives the command a pseudo-terminal; stdout goes to a file so only stderr is on it
    // (the posts have error findings, so the exit code is 1: not what this test is about).
    const shell = (flags: string) => `${process.execPath} ${cli} check --jsonl ${flags} < ${file} > ${path.join(dir, 'out.jsonl')}; true`;
    const onTerminal = execFileSync('script', ['-qec', shell(''), '/dev/null'], { encoding: 'utf8' });
    expect(onTerminal).toMatch(/\r\x1b\[2Kclearpost: 30 posts · [\d,]+\/s · \[#{20}\] 100%/);
    const quiet = execFileSync('script', ['-qec', shell('--quiet'), '/dev/null'], { encoding: 'utf8' });
    expect(quiet).not.toContain('clearpost:');
  });
});
