import { describe, expect, it } from 'vitest';
import { textFeatures } from '../../../rules/learned/features';

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
