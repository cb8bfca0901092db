import { describe, expect, it } from 'vitest';
import { extendHash, featureHash, packWeights, unpackWeights } from '../../../rules/learned/packed-weights';

describe('packed weights', () => {
  it('round-trip every weight to the nearest thousandth, keyed by the feature hash', () => {
    const weights = new Map([['went home', 1.2344], ['rota', -0.5], ['mrs ⟨C⟩', 7.472]]);
    const unpacked = unpackWeights(packWeights(weights));
    expect(unpacked.size).toBe(3);
    expect(unpacked.get(featureHash('went home'))).toBe(1.234);
    expect(unpacked.get(featureHash('rota'))).toBe(-0.5);
    expect(unpacked.get(featureHash('mrs ⟨C⟩'))).toBe(7.472);
    expect(unpacked.get(featureHash('discharged'))).toBeUndefined();
  });

  it('hash features the same way every time and tell different ones apart', () => {
    expect(featureHash('went home')).toBe(featureHash('went home'));
    expect(featureHash('went home')).not.toBe(featureHash('went homes'));
    expect(featureHash('')).toBe(0x811c9dc5);
  });

  it('extend a hash as if the text had been longer', () => {
    expect(extendHash(featureHash('went'), ' home')).toBe(featureHash('went home'));
  });

  it('refuse a weight too large to pack', () => {
    expect(() => packWeights(new Map([['huge', 40]]))).toThrow(/does not fit/);
  });
});
