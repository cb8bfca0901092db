import fc from 'fast-check';
import { createDefaultChecker, loadRuleset, PLATFORMS } from '../../../rules';
import type { Platform } from '../../../rules/types';

// Fragments that stress offsets: emoji (ZWJ, skin tones, flags), RTL, zero-width, combining marks,
// CJK, lone surrogates, 'İ' (lower-cases to two units), plus words and shapes the rules look for.
const FRAGMENTS = [
  ' ', '\n', 'a', 'cure', 'GUARANTEED', 'painless', 'risk-free', '100% success', '#', '#breastcancerawareness', '#NHS', '#a1',
  '😀', '👩🏽‍⚕️', '🇬🇧', '\u200b', '\u200d', '\u200e', '\u200f', 'e\u0301', '\u0301', 'مستشفى', 'בית חולים', '医院', 'İ', 'ß',
  '\ud800', '\udc00', 'https://example.org/x', '943 476 5919', '07700 900123', 'jane@example.com', 'MRN 00482913', '123-45-6789',
];

const text = (maxLength: number) => fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength }).map((parts) => parts.join(''));
const platform = fc.option(fc.constantFrom<Platform>(...PLATFORMS), { nil: undefined });

const org = loadRuleset(
  JSON.stringify({
    name: 'org',
    extends: ['healthcare'],
    org: { staff: ['Dr Priya Shah'], contacts: ['+44 161 555 0100'] },
    rules: [
      { id: 'org/pattern', kind: 'pattern', pattern: '\\bbook\\s+now\\b' },
      { id: 'org/tags', kind: 'hashtags', require: { any: ['#RiversideCares'] }, ban: ['#botox'], camelCase: { minLetters: 4 } },
      { id: 'org/terms', kind: 'terms', terms: ['İ', 'e\u0301', '😀', 'مستشفى'] },
    ],
  }),
);
if (!org.ok) throw new Error(JSON.stringify(org.errors));
const checkers = [createDefaultChecker(), org.checker];

function assertSound(input: string, where: Platform | undefined): void {
  for (const checker of checkers) {
    const findings = checker.check(input, { platform: where });
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.start).toBeLessThanOrEqual(finding.end);
      expect(finding.end).toBeLessThanOrEqual(input.length);
      expect(finding.ruleId).not.toBe('engine/rule-failed');
    }
    expect(checker.check(input, { platform: where })).toEqual(findings);
  }
}

describe('check on arbitrary text', () => {
  it('never throws, keeps every finding inside the text, and is deterministic (short texts)', () => {
    fc.assert(fc.property(text(200), platform, (input, where) => assertSound(input, where)), { numRuns: 300 });
  }, 60_000);

  it('holds for long texts up to 100k characters', () => {
    const long = fc.tuple(text(50), fc.integer({ min: 1, max: 4000 })).map(([chunk, times]) => (chunk || 'x').repeat(times).slice(0, 100_000));
    fc.assert(fc.property(long, platform, (input, where) => assertSound(input, where)), { numRuns: 8 });
  }, 120_000);
});

const VALID_RULESET = [
  'name: Riverside',
  'extends: [claims]',
  'org: { staff: [Dr Priya Shah] }',
  'rules:',
  '  - id: brand/name',
  '    kind: substitution',
  '    swap: { Riverside Hosp: Riverside Hospital }',
  '    link: https://intranet.example.org/brand',
  '    examples: { flag: ["Riverside Hosp"], pass: ["Riverside Hospital"] }',
  '  - id: org/pattern',
  '    kind: pattern',
  "    pattern: '\\bW\\d{2}\\b'",
  '',
].join('\n');

function assertWellFormed(text: string): void {
  const result = loadRuleset(text);
  if (result.ok) {
    expect(typeof result.checker.check('a cure', { platform: 'x' })).toBe('object');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toMatch(/^internal error/);
    if (error.line !== undefined) expect(error.line).toBeGreaterThanOrEqual(1);
    if (error.column !== undefined) expect(error.column).toBeGreaterThanOrEqual(1);
  }
}

describe('loadRuleset on arbitrary input', () => {
  it('the valid base ruleset loads', () => {
    expect(loadRuleset(VALID_RULESET).ok).toBe(true);
  });

  it('never throws on random text, JSON or values', () => {
    const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json(), fc.anything().map((value) => JSON.stringify(value) ?? ''));
    fc.assert(fc.property(input, (text) => assertWellFormed(text)), { numRuns: 300 });
  }, 60_000);

  it('never throws on a valid ruleset with random edits (deleted, inserted or swapped characters)', () => {
    const edit = fc.tuple(fc.nat(VALID_RULESET.length), fc.nat(6), fc.string({ maxLength: 4, unit: fc.constantFrom(' ', ':', '-', '[', ']', '{', '}', '"', "'", '\n', 'a', '#', '*', '&', '\\') }));
    const edited = fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
      edits.reduce((text, [at, remove, insert]) => text.slice(0, at) + insert + text.slice(at + remove), VALID_RULESET),
    );
    fc.assert(fc.property(edited, (text) => assertWellFormed(text)), { numRuns: 300 });
  }, 60_000);
});
