// X Pro (pro.x.com, formerly TweetDeck): a deck of columns built from x.com's own web app, so the
// composer column holds the same Draft.js tweetTextarea_N editors and tweetButton as x.com; only
// the host differs. Every composer there posts (there is no reply-under-a-status page).
import type { PlatformAdapter } from './types';
import { hostIn } from './shared';
import { xAdapter } from './x';

export const xProAdapter: PlatformAdapter = {
  ...xAdapter,
  matches: (url) => hostIn(url, 'pro.x.com', 'pro.twitter.com'),
};
