// Sideways photos: when a reading is scraps, the picture is read turned and the best reading's boxes are
// put back into the picture's pixels; a legible or near-empty reading is not read again.

import { boxInPicture, legibleWords, readAnyWayUp, type QuarterTurn, type SidewaysReader } from '../../../rules/image/any-way-up';
import type { OcrResult, OcrWord } from '../../../rules/image/types';

const word = (text: string, confidence: number, box = { x: 0, y: 0, width: 10, height: 10 }): OcrWord => ({ text, confidence, line: 0, box });
const scraps = (count: number): OcrResult => ({ words: Array.from({ length: count }, (_, i) => word(i % 2 ? 'oo' : '©', 40)) });
const legible: OcrResult = { words: [word('Bed', 90), word('John', 92, { x: 100, y: 40, width: 80, height: 20 }), word('Smith', 88)] };

function fakeSideways(readings: Partial<Record<QuarterTurn, OcrResult>>): { reader: SidewaysReader; turns: QuarterTurn[] } {
  const turns: QuarterTurn[] = [];
  const reader: SidewaysReader = async () => ({
    size: { width: 300, height: 200 },
    read: async (turn) => {
      turns.push(turn);
      return readings[turn] ?? scraps(12);
    },
  });
  return { reader, turns };
}

describe('legibleWords', () => {
  it('counts confident words of three letters or digits, not scraps', () => {
    expect(legibleWords(legible)).toBe(3);
    expect(legibleWords({ words: [word('Bed', 60), word('4', 95), word('©©', 95), word('1958', 71)] })).toBe(1);
  });
});

describe('readAnyWayUp', () => {
  it('keeps a legible upright reading without turning the picture', async () => {
    const { reader, turns } = fakeSideways({});
    expect(await readAnyWayUp(legible, reader)).toBe(legible);
    expect(turns).toEqual([]);
  });

  it('does not turn a picture that gave next to nothing (no text either way)', async () => {
    const { reader, turns } = fakeSideways({ 3: legible });
    const nothing = scraps(4);
    expect(await readAnyWayUp(nothing, reader)).toBe(nothing);
    expect(turns).toEqual([]);
  });

  it('reads scraps turned, stops at a sure reading and puts its boxes back into the picture', async () => {
    const { reader, turns } = fakeSideways({ 3: legible });
    const result = await readAnyWayUp(scraps(20), reader);
    expect(turns).toEqual([3]);
    expect(result.words.map((w) => w.text)).toEqual(['Bed', 'John', 'Smith']);
    // "John" at (100, 40) 80 x 20 in the picture turned anticlockwise (200 x 300): in the 300 x 200 picture it runs down.
    expect(result.words[1]!.box).toEqual({ x: 300 - 60, y: 100, width: 20, height: 80 });

  });

  it('reads the other way too when the first is upside-down print (a few confident words, an unsure whole), and keeps the better', async () => {
    const upsideDown: OcrResult = { words: [word('pad', 80), word('NEN', 75), word('Buipuad', 72), word('8S6T/€0/CT', 40), word('uyor', 45)] };
    const rightWay: OcrResult = { words: [...legible.words, word('12/03/1958', 91)] };
    const { reader, turns } = fakeSideways({ 3: upsideDown, 1: rightWay });
    expect((await readAnyWayUp(scraps(20), reader)).words.map((w) => w.text)).toEqual(['Bed', 'John', 'Smith', '12/03/1958']);
    expect(turns).toEqual([3, 1]);
  });

  it('keeps the upright reading if neither turn reads better', async () => {
    const upright = scraps(20);
    expect(await readAnyWayUp(upright, fakeSideways({}).reader)).toBe(upright);
  });
});

describe('boxInPicture', () => {
  // A 300 x 200 picture; a box at its top-left corner, 30 wide and 10 high.
  const size = { width: 300, height: 200 };
  it('maps a box read in the clockwise-turned picture (200 x 300) back', () => {
    // Turned clockwise, the top-left corner goes to the top-right: x 190..200, y 0..30.
    expect(boxInPicture({ x: 190, y: 0, width: 10, height: 30 }, 1, size)).toEqual({ x: 0, y: 0, width: 30, height: 10 });
  });
  it('maps a box read in the anticlockwise-turned picture back', () => {
    // Turned anticlockwise, the top-left corner goes to the bottom-left: x 0..10, y 270..300.
    expect(boxInPicture({ x: 0, y: 270, width: 10, height: 30 }, 3, size)).toEqual({ x: 0, y: 0, width: 30, height: 10 });
  });
});
