// The CLI as a user runs it: the real bundle, spawned with files, stdin and broken rulesets.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, prepareCli } from './cli-helpers';

vi.setConfig({ testTimeout: 30_000 });

let dir: string;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input: input ?? '', encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

beforeAll(() => {
  dir = prepareCli('clearpost-cli-');
}, 60_000);

describe('clearpost check', () => {
  it('prints linter-style findings for stdin and exits 1 on an error finding', () => {
    const { code, stdout, stderr } = run(['check', '--platform', 'x'], 'Great news!\nWe GUARANTEE a painless recovery.');
    expect(stderr).toBe('');
    expect(stdout).toContain('<stdin>:2:4 error tone/guarantee ');
    expect(stdout).toContain('<stdin>:2:16 warning tone/painless');
    expect(stdout).toMatch(/2 problems \(1 error, 1 warning, 0 info\)/);
    expect(code).toBe(1);
  });

  it('exits 0 with no output for a clean draft', () => {
    expect(run(['check'], 'Our new outpatient clinic opens on Monday.')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 when findings are only warnings', () => {
    const { code, stdout } = run(['check'], 'A painless procedure.');
    expect(stdout).toContain('warning tone/painless');
    expect(code).toBe(0);
  });

  it('checks files and names them, with columns counted in characters', () => {
    const post = file('post.txt', '😀 risk-free!');
    const { code, stdout } = run(['check', post]);
    expect(stdout).toContain(`${post}:1:3 error tone/risk-free`);
    expect(code).toBe(1);
  });

  it('prints JSON findings with UTF-16 offsets', () => {
    const { code, stdout } = run(['check', '--format', 'json'], '😀 risk-free!');
    const parsed = JSON.parse(stdout);
    expect(parsed).toEqual([{ file: '<stdin>', findings: [expect.objectContaining({ ruleId: 'tone/risk-free', start: 3, end: 12, severity: 'error' })] }]);
    expect(code).toBe(1);
  });

  it('applies platform limits only for the platform asked', () => {
    const long = 'word '.repeat(60);
    expect(run(['check', '--platform', 'x', '--format', 'json'], long).stdout).toContain('platform/length');
    expect(run(['check', '--platform', 'linkedin', '--format', 'json'], long).stdout).not.toContain('platform/length');
  });

  it('uses an org ruleset', () => {
    const ruleset = file(
      'org.yaml',
      'name: Riverside\nrules:\n  - id: brand/name\n    kind: substitution\n    swap: { Riverside Hosp: Riverside Hospital }\n    examples: { flag: ["Riverside Hosp"], pass: ["Riverside Hospital"] }\n',
    );
    const { code, stdout } = run(['check', '--ruleset', ruleset], 'Thanks from Riverside Hosp');
    expect(stdout).toContain('<stdin>:1:13 warning brand/name Use "Riverside Hospital" instead of "Riverside Hosp".');
    expect(code).toBe(0);
  });
});

describe('clearpost check --jsonl', () => {
  it('answers one line per input, in order', () => {
    const input = ['{"id":"a","text":"risk-free","platform":"x"}', '{"id":2,"text":"hello"}', ''].join('\n');
    const { code, stdout } = run(['check', '--jsonl'], input);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { id: 'a', findings: [expect.objectContaining({ ruleId: 'tone/risk-free', start: 0, end: 9 })] },
      { id: 2, findings: [] },
    ]);
    expect(code).toBe(1);
  });

  it('reports bad lines clearly, keeps the others, and exits 2', () => {
    const input = ['{"id":"a","text":"hello"}', 'not json', '{"id":"c","text":5}', '{"id":"d","text":"hi","platform":"myspace"}'].join('\n');
    const { code, stdout, stderr } = run(['check', '--jsonl'], input);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { id: 'a', findings: [] },
      { id: null, error: 'line 2: not valid JSON' },
      { id: 'c', error: 'line 3: "text" must be a string' },
      { id: 'd', error: 'line 4: "platform" must be one of x, facebook, linkedin' },
    ]);
    expect(stderr).toContain('<stdin>:2: not valid JSON');
    expect(code).toBe(2);
  });
});

describe('broken rulesets exit 2 with file:line:col: path: message on stderr', () => {
  const cases: [string, string, RegExp][] = [
    ['bad YAML', 'name: x\nrules: [\n', /bad-yaml\.yaml:\d+:\d+: not valid YAML or JSON/],
    ['unknown kind', 'name: x\nrules:\n  - id: a/b\n    kind: spellcheck\n', /unknown-kind\.yaml:4:11: rules\[0\]\.kind: unknown kind "spellcheck"; expected one of: terms, substitution, pattern, hashtags, length, detector/],
    ['missing field', 'name: x\nrules:\n  - id: a/b\n    kind: terms\n', /missing-field\.yaml:3:5: rules\[0\]\.terms: missing; expected array/],
    ['catastrophic regex', "name: x\nrules:\n  - id: a/b\n    kind: pattern\n    pattern: '(a+)+$'\n", /catastrophic-regex\.yaml:5:14: rules\[0\]\.pattern: a\/b: can backtrack catastrophically/],
    [
      'failing example',
      'name: x\nrules:\n  - id: a/b\n    kind: terms\n    terms: [cure]\n    examples:\n      flag: ["we heal"]\n',
      /failing-example\.yaml:7:14: rules\[0\]\.examples\.flag\[0\]: a\/b: example should be flagged but was not: "we heal"/,
    ],
  ];
  it.each(cases)('%s', (name, text, expected) => {
    const ruleset = file(`${name.toLowerCase().replace(/ /g, "-")}.yaml`, text);
    const { code, stdout, stderr } = run(['check', '--ruleset', ruleset], 'hello');
    expect(stderr).toMatch(expected);
    expect(stderr).toMatch(/ruleset refused/);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('refuses a 10 MB file quickly with a size error', () => {
    const ruleset = file('huge.yaml', `name: x\nrules: []\n# ${'x'.repeat(10 * 1024 * 1024)}\n`);
    const { code, stderr } = run(['check', '--ruleset', ruleset], 'hello');
    expect(stderr).toMatch(/huge\.yaml: the ruleset is too large \(at least 10\.0 MB\); the limit is 2 MB/);
    expect(code).toBe(2);
  });

  it('names a missing ruleset file', () => {
    const { code, stderr } = run(['check', '--ruleset', 'nope.yaml'], 'hello');
    expect(stderr).toMatch(/cannot read nope\.yaml: ENOENT/);
    expect(code).toBe(2);
  });
});

describe('clearpost test', () => {
  it('prints pass per rule and exits 0 when every example passes', () => {
    const ruleset = file('ok.yaml', 'name: x\nextends: [claims]\n');
    const { code, stdout } = run(['test', ruleset]);
    expect(stdout).toMatch(/^pass tone\/guarantee \(\d+ examples\)$/m);
    expect(stdout).toMatch(/\d+\/\d+ examples passed in \d+ rules/);
    expect(code).toBe(0);
  });

  it('prints FAIL with the failing example and exits 1', () => {
    const ruleset = file('fails.yaml', 'name: x\nrules:\n  - id: a/b\n    kind: terms\n    terms: [cure]\n    examples:\n      flag: ["we heal"]\n      pass: ["a cure"]\n');
    const { code, stdout } = run(['test', ruleset]);
    expect(stdout).toContain('FAIL a/b (2 examples)');
    expect(stdout).toContain('  should flag: "we heal"');
    expect(stdout).toContain('  should pass: "a cure"');
    expect(stdout).toContain('0/2 examples passed in 1 rules');
    expect(code).toBe(1);
  });
});

describe('usage', () => {
  it('--help explains the commands and exit codes', () => {
    const { code, stdout } = run(['--help']);
    for (const text of ['check [FILE...]', '--jsonl', 'test RULESET', 'schema', 'Exit codes', '--platform']) expect(stdout).toContain(text);
    expect(code).toBe(0);
  });

  it('--version prints the package version', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('schema prints the JSON Schema', () => {
    const { code, stdout } = run(['schema']);
    expect(JSON.parse(stdout)).toMatchObject({ type: 'object', required: expect.arrayContaining(['name']) });
    expect(code).toBe(0);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /missing command/],
    [['check', '--platform', 'myspace'], /--platform must be one of x, facebook, linkedin/],
    [['check', '--format', 'xml'], /--format must be text or json/],
    [['check', '--bogus'], /Unknown option '--bogus'/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const { code, stderr } = run(args, 'x');
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });
});
