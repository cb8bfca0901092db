import { loadRuleset } from '../../../rules';

const BASE = `name: Tuned
extends: [healthcare]
`;

function load(text: string) {
  const result = loadRuleset(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.line}:${e.column} ${e.message}`).join('\n'));
  return result;
}

describe('tune: a severity per rule with a note, applied after the packs merge', () => {
  it('turns a pack rule from error into warning, and the checker reports it so', () => {
    const before = load(BASE).checker.check('We guarantee a painless cure', { platform: 'x' });
    expect(before.find((f) => f.ruleId === 'tone/guarantee')?.severity).toBe('error');

    const tuned = load(`${BASE}tune:\n  tone/guarantee: { severity: warning, note: Our lawyers reviewed this wording }\n`);
    expect(tuned.ruleset.rules.find((r) => r.id === 'tone/guarantee')?.severity).toBe('warning');
    expect(tuned.ruleset.tune['tone/guarantee']).toEqual({ severity: 'warning', note: 'Our lawyers reviewed this wording' });
    const after = tuned.checker.check('We guarantee a painless cure', { platform: 'x' });
    expect(after.find((f) => f.ruleId === 'tone/guarantee')?.severity).toBe('warning');
  });

  it('off disables the rule', () => {
    const tuned = load(`${BASE}tune:\n  tone/guarantee: { severity: 'off', note: Not for us }\n`);
    expect(tuned.ruleset.disable).toContain('tone/guarantee');
    expect(tuned.checker.check('We guarantee a painless cure', { platform: 'x' }).map((f) => f.ruleId)).not.toContain('tone/guarantee');
  });

  it('refuses an unknown rule id, with its line, like disable does', () => {
    const result = loadRuleset(`${BASE}tune:\n  tone/guarantees: { severity: info, note: typo }\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'tune."tone/guarantees"', line: 4, column: 3, message: 'no rule has the id "tone/guarantees" in this ruleset or the packs it extends' },
    ]);
  });

  it('refuses a tuning without a note, or with an unknown severity', () => {
    const result = loadRuleset(`${BASE}tune:\n  tone/guarantee: { severity: fatal, note: '' }\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['tune."tone/guarantee".severity', 'tune."tone/guarantee".note']);
  });

  it('loading the merged result again gives the same severities (exports stay stable)', () => {
    const tuned = load(`${BASE}tune:\n  tone/guarantee: { severity: info, note: n }\n`);
    const again = loadRuleset(JSON.stringify({ ...tuned.ruleset, extends: [] }), { trusted: true });
    if (!again.ok) throw new Error(again.errors[0]?.message);
    expect(again.ruleset.rules.find((r) => r.id === 'tone/guarantee')?.severity).toBe('info');
  });
});
