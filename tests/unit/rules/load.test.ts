import { loadRuleset, MAX_RULESET_BYTES } from '../../../rules';

function errorsOf(text: string) {
  const result = loadRuleset(text);
  if (result.ok) throw new Error('expected the ruleset to be refused');
  return result.errors;
}

const TERMS_RULE = (id: string, terms: string) => `  - id: ${id}\n    kind: terms\n    terms: [${terms}]\n`;

describe('loadRuleset: errors name the path, the line:column and what was expected', () => {
  it('reports several problems at once, in file order', () => {
    const text = [
      'name: Riverside',
      'gate: { blockOn: fatal }',
      'rules:',
      '  - id: a/one',
      '    kind: terms',
      '    terms: []',
      '  - id: a/two',
      '    kind: substitution',
      '    swap: { x: y }',
      '    severity: critical',
      '    link: http://example.org/policy',
      '    mesage: typo',
      '  - id: a/three',
      '    kind: pattern',
      "    pattern: '(a+)+$'",
      '',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      { path: 'gate.blockOn', line: 2, column: 18, message: expect.stringContaining('expected one of "error"|"warning"') },
      { path: 'rules[0].terms', line: 6, column: 12, message: 'expected at least one term' },
      { path: 'rules[1].severity', line: 10, column: 15, message: expect.stringContaining('expected one of "error"|"warning"|"info"') },
      { path: 'rules[1].link', line: 11, column: 11, message: 'expected an https:// link' },
      { path: 'rules[1].mesage', line: 12, column: 5, message: 'unknown field; remove it or check its spelling' },
      { path: 'rules[2].pattern', line: 15, column: 14, message: expect.stringContaining('a/three: can backtrack catastrophically') },
    ]);
  });

  it('says which kinds exist when a kind is unknown or missing', () => {
    expect(errorsOf('name: x\nrules:\n  - id: a/b\n    kind: spelling\n  - id: c/d\n    terms: [x]\n')).toEqual([
      { path: 'rules[0].kind', line: 4, column: 11, message: 'unknown kind "spelling"; expected one of: terms, substitution, pattern, hashtags, length, detector, claim' },
      { path: 'rules[1]', line: 5, column: 5, message: 'missing "kind"; expected one of: terms, substitution, pattern, hashtags, length, detector, claim' },
    ]);
  });

  it('reports a missing required field at its parent', () => {
    expect(errorsOf('rules: []\n')).toEqual([{ path: 'name', line: 1, column: 1, message: 'missing; expected string' }]);
  });

  it('refuses unknown placeholders in messages', () => {
    const errors = errorsOf(`name: x\nrules:\n${TERMS_RULE('a/b', 'x')}    message: 'Avoid {term}'\n`);
    expect(errors).toEqual([expect.objectContaining({ path: 'rules[0].message', line: 6, column: 14, message: expect.stringContaining('unknown placeholder {term}; expected one of {match}') })]);
  });

  it('refuses duplicate rule ids and unknown packs', () => {
    expect(errorsOf(`name: x\nextends: [claims, nope]\nrules:\n${TERMS_RULE('a/b', 'x')}${TERMS_RULE('a/b', 'y')}`)).toEqual([
      { path: 'extends[1]', line: 2, column: 19, message: expect.stringMatching(/^expected one of "privacy-us"\|/) },
      { path: 'rules[1].id', line: 7, column: 9, message: 'duplicate id "a/b" (also rules[0])' },
    ]);
  });

  it('refuses a ruleset whose own examples fail, naming the rule and the example', () => {
    const text = `name: x\nrules:\n${TERMS_RULE('tone/cure', 'cure')}    examples:\n      flag: [we heal]\n      pass: [a cure]\n`;
    expect(errorsOf(text)).toEqual([
      { path: 'rules[0].examples.flag[0]', line: 7, column: 14, message: 'tone/cure: example should be flagged but was not: "we heal"' },
      { path: 'rules[0].examples.pass[0]', line: 8, column: 14, message: expect.stringMatching(/^tone\/cure: example should pass but was flagged: "a cure" \(tone\/cure at 2-6/) },
    ]);
  });

  it('reads JSON too, with positions', () => {
    expect(errorsOf('{\n  "name": "x",\n  "rules": [{ "id": "a/b", "kind": "terms", "terms": "cure" }]\n}')).toEqual([
      { path: 'rules[0].terms', line: 3, column: 54, message: 'expected array, received string' },
    ]);
  });

  it.each([
    ['', 'expected a ruleset'],
    ['null', 'expected a ruleset'],
    ['[1, 2]', 'expected a ruleset'],
    ['just words', 'expected a ruleset'],
    ['name: x\nname: y\n', 'not valid YAML or JSON: Map keys must be unique'],
    ['{ "name": ', 'not valid YAML or JSON'],
    ['\u0000\u0001\uFFFF', 'expected a ruleset'],
    ['name: [unclosed', 'not valid YAML or JSON'],
    ['name: &a [*a]\n', 'expected string'],
  ])('never throws on %j', (text, message) => {
    expect(() => loadRuleset(text)).not.toThrow();
    expect(errorsOf(text)[0]?.message).toContain(message);
  });

  it('stops YAML alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'name: x'].join('\n');
    expect(errorsOf(bomb)[0]?.message).toMatch(/could not be read|alias/i);
  });

  it('refuses a huge file fast with a size error', () => {
    const huge = `name: x\n# ${'x'.repeat(10 * 1024 * 1024)}\n`;
    const started = Date.now();
    expect(errorsOf(huge)).toEqual([{ path: '', message: 'the ruleset is too large (at least 10.0 MB); the limit is 2 MB' }]);
    // Not a timing assertion on the engine's speed: only that refusing does not parse 10 MB (seconds).
    expect(Date.now() - started).toBeLessThan(2000);
    expect(MAX_RULESET_BYTES).toBe(2 * 1024 * 1024);
  });

  it('counts bytes, not characters, against the limit', () => {
    const multiByte = `name: x\n# ${'é'.repeat(MAX_RULESET_BYTES / 2 + 10)}\n`;
    expect(multiByte.length).toBeLessThan(MAX_RULESET_BYTES);
    expect(errorsOf(multiByte)[0]?.message).toMatch(/too large/);
  });
});

describe('loadRuleset: merging packs', () => {
  const load = (text: string) => {
    const result = loadRuleset(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result;
  };

  it('applies defaults', () => {
    const { ruleset } = load('name: x\n');
    expect(ruleset).toMatchObject({ version: '0', gate: { blockOn: 'error', override: 'reason' }, extends: [], rules: [], disable: [], org: { names: [], staff: [], contacts: [] } });
  });

  it('includes pack rules; an org rule with the same id replaces the pack rule in place', () => {
    const { ruleset, checker } = load(`name: x\nextends: [claims]\nrules:\n${TERMS_RULE('tone/cure', 'elixir')}${TERMS_RULE('org/own', 'synergy')}`);
    const ids = ruleset.rules.map((rule) => rule.id);
    expect(ids.indexOf('tone/cure')).toBe(1);
    expect(ids.at(-1)).toBe('org/own');
    expect(ids.filter((id) => id === 'tone/cure')).toHaveLength(1);
    expect(checker.check('a cure elixir').map((f) => f.ruleId)).toEqual(['tone/cure']);
  });

  it('disables rules by id, and per platform', () => {
    const { checker } = load('name: x\nextends: [claims]\ndisable: [tone/cure]\nplatforms:\n  x:\n    disable: [tone/painless]\n    severity: { tone/risk-free: info }\n');
    const text = 'A painless, risk-free cure';
    expect(checker.check(text).map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['tone/painless:warning', 'tone/risk-free:error']);
    expect(checker.check(text, { platform: 'x' }).map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['tone/risk-free:info']);
  });

  it('only runs a rule on its platforms', () => {
    const { checker } = load(`name: x\nrules:\n${TERMS_RULE('a/b', 'cure')}    platforms: [linkedin]\n`);
    expect(checker.check('cure', { platform: 'x' })).toEqual([]);
    expect(checker.check('cure', { platform: 'linkedin' })).toHaveLength(1);
    // Without a platform (CLI default) every rule runs.
    expect(checker.check('cure')).toHaveLength(1);
  });

  it('returns the example results of the file\'s own rules', () => {
    const { examples } = load(`name: x\nrules:\n${TERMS_RULE('a/b', 'cure')}    examples: { flag: [a cure], pass: [secure] }\n`);
    expect(examples.map((e) => [e.ruleId, e.expect, e.text, e.ok])).toEqual([
      ['a/b', 'flag', 'a cure', true],
      ['a/b', 'pass', 'secure', true],
    ]);
  });

  it('keeps the gate and org lists', () => {
    const { ruleset } = load('name: x\ngate: { blockOn: warning, override: none }\norg: { staff: [Dr Priya Shah] }\n');
    expect(ruleset.gate).toEqual({ blockOn: 'warning', override: 'none' });
    expect(ruleset.org.staff).toEqual(['Dr Priya Shah']);
  });

  it('reads the full organisation profile: directory entries, domains, sites, units, jurisdiction', () => {
    const { ruleset } = load(
      'name: x\norg:\n  jurisdiction: uk\n  staff: [Dr Priya Shah, { name: Tom Reed, role: Dietitian, unit: Ward 7 }]\n' +
        '  domains: [riverside.nhs.uk]\n  addresses: [1 Mill Lane, M1 4BT]\n  units: [Ward 7, Rainbow Ward]\n',
    );
    expect(ruleset.org).toMatchObject({
      jurisdiction: 'uk',
      staff: ['Dr Priya Shah', { name: 'Tom Reed', role: 'Dietitian', unit: 'Ward 7' }],
      domains: ['riverside.nhs.uk'],
      addresses: ['1 Mill Lane', 'M1 4BT'],
      units: ['Ward 7', 'Rainbow Ward'],
    });
  });

  it('refuses an unknown profile field and a jurisdiction it does not know, at their lines', () => {
    const errors = errorsOf('name: x\norg:\n  jurisdiction: fr\n  phones: [1]\n');
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
  });
});

describe('loadRuleset: example hints', () => {
  it('tells the admin to give a platform when a per-platform limit has an example without one', () => {
    const result = loadRuleset('name: x\nrules:\n  - id: platform/len\n    kind: length\n    max: { x: 5 }\n    examples: { flag: [too long for x] }\n');
    expect(!result.ok && result.errors[0]?.message).toBe(
      'platform/len: example should be flagged but was not: "too long for x" (its limits are per platform: write the example as { text, platform })',
    );
  });
});

describe('loadRuleset: rule ids in disable and platform overrides must exist', () => {
  it('names each misspelt id where it is written', () => {
    const text = 'name: x\nextends: [claims]\ndisable: [tone/cure, tone/gurantee]\nplatforms:\n  x:\n    disable: [tone/nope]\n    severity: { tone/painles: info, tone/painless: info }\n';
    expect(errorsOf(text)).toEqual([
      { path: 'disable[1]', line: 3, column: 22, message: 'no rule has the id "tone/gurantee" in this ruleset or the packs it extends' },
      { path: 'platforms.x.disable[0]', line: 6, column: 15, message: 'no rule has the id "tone/nope" in this ruleset or the packs it extends' },
      { path: 'platforms.x.severity."tone/painles"', line: 7, column: 17, message: 'no rule has the id "tone/painles" in this ruleset or the packs it extends' },
    ]);
  });
});
