import { createDefaultChecker, loadRuleset, PACK_NAMES, PACKS, testRuleset } from '../../../rules';

describe('embedded packs', () => {
  it.each(PACK_NAMES)('%s loads and every example of every rule passes', (name) => {
    // Trusted like every embedded pack: their regexes are reviewed here, not proven by redos-detector.
    const result = loadRuleset(PACKS[name], { filename: name, trusted: true });
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`).join('\n'));
    const failures = testRuleset(result.checker).filter((example) => !example.ok);
    expect(failures).toEqual([]);
  });

  it('every pack rule has a category, an https link and examples to flag and pass', () => {
    const { ruleset } = createDefaultChecker();
    for (const rule of ruleset.rules) {
      expect(rule.link, rule.id).toMatch(/^https:\/\//);
      expect(rule.examples?.flag.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples?.pass.length, rule.id).toBeGreaterThan(0);
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    }
  });

  it('the default checker is the healthcare umbrella: US and UK privacy, claims, hashtags, platform', () => {
    const ids = createDefaultChecker().rules.map((compiled) => compiled.rule.id);
    for (const id of ['privacy/nhs-number', 'privacy/ssn', 'tone/guarantee', 'platform/length', 'hashtags/count']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createDefaultChecker().ruleset.gate).toEqual({ blockOn: 'error', override: 'reason' });
  });

  it('pack patterns finish on adversarial text (a catastrophic pattern would hang this test)', () => {
    const checker = createDefaultChecker();
    const inputs = ['a', ' ', 'a ', '1', '1 ', '#a', 'no ', 'before ', '%', 'x'.repeat(7) + ' '].map((unit) => unit.repeat(Math.ceil(10_000 / unit.length)));
    for (const input of inputs) for (const platform of ['x', 'linkedin'] as const) expect(() => checker.check(input, { platform })).not.toThrow();
  }, 120_000);
});
