import { loadRuleset } from '../../../../rules';
import { describeRule } from './tester';

describeRule(
  'pattern',
  { kind: 'pattern', pattern: '\\bbook (?:now|today)\\b', suggestions: ['book when you are ready'] },
  {
    flag: [
      { text: 'Book NOW!', spans: [[0, 8]], suggestions: [['book when you are ready']] },
      { text: '😀 book today', spans: [[3, 13]] },
    ],
    pass: ['Booking is open', 'book tomorrow'],
  },
);

describeRule('pattern, case-sensitive', { kind: 'pattern', pattern: 'NHS\\s+[A-Z]', caseSensitive: true }, {
  flag: ['NHS Trust'],
  pass: ['nhs trust'],
});

// redos-detector's analysis is CPU-bound: generous timeouts so a busy machine does not fail these.
describe('pattern safety at load time', { timeout: 30_000 }, () => {
  const load = (pattern: string) =>
    loadRuleset(`name: t\nrules:\n  - id: org/p\n    kind: pattern\n    pattern: '${pattern}'\n`);

  it.each(['(a+)+$', '(\\w+\\s?)+!', '.*.*=.*'])('refuses the catastrophic pattern %s, naming the rule path', (pattern) => {
    const result = load(pattern);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ path: 'rules[0].pattern', line: 5, column: 14, message: expect.stringMatching(/catastrophic/) }),
    ]);
  });

  it('refuses an invalid regex with the engine message', () => {
    const result = load('(unclosed');
    expect(!result.ok && result.errors[0]?.message).toMatch(/org\/p: not a valid regular expression/);
  });

  it('refuses a pattern that matches empty text', () => {
    const result = load('x*');
    expect(!result.ok && result.errors[0]?.message).toMatch(/matches empty text/);
  });

  it('refuses a pattern too complex to prove safe', () => {
    const result = load('(x|x)*y');
    expect(!result.ok && result.errors[0]?.message).toMatch(/catastrophic backtracking/);
  });

  it.each(['\\b\\d{3}-\\d{4}\\b', 'NHS\\s+Trust', '(?:guarantee|promise)d?\\s+results?'])('accepts the ordinary pattern %s', (pattern) => {
    expect(load(pattern).ok).toBe(true);
  });
});

describe('trusted loading', () => {
  it('skips the regex safety analysis for text already accepted (but still refuses invalid regexes)', () => {
    const unsafe = "name: t\nrules:\n  - id: org/p\n    kind: pattern\n    pattern: '(a+)+$'\n";
    expect(loadRuleset(unsafe, { trusted: true }).ok).toBe(true);
    expect(loadRuleset(unsafe).ok).toBe(false);
    expect(loadRuleset("name: t\nrules:\n  - id: org/p\n    kind: pattern\n    pattern: '(a'\n", { trusted: true }).ok).toBe(false);
  });
});
