// LinkedIn data export: Shares.csv with the header Date, ShareLink, ShareCommentary, SharedUrl,
// MediaUrl, Visibility. Date is "YYYY-MM-DD HH:MM:SS" (UTC); ShareLink is the post's own URL.

import { parseCsv } from '../csv';
import { FormatError, filesMatching, type ArchiveFormat, type ArchivePost } from './types';

const SHARES_FILE = /(^|\/)Shares\.csv$/i;

function isoDate(value: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(value?.trim() ?? '');
  return match ? `${match[1]}T${match[2]}.000Z` : undefined;
}

function linkedinUrl(value: string | undefined): string | undefined {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'https:' && /(^|\.)linkedin\.com$/.test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const linkedinExport: ArchiveFormat = {
  name: 'LinkedIn export',
  platform: 'linkedin',
  find: (files) => filesMatching(files, SHARES_FILE),
  async read(source, files) {
    const posts: ArchivePost[] = [];
    for (const file of files) {
      const [header, ...rows] = parseCsv((await source.read(file)).toString('utf8'));
      const column = (name: string) => header?.findIndex((cell) => cell.trim().toLowerCase() === name.toLowerCase()) ?? -1;
      const [date, link, commentary] = [column('Date'), column('ShareLink'), column('ShareCommentary')];
      if (commentary === -1) throw new FormatError(`${file}: no ShareCommentary column (header: ${header?.join(', ') ?? 'empty'})`);
      for (const row of rows) {
        const text = row[commentary] ?? '';
        if (text.trim() === '') continue;
        const url = linkedinUrl(row[link]);
        const id = url ? /urn:li:\w+:\d+/.exec(decodeURIComponent(url))?.[0] : undefined;
        posts.push({ platform: 'linkedin', text, date: isoDate(row[date]), url, id, file });
      }
    }
    return posts;
  },
};
