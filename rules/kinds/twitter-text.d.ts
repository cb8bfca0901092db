// twitter-text ships no types. We import only its parseTweet entry (and configs) to keep the
// content-script bundle small: ~49 KB minified instead of ~85 KB for the whole package.
declare module 'twitter-text/dist/parseTweet.js' {
  export type ParsedTweet = {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  };
  export type TweetConfig = {
    version: number;
    maxWeightedTweetLength: number;
    scale: number;
    defaultWeight: number;
    emojiParsingEnabled?: boolean;
    transformedURLLength: number;
    ranges: { start: number; end: number; weight: number }[];
  };
  const parseTweet: (text: string, config?: TweetConfig) => ParsedTweet;
  export default parseTweet;
}
declare module 'twitter-text/dist/configs.js' {
  import type { TweetConfig } from 'twitter-text/dist/parseTweet.js';
  const configs: { version3: TweetConfig; defaults: TweetConfig };
  export default configs;
}
