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
  });

  it('holds for long texts up to 100k characters', () => {
    const long = fc.tuple(text(50), fc.integer({ min: 1, max: 4000 })).map(([chunk, times]) => (chunk || 'x').repeat(times).slice(0, 100_000));
    fc.assert(fc.property(long, platform, (input, where) => assertSound(input, where)), { numRuns: 8 });
  });
});
