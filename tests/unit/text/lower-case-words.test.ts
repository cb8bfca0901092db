import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../../rules/text/lower-case-words';

// What lowerCaseWords replaced, kept as its specification.
const LOWER_WORD = /(?<![\p{L}@#])[a-z][a-z'’-]+(?![\p{L}])/gu;
const byRegex = (text: string) => [...text.matchAll(LOWER_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('lowerCaseWords', () => {
  it('finds lower-case words, not handles, hashtags or words glued to capitals', () => {
    const text = "big thanks to jamie's team @sam #nhs x jamieS é-ok mary-jane’s";
    expect([...lowerCaseWords(text)].map(({ start, end }) => text.slice(start, end))).toEqual(['big', 'thanks', 'to', "jamie's", 'team', 'ok', 'mary-jane’s']);
  });

  it('finds exactly what the regex finds, astral letters and lone surrogates included', () => {
    const pieces = ['a', 'jo', 'mary', "'", '’', '-', 'S', 'É', 'é', '𝒜', '\ud835', '\udc9c', '@', '#', ' ', '.', '1', 'ß', 'ǅ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect([...lowerCaseWords(text)]).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
