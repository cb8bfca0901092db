// What a writer sees from the default packs once every rule has run: word-list claims in a
// negated, questioned, myth, title or historical scope are dropped, one finding per span, and the
// reference fits the post's jurisdiction.

import { createDefaultChecker, loadRuleset } from '../../../rules';
import { REFERENCES } from '../../../rules/claims/references';

const tone = (text: string, checker = createDefaultChecker()) => checker.check(text).filter((f) => f.category === 'tone');

function checkerWith(extra: Record<string, unknown>) {
  const loaded = loadRuleset(JSON.stringify({ name: 'fit test', ...extra }));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.checker;
}

describe('tone findings after scope, dedupe and jurisdiction', () => {
  it.each([
    'Is it painless? Not always - most people feel some pressure.',
    'Laser hair removal isn\'t permanent: most people need top-ups.',
    'We can\'t promise a cure, but our team will support you.',
    'No side effects? Every medicine can have them - ask your pharmacist.',
    'Visitors: guaranteed parking spaces in the multi-storey.',
    'Film night on the children\'s ward: Miracle on 34th Street!',
    'Congratulations to our Premier League volunteers.',
    'We are the fastest-growing GP practice in the county.',
    'Paid for a prescription you were exempt from? Claim your money back.',
    'MYTH: laser eye surgery is painful. FACT: numbing drops are used and most people feel pressure, not pain.',
    'In 1928 penicillin was hailed as a miracle cure.',
    'Frozen eggs don\'t guarantee a future pregnancy.',
  ])('no tone finding: %s', (text) => expect(tone(text)).toEqual([]));

  it.each([
    'Is it painless? Yes! Our laser is completely painless.',
    'Guaranteed results with our hip replacement.',
    'Every single one of our couples went home with a baby.',
  ])('still a claim: %s', (text) => expect(tone(text).length).toBeGreaterThan(0));

  it('keeps one finding per span: the blocking one, then the longest', () => {
    const findings = tone('The safest clinic in London for your facelift.');
    expect(findings).toHaveLength(1);
    const overlapping = findings.filter((a) => findings.some((b) => a !== b && a.start < b.end && b.start < a.end));
    expect(overlapping).toEqual([]);
  });

  it('gives UK posts UK references and US posts US ones, from the pack', () => {
    const text = 'The most advanced eye clinic in town.';
    const [uk] = tone(text, checkerWith({ extends: ['healthcare-uk'] }));
    const [us] = tone(text, checkerWith({ extends: ['healthcare-us'] }));
    expect(uk?.link).toBe(REFERENCES[uk!.ruleId]?.uk);
    expect(us?.link).toBe(REFERENCES[us!.ruleId]?.us);
    expect(us?.link).toMatch(/ftc\.gov/);
  });

  it('reads the jurisdiction from the org profile, and from the post when the ruleset covers both', () => {
    const text = 'Voted the best dental practice in the area';
    const [declared] = tone(text, checkerWith({ extends: ['healthcare'], org: { jurisdiction: 'us' } }));
    expect(declared?.link).toMatch(/ftc\.gov/);
    const [pounds] = tone(`${text}: whitening £199.`);
    const [dollars] = tone(`${text}: whitening $199.`);
    expect(pounds?.link).toMatch(/asa\.org\.uk/);
    expect(dollars?.link).toMatch(/ftc\.gov/);
  });

  it('never replaces a link an admin set on their own version of a rule', () => {
    const own = 'https://intranet.example/claims-policy';
    const checker = checkerWith({ extends: ['healthcare-us'], rules: [{ id: 'tone/provider-superlative', kind: 'claim', claim: 'provider-superlative', link: own }] });
    expect(tone('The most advanced eye clinic in town.', checker).map((f) => f.link)).toContain(own);
  });

  it('fits the prescription-only message to the medicine named', () => {
    const uk = checkerWith({ extends: ['healthcare-uk'] });
    const [pens] = tone('Weight-loss pens from £99 a month.', uk);
    const [toxin] = tone('Baby tox from £99.', uk);
    expect(pens?.message).toContain('weight loss');
    expect(pens?.message).not.toContain('wrinkles');
    expect(toxin?.message).toContain('lines and wrinkles');
  });

  it('a claim rule with ignoreIn: [] reports hits in every scope', () => {
    const text = 'Is it true we never had a single complication? No.';
    const scoped = checkerWith({ rules: [{ id: 'tone/x', kind: 'claim', claim: 'absolute-outcome' }] });
    const unscoped = checkerWith({ rules: [{ id: 'tone/x', kind: 'claim', claim: 'absolute-outcome', ignoreIn: [] }] });
    expect(scoped.check(text)).toEqual([]);
    expect(unscoped.check(text)).toHaveLength(1);
  });
});
