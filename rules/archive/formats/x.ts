// X (Twitter) archive: data/tweets.js (older archives: data/tweet.js; large ones add
// data/tweets-part1.js, ...). Each file is a script, `window.YTD.tweets.part0 = [ { "tweet": {...} } ]`.
// Tweet text is HTML-escaped as in the API (&amp; &lt; &gt;); data/account.js gives the username
// for links.

import { FormatError, filesMatching, type ArchiveFormat, type ArchivePost } from './types';
import type { ArchiveSource } from '../source';

const TWEET_FILES = /(^|\/)data\/tweets?(-part\d+)?\.js$/;
const ACCOUNT_FILE = /(^|\/)data\/account\.js$/;
const YTD_PREFIX = /^\s*window\.YTD\.\w+\.part\d+\s*=\s*/;

function parseYtd(file: string, text: string): unknown[] {
  const prefix = YTD_PREFIX.exec(text);
  if (!prefix) throw new FormatError(`${file}: expected "window.YTD.<name>.part<N> = [...]"`);
  let value: unknown;
  try {
    value = JSON.parse(text.slice(prefix[0].length).replace(/;\s*$/, ''));
  } catch (error) {
    throw new FormatError(`${file}: not valid JSON after the window.YTD prefix (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new FormatError(`${file}: expected an array after the window.YTD prefix`);
  return value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] as string);
}

async function username(source: ArchiveSource): Promise<string | undefined> {
  const [file] = filesMatching(source.files, ACCOUNT_FILE);
  if (!file) return undefined;
  const [entry] = parseYtd(file, (await source.read(file)).toString('utf8')) as { account?: { username?: unknown } }[];
  const name = entry?.account?.username;
  return typeof name === 'string' && /^\w{1,50}$/.test(name) ? name : undefined;
}

function toPost(item: unknown, file: string, user: string | undefined): ArchivePost | undefined {
  const tweet = ((item as { tweet?: unknown })?.tweet ?? item) as Record<string, unknown> | null;
  const text = tweet?.full_text ?? tweet?.text;
  if (typeof text !== 'string') return undefined;
  const id = typeof tweet?.id_str === 'string' && /^\d+$/.test(tweet.id_str) ? tweet.id_str : undefined;
  const created = typeof tweet?.created_at === 'string' ? new Date(tweet.created_at) : undefined;
  return {
    platform: 'x',
    text: decodeEntities(text),
    id,
    date: created && !Number.isNaN(created.getTime()) ? created.toISOString() : undefined,
    url: id ? `https://x.com/${user ?? 'i/web'}/status/${id}` : undefined,
    file,
  };
}

export const xArchive: ArchiveFormat = {
  name: 'X archive',
  platform: 'x',
  find: (files) => filesMatching(files, TWEET_FILES),
  async read(source, files) {
    const user = await username(source);
    const posts: ArchivePost[] = [];
    for (const file of files) {
      for (const item of parseYtd(file, (await source.read(file)).toString('utf8'))) {
        const post = toPost(item, file, user);
        if (post) posts.push(post);
      }
    }
    return posts;
  },
};
