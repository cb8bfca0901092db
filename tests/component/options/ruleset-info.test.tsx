import { exportEffectiveRuleset, rulesPerCategory } from '../../../components/options/ruleset-info';
import { sanitiseAdminText } from '../../../components/options/safe-content';
import { resolveEffectiveRuleset } from '../../../entrypoints/shared/effective-ruleset';
import { loadRuleset } from '../../../rules';
import { RIVERSIDE } from '../../unit/background/rulesets';

const stored = { source: { kind: 'paste' as const }, text: RIVERSIDE, loadedAt: '2026-11-22T10:00:00.000Z' };

describe('exportEffectiveRuleset', () => {
  it('exports a ruleset that loads again and behaves like the effective one: packs merged, disabled rules included', () => {
    const withPack = { ...stored, text: RIVERSIDE.replace('rules:', 'extends: [hashtags]\nrules:') };
    const effective = resolveEffectiveRuleset({ local: withPack, disabledRules: ['hashtags/count'], managed: {} });
    const json = exportEffectiveRuleset(effective);
    expect(JSON.parse(json)).toMatchObject({ extends: [], disable: ['hashtags/count'] });
    const exported = loadRuleset(json);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const post = 'Thanks Riverside Hosp! #flu #vaccine #health #breastcancerawareness';
    const found = exported.checker.check(post, { platform: 'x' });
    expect(found).toEqual(effective.checker.check(post, { platform: 'x' }));
    expect(found.map((f) => f.ruleId).sort()).toEqual(['brand/name', 'hashtags/camelcase']);
  });

  it('ignores the admin switches when policy locks the ruleset', () => {
    const locked = resolveEffectiveRuleset({ local: stored, disabledRules: ['brand/name'], managed: { locked: true } });
    expect(JSON.parse(exportEffectiveRuleset(locked)).disable).toEqual([]);
  });

  it('counts rules per category', () => {
    const effective = resolveEffectiveRuleset({ local: stored, disabledRules: [], managed: {} });
    expect(rulesPerCategory(effective.ruleset)).toEqual([['brand', 1]]);
  });
});

describe('safe content', () => {
  it('strips markup and script content from admin text but keeps the words', () => {
    expect(sanitiseAdminText('Use <b>our</b> name<script>alert(1)</script> &amp; logo')).toBe('Use our name & logo');
  });
});
