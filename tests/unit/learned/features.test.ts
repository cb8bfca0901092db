import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellFeatures, textFeatures, wordFeatureHashes, wordFeatures } from '../../../rules/learned/features';
import { featureHash } from '../../../rules/learned/packed-weights';

describe('textFeatures', () => {
  it('read words and word pairs in lower case', () => {
    expect(textFeatures('Went home today').sort()).toEqual(['home', 'home today', 'today', 'went', 'went home']);
  });

  it('fold numbers by size, so every age is one feature and every year another', () => {
    expect(textFeatures('aged 58')).toContain('aged 0');
    expect(textFeatures('aged 91')).toContain('aged 0');
    expect(textFeatures('in 1948')).toContain('in 0000');
  });

  it('mark capitalised words inside a sentence, and runs of them', () => {
    const features = textFeatures('Thank you to Mrs Patel on the ward.');
    expect(features).toContain('to ⟨C⟩');
    expect(features).toContain('⟨C⟩ ⟨C⟩');
    // The first word of a sentence is capitalised by grammar, not because it is a name.
    expect(textFeatures('Thank you.').some((f) => f.includes('⟨C⟩'))).toBe(false);
  });
});

describe('wordFeatureHashes', () => {
  it('hash exactly the features wordFeatures spells out, word by word', () => {
    const pieces = ['Mrs', 'Patel', 'went', 'home', 'Zoë', 'ŁÓDŹ', '58', '1948', "O'Neil", 'e-mail', '.', '!', '\n', ':', ' ', ', ', 'ⅷ', '👍', 'İ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join(' ');
        const spelled = wordFeatures(text).map(({ start, features }) => ({ start, hashes: features.map(featureHash) }));
        expect(wordFeatureHashes(text)).toEqual(spelled);
        // and spellFeatures gives back each feature from its hash
        const features = textFeatures(text);
        expect(spellFeatures(text, new Set(features.map(featureHash)))).toEqual(new Map(features.map((feature) => [featureHash(feature), feature])));
      }),
      { numRuns: 500 },
    );
  });
});
