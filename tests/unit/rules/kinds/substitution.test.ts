import { describeRule } from './tester';

describeRule(
  'substitution',
  { kind: 'substitution', swap: { guaranteed: 'designed', 'Riverside Hosp': 'Riverside Hospital', cure: ['treat', 'help with'] } },
  {
    flag: [
      { text: 'guaranteed results', spans: [[0, 10]], suggestions: [['designed']] },
      { text: 'GUARANTEED results', suggestions: [['DESIGNED']] },
      { text: 'Guaranteed results', suggestions: [['Designed']] },
      { text: 'Thanks from riverside hosp!', suggestions: [['Riverside Hospital']] },
      { text: 'We cure it', suggestions: [['treat', 'help with']] },
    ],
    pass: ['Thanks from Riverside Hospital!', 'secure', 'guaranteedly'],
  },
);

describe('substitution messages', () => {
  it('fills {match} and {suggestion}', async () => {
    const { checkerFor } = await import('./tester');
    const checker = checkerFor({ kind: 'substitution', swap: { 'Riverside Hosp': 'Riverside Hospital' }, message: 'Write "{suggestion}", not "{match}".' });
    expect(checker.check('At Riverside Hosp today')[0]?.message).toBe('Write "Riverside Hospital", not "Riverside Hosp".');
  });
});
