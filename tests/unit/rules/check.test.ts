import { compareFindings, createDefaultChecker, loadRuleset } from '../../../rules';
import { compile } from '../../../rules/compile';
import type { Finding } from '../../../rules/types';

function checker(rules: object[]) {
  const result = loadRuleset(JSON.stringify({ name: 't', rules }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.checker;
}

describe('check', () => {
  it('keeps overlapping findings of different rules, sorted by start, end, severity, rule id', () => {
    const c = checker([
      { id: 'z/phrase', kind: 'terms', terms: ['miracle cure'], severity: 'info' },
      { id: 'b/cure', kind: 'terms', terms: ['cure'], severity: 'warning' },
      { id: 'a/cure', kind: 'terms', terms: ['cure'], severity: 'warning' },
      { id: 'c/cure', kind: 'terms', terms: ['cure'], severity: 'error' },
      { id: 'm/miracle', kind: 'terms', terms: ['miracle'], severity: 'info' },
    ]);
    expect(c.check('A miracle cure').map((f) => `${f.start}-${f.end} ${f.severity} ${f.ruleId}`)).toEqual([
      '2-9 info m/miracle',
      '2-14 info z/phrase',
      '10-14 error c/cure',
      '10-14 warning a/cure',
      '10-14 warning b/cure',
    ]);
  });

  it('returns the Finding shape with category from the id, link and suggestions', () => {
    const c = checker([{ id: 'brand/name', kind: 'substitution', swap: { 'Riverside Hosp': 'Riverside Hospital' }, link: 'https://intranet.example.org/brand' }]);
    expect(c.check('At Riverside Hosp')).toEqual([
      {
        ruleId: 'brand/name',
        category: 'brand',
        severity: 'warning',
        start: 3,
        end: 17,
        message: 'Use "Riverside Hospital" instead of "Riverside Hosp".',
        suggestions: ['Riverside Hospital'],
        link: 'https://intranet.example.org/brand',
      },
    ]);
  });

  it('is deterministic', () => {
    const c = createDefaultChecker();
    const text = 'GUARANTEED painless cure! 😀 #breastcancerawareness #a #b #c Call 07700 900123';
    const first = c.check(text, { platform: 'x' });
    expect(first.length).toBeGreaterThan(3);
    for (let i = 0; i < 5; i++) expect(c.check(text, { platform: 'x' })).toEqual(first);
    expect([...first].sort(compareFindings)).toEqual(first);
  });

  it('checks empty text without findings', () => {
    expect(createDefaultChecker().check('', { platform: 'x' })).toEqual([]);
  });

  it('findings slice the exact text around emoji, CJK, combining marks and zero-width characters', () => {
    const c = checker([{ id: 'tone/cure', kind: 'terms', terms: ['cure', 'café'] }]);
    const text = '👩🏽‍⚕️ 医院 cure\u200b CURE e\u0301 café 🇬🇧cure';
    const findings: Finding[] = c.check(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['cure', 'CURE', 'café', 'cure']);
  });

  it('a loaded ruleset is plain data: after structured cloning, compile() gives the same checker (no loader needed)', () => {
    const original = createDefaultChecker();
    const clone = compile(structuredClone(original.ruleset));
    const text = 'GUARANTEED painless cure! Her NHS number is 943 476 5919 #a #b #c';
    expect(clone.check(text, { platform: 'x' })).toEqual(original.check(text, { platform: 'x' }));
  });
});
