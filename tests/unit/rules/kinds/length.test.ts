import { describeRule } from './tester';

const a280 = 'a'.repeat(280);

describeRule('length on X: weighted like X', { kind: 'length', max: { x: 280, linkedin: 3000, facebook: 63206 } }, {
  flag: [
    { text: `${a280}b`, platform: 'x', spans: [[280, 281]] },
    // CJK weighs 2: 141 of them are 282.
    { text: '医'.repeat(141), platform: 'x', spans: [[140, 141]] },
    // Emoji sequences weigh 2 whatever their UTF-16 length; 140 * 2 = 280, the next one overflows.
    { text: `${'😀'.repeat(140)}👩‍⚕️`, platform: 'x', spans: [[280, 285]] },
    { text: 'x'.repeat(3001), platform: 'linkedin', spans: [[3000, 3001]] },
    { text: 'x'.repeat(63207), platform: 'facebook', spans: [[63206, 63207]] },
  ],
  pass: [
    { text: a280, platform: 'x' },
    { text: '医'.repeat(140), platform: 'x' },
    // Every URL counts 23, however long.
    { text: `${'a'.repeat(256)} https://example.org/${'p'.repeat(200)}`, platform: 'x' },
    { text: `${a280}b`, platform: 'linkedin' },
    // Emoji are one character to LinkedIn writers: 3,000 emoji (6,000 UTF-16 units) fit.
    { text: '😀'.repeat(3000), platform: 'linkedin' },
    { text: `${a280}b` },
  ],
});

describeRule('length with one limit for every platform', { kind: 'length', max: 10 }, {
  flag: [{ text: 'abcdefghijk', spans: [[10, 11]] }, { text: 'abcdefghijk', platform: 'facebook' }],
  pass: ['abcdefghij'],
});

describe('length messages', () => {
  it('says how far over the limit the post is', async () => {
    const { checkerFor } = await import('./tester');
    const checker = checkerFor({ kind: 'length', max: { x: 280 } });
    expect(checker.check(`${a280} https://example.org`, { platform: 'x' })[0]?.message).toBe(
      '304 weighted characters (links count 23), 24 over the limit of 280. Shorten the post.',
    );
  });
});
