// ESLint-style rule tests: each rule is loaded alone through the real loader, then every `flag`
// case must produce a finding of that rule (optionally at an exact span) and every `pass` case none.

import { loadRuleset, type LoadOptions } from '../../../../rules';
import type { Finding, Platform } from '../../../../rules/types';

export type FlagCase = string | { text: string; platform?: Platform; spans?: [number, number][]; suggestions?: string[][]; severities?: string[] };
export type PassCase = string | { text: string; platform?: Platform };

export function checkerFor(rule: Record<string, unknown>, extra: Record<string, unknown> = {}, options: LoadOptions = {}) {
  const loaded = loadRuleset(JSON.stringify({ name: 'test', ...extra, rules: [{ id: 'test/rule', severity: 'error', ...rule }] }), options);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.checker;
}

export function describeRule(
  title: string,
  rule: Record<string, unknown>,
  cases: { flag: FlagCase[]; pass: PassCase[] },
  extra?: Record<string, unknown>,
  options?: LoadOptions,
): void {
  describe(title, () => {
    const checker = checkerFor(rule, extra, options);
    const run = (text: string, platform?: Platform): Finding[] => checker.check(text, { platform }).filter((f) => f.ruleId === 'test/rule');
    for (const flag of cases.flag) {
      const c = typeof flag === 'string' ? { text: flag } : flag;
      it(`flags ${JSON.stringify(c.text.slice(0, 60))}${c.platform ? ` on ${c.platform}` : ''}`, () => {
        const findings = run(c.text, c.platform);
        expect(findings.length).toBeGreaterThan(0);
        if (c.spans) expect(findings.map((f) => [f.start, f.end])).toEqual(c.spans);
        if (c.suggestions) expect(findings.map((f) => f.suggestions ?? [])).toEqual(c.suggestions);
        if (c.severities) expect(findings.map((f) => f.severity)).toEqual(c.severities);
      });
    }
    for (const pass of cases.pass) {
      const c = typeof pass === 'string' ? { text: pass } : pass;
      it(`passes ${JSON.stringify(c.text.slice(0, 60))}${c.platform ? ` on ${c.platform}` : ''}`, () => {
        expect(run(c.text, c.platform)).toEqual([]);
      });
    }
  });
}
