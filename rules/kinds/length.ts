import configs from 'twitter-text/dist/configs.js';
import parseTweet from 'twitter-text/dist/parseTweet.js';
import type { RuleKind, RuleHit } from './types';
import { limitFor } from './per-platform';

/** X counts with weights (CJK and emoji 2, URLs 23); validRangeEnd is the last UTF-16 index that fits. */
function xOverflow(text: string, max: number): { count: number; overflowStart: number } | undefined {
  const parsed = parseTweet(text, { ...configs.version3, maxWeightedTweetLength: max });
  if (parsed.weightedLength <= max) return undefined;
  // parseTweet counts NFC-normalised text; clamp in case normalisation moved the index past our text.
  return { count: parsed.weightedLength, overflowStart: Math.min(parsed.validRangeEnd + 1, text.length) };
}

/** Elsewhere we count code points (an emoji is one character to a writer, not two UTF-16 units). */
function codePointOverflow(text: string, max: number): { count: number; overflowStart: number } | undefined {
  let count = 0;
  let overflowStart = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    count++;
    if (count === max + 1) overflowStart = i;
  }
  return count > max ? { count, overflowStart } : undefined;
}

export const length: RuleKind<'length'> = {
  meta: {
    id: 'length',
    docs: 'Post length limit per platform, counted the way the platform counts; flags the overflowing part.',
    fixable: false,
    defaultMessage: '{detail}',
  },
  compile(rule) {
    return ({ text, platform }): RuleHit[] => {
      const max = limitFor(rule.max, platform);
      if (max === undefined) return [];
      const overflow = platform === 'x' ? xOverflow(text, max) : codePointOverflow(text, max);
      if (!overflow) return [];
      const over = overflow.count - max;
      const unit = platform === 'x' ? 'weighted characters (links count 23)' : 'characters';
      return [
        {
          start: overflow.overflowStart,
          end: text.length,
          detail: `${overflow.count} ${unit}, ${over} over the limit of ${max}. Shorten the post.`,
          values: { count: overflow.count, max, match: text.slice(overflow.overflowStart) },
        },
      ];
    };
  },
};
