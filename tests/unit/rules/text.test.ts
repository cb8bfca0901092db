import fc from 'fast-check';
import { leftmostLongest, TermAutomaton } from '../../../rules/text/automaton';
import { matchCase } from '../../../rules/text/case';
import { memoLast } from '../../../rules/text/memo-last';
import { foldCase } from '../../../rules/text/fold';
import { splitIntoWords } from '../../../rules/text/hashtag-words';
import { compileOrgAllowList } from '../../../rules/text/org-lists';
import { formatMessage, unknownPlaceholders } from '../../../rules/text/placeholders';
import { isWholeWord } from '../../../rules/text/words';

describe('foldCase', () => {
  it('keeps the length of any string (UTF-16 indices do not move)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldCase(text).length).toBe(text.length);
      }), { numRuns: 500 });
  });

  it('lower-cases, including characters whose lower case is longer', () => {
    expect(foldCase('İSTANBUL Guaranteed ΣΑΣ ẞ')).toBe('istanbul guaranteed σασ ß');
    expect(foldCase('ΣΑΣ')).toBe(foldCase('σας'));
    expect('İ'.toLowerCase()).toHaveLength(2);
    expect(foldCase('𐐀')).toBe('𐐨');
  });
});

describe('matchCase', () => {
  it.each([
    ['GUARANTEED', 'designed', 'DESIGNED'],
    ['Guaranteed', 'designed', 'Designed'],
    ['guaranteed', 'designed', 'designed'],
    ['riverside hosp', 'Riverside Hospital', 'Riverside Hospital'],
    ['RIVERSIDE HOSP', 'Riverside Hospital', 'RIVERSIDE HOSPITAL'],
    ['I', 'we', 'We'],
    ['100%', 'most', 'most'],
  ])('%s -> %s gives %s', (original, replacement, expected) => expect(matchCase(original, replacement)).toBe(expected));
});

describe('automaton', () => {
  it('finds every occurrence, overlapping ones included', () => {
    const automaton = new TermAutomaton(['he', 'she', 'his', 'hers']);
    expect(automaton.scan('ushers').map((m) => [m.start, m.end, m.term])).toEqual([
      [1, 4, 1],
      [2, 4, 0],
      [2, 6, 3],
    ]);
  });

  it('matches like indexOf on random input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', '😀') }), { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', 'c', '😀') }), (terms, text) => {
        const found = new TermAutomaton(terms).scan(text).map((m) => `${m.start}:${m.term}`).sort();
        const expected: string[] = [];
        terms.forEach((term, index) => {
          for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) expected.push(`${at}:${index}`);
        });
        expect(found).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('leftmostLongest keeps non-overlapping spans', () => {
    expect(leftmostLongest([{ start: 0, end: 2 }, { start: 0, end: 5 }, { start: 3, end: 6 }, { start: 5, end: 7 }])).toEqual([{ start: 0, end: 5 }, { start: 5, end: 7 }]);
  });
});

describe('isWholeWord', () => {
  it.each([
    ['a cure.', 2, 6, true],
    ['secure', 2, 6, false],
    ['cures', 0, 4, false],
    ['cure\u0301', 0, 4, false],
    ['😀cure😀', 2, 6, true],
    ['x#1y', 1, 3, false],
    ['no #1!', 3, 5, true],
  ])('%j [%i, %i) is %s', (text, start, end, expected) => expect(isWholeWord(text, start, end)).toBe(expected));
});

describe('placeholders', () => {
  it('fills known placeholders, leaves none as "undefined" and reports unknown ones', () => {
    expect(formatMessage('Use {suggestion} not {match} ({count}/{max}).', { match: 'x', suggestion: 'y', count: 3, max: 2 })).toBe('Use y not x (3/2).');
    expect(formatMessage('Avoid {match}. {detail}', { match: 'x' })).toBe('Avoid x.');
    expect(unknownPlaceholders('{match} {nope} {detail} {x}')).toEqual(['nope', 'x']);
  });
});

describe('splitIntoWords', () => {
  it('splits only into known words, fewest first', () => {
    expect(splitIntoWords('breastcancerawareness')).toEqual(['breast', 'cancer', 'awareness']);
    expect(splitIntoWords('worldkidneyday')).toEqual(['world', 'kidney', 'day']);
    expect(splitIntoWords('bcsm')).toBeUndefined();
    expect(splitIntoWords('health')).toBeUndefined();
  });
});

describe('org allow-list', () => {
  const isOwn = compileOrgAllowList({ names: ['Riverside Hospital'], staff: ['Dr. Priya Shah'], contacts: ['+44 161 555 0100', 'bookings@riverside.example'] });
  it.each([
    ['riverside  hospital', true],
    ['Dr Priya Shah', true],
    ['BOOKINGS@riverside.example', true],
    ['0161 555 0100', true],
    ['(0161) 555-0100', true],
    ['0161 555 0199', false],
    ['Priya', false],
    ['555 0100', false],
  ])('%j is the org own: %s', (text, expected) => expect(isOwn(text)).toBe(expected));
});

describe('memoLast', () => {
  it('answers a text asked again within one check (whole text, then a slice, then the text) without scanning it again', () => {
    const scanned: string[] = [];
    const length = memoLast((text: string) => {
      scanned.push(text);
      return text.length;
    });
    const post = 'Thanks to Ward 7. Mia went home today.';
    expect([length(post), length(post.slice(18)), length(post), length(post.slice(18))]).toEqual([38, 20, 38, 20]);
    expect(scanned).toEqual([post, post.slice(18)]);
  });

  it('forgets the oldest text once it holds eight, so memory stays flat over any number of posts', () => {
    const scanned: string[] = [];
    const echo = memoLast((text: string) => {
      scanned.push(text);
      return text;
    });
    for (let i = 0; i < 9; i++) echo(`post ${i}`);
    echo('post 8');
    echo('post 1');
    echo('post 0');
    expect(scanned.filter((text) => text === 'post 0')).toHaveLength(2);
    expect(scanned.filter((text) => text === 'post 1')).toHaveLength(1);
  });
});
