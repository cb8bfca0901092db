// Facebook "Download your information" (JSON): your_posts_1.json (older exports: posts/;
// newer: your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json). Each item
// is { timestamp (Unix seconds), data: [{ post }], title, attachments }. Facebook writes each UTF-8
// byte as its own \u00XX escape, so text must be re-read as UTF-8. The export has no post ids.

import { FormatError, filesMatching, type ArchiveFormat, type ArchivePost } from './types';

const POST_FILES = /(^|\/)(your_posts|profile_posts)(__check_ins__photos_and_videos)?_\d+\.json$/;

/**
 * "CafÃ©" -> "Café". Only strings that are all single bytes and decode as valid UTF-8 are
 * changed, so text that was already right (or is genuinely Latin-1) stays as it is.
 */
export function fixMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? text : decoded;
}

type FacebookItem = { timestamp?: unknown; data?: unknown };

function postText(item: FacebookItem): string | undefined {
  if (!Array.isArray(item.data)) return undefined;
  const parts = item.data.map((entry: { post?: unknown }) => entry?.post).filter((post): post is string => typeof post === 'string' && post !== '');
  return parts.length > 0 ? fixMojibake(parts.join('\n')) : undefined;
}

export const facebookExport: ArchiveFormat = {
  name: 'Facebook export',
  platform: 'facebook',
  find: (files) => filesMatching(files, POST_FILES),
  async read(source, files) {
    const posts: ArchivePost[] = [];
    for (const file of files) {
      let items: unknown;
      try {
        items = JSON.parse((await source.read(file)).toString('utf8'));
      } catch (error) {
        throw new FormatError(`${file}: not valid JSON (${(error as Error).message})`);
      }
      if (!Array.isArray(items)) throw new FormatError(`${file}: expected an array of posts`);
      for (const item of items as FacebookItem[]) {
        const text = postText(item);
        if (text === undefined) continue;
        const date = typeof item.timestamp === 'number' ? new Date(item.timestamp * 1000).toISOString() : undefined;
        posts.push({ platform: 'facebook', text, date, file });
      }
    }
    return posts;
  },
};
