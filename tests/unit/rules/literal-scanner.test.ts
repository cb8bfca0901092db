import fc from 'fast-check';
import { TermAutomaton } from '../../../rules/text/automaton';
import { LiteralScanner } from '../../../rules/text/literal-scanner';

describe('LiteralScanner', () => {
  it('gives each list exactly what its own automaton finds, in the same order, whatever the lists share', () => {
    const phrase = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀'), minLength: 0, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.array(phrase, { maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', 'c') }), { minLength: 1, maxLength: 3 }), (lists, texts) => {
        const scanner = new LiteralScanner();
        const handles = lists.map((list) => scanner.add(list));
        for (const text of [...texts, ...texts]) {
          lists.forEach((list, i) => expect(scanner.find(text, handles[i] as number)).toEqual(new TermAutomaton(list).scan(text)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a list added after a scan is found too', () => {
    const scanner = new LiteralScanner();
    const first = scanner.add(['cure']);
    expect(scanner.find('a cure for all', first)).toHaveLength(1);
    const second = scanner.add(['all', 'cure']);
    expect(scanner.find('a cure for all', second).map((m) => m.term)).toEqual([1, 0]);
  });
});
