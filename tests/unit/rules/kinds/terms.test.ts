import { describeRule, checkerFor } from './tester';

describeRule(
  'terms',
  { kind: 'terms', terms: ['miracle', 'risk-free', 'number one', '#1', '100%'] },
  {
    flag: [
      { text: 'A miracle!', spans: [[2, 9]] },
      { text: 'MIRACLE cure', spans: [[0, 7]] },
      { text: 'Totally Risk-Free.', spans: [[8, 17]] },
      { text: "We're number one", spans: [[6, 16]] },
      { text: 'Rated #1 in town', spans: [[6, 8]] },
      { text: '100% of the time', spans: [[0, 4]] },
      // Offsets stay exact after emoji, CJK, combining marks and zero-width characters.
      { text: '😀👩‍⚕️ miracle', spans: [[8, 15]] },
      { text: '医院 miracle', spans: [[3, 10]] },
      { text: 'e\u0301 miracle', spans: [[3, 10]] },
      { text: '\u200bmiracle\u200b', spans: [[1, 8]] },
      // 'İ' lower-cases to two code units; folding keeps every later index where it was.
      { text: 'İİİ MIRACLE', spans: [[4, 11]] },
      // Editors' no-break spaces and phones' curly apostrophes and non-breaking hyphens still match.
      { text: "We're\u00a0number\u00a0one", spans: [[6, 16]] },
      { text: 'Totally risk\u2011free', spans: [[8, 17]] },
      { text: 'Totally Risk-Free\u00a0today', spans: [[8, 17]] },
    ],
    pass: ['miracles', 'A miraculous recovery', 'number ones', 'miracle\u0301', 'nothing here', ''],
  },
);

describeRule('terms with apostrophes', { kind: 'terms', terms: ["won't feel a thing"], caseSensitive: true }, {
  flag: [{ text: 'You won’t feel a thing', spans: [[4, 22]] }, "You won't\nfeel a thing"],
  pass: ['You will feel a thing'],
});

describeRule('terms, case-sensitive and not whole-word', { kind: 'terms', terms: ['NHS'], caseSensitive: true, wholeWord: false }, {
  flag: [{ text: 'theNHSway', spans: [[3, 6]] }],
  pass: ['the nhs way'],
});

describe('terms at scale', () => {
  it('compiles thousands of terms into one rule and finds the right ones', () => {
    const terms = Array.from({ length: 5000 }, (_, i) => `banned${i}word`);
    const checker = checkerFor({ kind: 'terms', terms });
    const findings = checker.check('ok banned42word and banned4999word but not banned5000word');
    expect(findings.map((f) => f.message)).toEqual(['Avoid "banned42word".', 'Avoid "banned4999word".']);
  });

  it('keeps the longest of overlapping terms in one rule', () => {
    const checker = checkerFor({ kind: 'terms', terms: ['side effects', 'no side effects'] });
    expect(checker.check('There are no side effects').map((f) => [f.start, f.end])).toEqual([[10, 25]]);
  });
});
