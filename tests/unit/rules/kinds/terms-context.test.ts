import { describeRule, checkerFor } from './tester';

const PROCEDURES = ['surgery', 'laser', 'filler*', 'procedure*'];

describeRule(
  'terms: context.requires in the same sentence (default scope)',
  { kind: 'terms', terms: ['completely safe', 'risk-free'], context: { requires: PROCEDURES } },
  {
    flag: [
      { text: 'Our laser surgery is completely safe.', spans: [[21, 36]] },
      // Prefix phrases: "filler*" finds "fillers"; "procedure*" finds "procedures".
      { text: 'Lip fillers: risk-free!', spans: [[13, 22]] },
      { text: 'Risk-free procedures', spans: [[0, 9]] },
      // Offsets stay exact after emoji and no-break spaces.
      { text: '👩‍⚕️ Laser\u00a0eye surgery, completely\u00a0safe', spans: [[25, 40]] },
      // A sentence ending inside quotes or brackets still ends there.
      { text: 'Parking is "completely safe." Our "surgery is risk-free."', spans: [[46, 55]] },
    ],
    pass: [
      'The car park is completely safe.',
      // The required word is in another sentence.
      'Book your laser consultation. The car park is completely safe.',
      'Our surgery team is great!\nThe playground is completely safe',
      // "lasers" is not "laser" (no *), and "surgeryx" is not a word of the list.
      'Lasers are risk-free toys.',
    ],
  },
);

describeRule(
  'terms: context.excludes overlapping the match or in scope',
  { kind: 'terms', terms: ['guarantee*', 'risk-free'], context: { excludes: ['no guarantee', "can't guarantee", 'cannot guarantee', 'no procedure is'] } },
  {
    flag: [
      { text: 'Results guaranteed.', spans: [[8, 18]] },
      { text: 'We guarantee results. There is no guarantee of parking.', spans: [[3, 12]] },
      { text: 'GUARANTEES galore', spans: [[0, 10]] },
      { text: 'Risk-free surgery. No procedure is quick.', spans: [[0, 9]] },
    ],
    pass: [
      'There is no guarantee that symptoms will improve.',
      'We can’t guarantee appointment times.',
      'No procedure is risk-free.',
    ],
  },
);

describeRule(
  'terms: context scope post',
  { kind: 'terms', terms: ['last chance'], context: { requires: ['filler*', '£'], excludes: ['charity'], scope: 'post' } },
  {
    flag: ['Last chance!\nLip filler from £99.', 'Lip fillers this week.\n\nLast chance'],
    pass: ['Last chance to give your views!', 'Lip fillers: last chance for our charity ball tickets.'],
  },
);

describeRule(
  'terms: context scope window',
  { kind: 'terms', terms: ['safe'], context: { requires: ['totally', 'completely'], excludes: ['safe staffing'], scope: { window: 12 } } },
  {
    flag: [{ text: 'Totally, truly safe.', spans: [[15, 19]] }, 'safe - completely'],
    pass: [
      'Totally worth it. Parking is very safe.',
      'Completely committed to safe staffing levels.',
    ],
  },
);

describe('context at load time', () => {
  it('refuses a context with neither requires, excludes nor ignoreIn, naming the path', () => {
    expect(() => checkerFor({ kind: 'terms', terms: ['x'], context: { scope: 'post' } })).toThrow(/context.*requires, excludes, ignoreIn or a mix/s);
    expect(() => checkerFor({ kind: 'terms', terms: ['x'], context: { ignoreIn: ['sarcasm'] } })).toThrow(/ignoreIn/);
  });
  it('ignoreIn drops matches the post denies, rebuts or warns about, and keeps asserted ones', () => {
    const checker = checkerFor({ kind: 'terms', terms: ['guaranteed', 'painless'], context: { ignoreIn: ['negation', 'question', 'quotation'] } });
    const found = (text: string) => checker.check(text).map((finding) => text.slice(finding.start, finding.end));
    expect(found('Results are not guaranteed.')).toEqual([]);
    expect(found('Is it painless? Not always.')).toEqual([]);
    expect(found('Beware of clinics promising guaranteed results.')).toEqual([]);
    expect(found('Painless treatment, guaranteed.')).toEqual(['Painless', 'guaranteed']);
    // the same list without ignoreIn flags the denial too
    expect(checkerFor({ kind: 'terms', terms: ['guaranteed'] }).check('Results are not guaranteed.')).toHaveLength(1);
  });
  it('refuses an unknown scope and an empty list', () => {
    expect(() => checkerFor({ kind: 'terms', terms: ['x'], context: { requires: ['y'], scope: 'paragraph' } })).toThrow(/scope/);
    expect(() => checkerFor({ kind: 'terms', terms: ['x'], context: { requires: [] } })).toThrow(/at least one phrase/);
  });
  it('stays linear: a long text of matches with context lists costs one scan per list', () => {
    const checker = checkerFor({ kind: 'terms', terms: ['safe'], context: { requires: Array.from({ length: 2000 }, (_, i) => `word${i}`), scope: 'post' } });
    const text = 'safe word7 '.repeat(5000);
    // 5000 findings, each with the required word in scope; correctness only (timing is for bench).
    expect(checker.check(text).length).toBe(5000);
  });
});

describeRule(
  'terms: separate scopes, requires in the post and excludes only overlapping the match',
  {
    kind: 'terms',
    terms: ['guarantee*'],
    context: { requires: ['laser*', 'result*'], excludes: ['appointments guaranteed', 'appointment guaranteed', 'guaranteed appointment*'], scope: { requires: 'post', excludes: 'match' } },
  },
  {
    flag: [
      { text: 'Guaranteed! Book an appointment for laser eye surgery.', spans: [[0, 10]] },
      { text: 'Appointments guaranteed. Results guaranteed.', spans: [[33, 43]] },
    ],
    pass: ['Appointments guaranteed at our laser clinic.', 'Guaranteed parking for everyone.'],
  },
);

describeRule(
  'terms: scope match (the phrase must overlap the match)',
  { kind: 'terms', terms: ['safe'], context: { requires: ['completely safe', 'safe for everyone'], scope: 'match' } },
  { flag: [{ text: 'Completely safe!', spans: [[11, 15]] }, 'It is safe for everyone'], pass: ['Safe. Completely.', 'safe, completely'] },
);

describe('context lists in YAML', () => {
  it('may nest one level, so an anchored list is shared and extended', async () => {
    const { loadRuleset } = await import('../../../../rules');
    const yaml = [
      'name: t',
      'rules:',
      '  - id: t/a',
      '    kind: terms',
      '    terms: [completely safe]',
      '    context: { requires: &care [laser*, surgery] }',
      '  - id: t/b',
      '    kind: terms',
      '    terms: [painless, no pain]',
      '    context: { requires: [painless, *care] }',
    ].join('\n');
    const loaded = loadRuleset(yaml);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const ids = (text: string) => loaded.checker.check(text).map((f) => `${f.ruleId}@${f.start}`);
    expect(ids('Lasers: completely safe. Painless.')).toEqual(['t/a@8', 't/b@25']);
    expect(ids('No pain. Completely safe.')).toEqual([]);
    expect(ids('Surgery with no pain')).toEqual(['t/b@13']);
  });
});
