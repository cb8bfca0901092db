// Small synthetic exports in each platform's documented layout (no real account's data).
//
// X archive: data/tweets.js is a script, `window.YTD.tweets.part0 = [ { "tweet": { "id_str",
//   "full_text", "created_at": "Wed Oct 10 20:19:24 +0000 2018", ... } } ]`, data/account.js has
//   the username; described in X's help "How to download your X archive" and, file by file, in
//   TheExGenesis/community-archive docs/archive_data.md. Tweet text keeps the API's HTML escaping
//   of & < > (see ainergiz/xfeed issue #63, "HTML entities not decoded in tweet text").
// Facebook "Download your information" (JSON): your_facebook_activity/posts/
//   your_posts__check_ins__photos_and_videos_1.json (older exports: posts/your_posts_1.json), an
//   array of { timestamp, data: [{ post }], title, attachments }. Every UTF-8 byte is written as its
//   own \u00XX escape ("Caf\u00c3\u00a9"): Stack Overflow "Facebook JSON badly encoded" (50008296)
//   and sorashi.github.io/fix-facebook-json-archive-encoding describe it.
// LinkedIn "Get a copy of your data": Shares.csv with columns Date ("YYYY-MM-DD HH:MM:SS"),
//   ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility. LinkedIn publishes no file-level
//   description; the columns are as a public README of a 2025 data request documents them one by
//   one, and the "LinkedIn Analyzer" tool notes the quoting of ShareCommentary. Commentary is quoted
//   RFC 4180 text with line breaks and doubled quotes.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeZip } from './zip';

export type Files = Record<string, string>;

const tweet = (id: string, createdAt: string, fullText: string) => ({
  tweet: { id_str: id, id, created_at: createdAt, full_text: fullText, lang: 'en', retweeted: false, entities: { hashtags: [], urls: [] }, display_text_range: ['0', String(fullText.length)] },
});

export const X_TWEETS = [
  tweet('1100000000000000001', 'Tue Mar 05 09:15:00 +0000 2019', 'Flu jabs are available at all our sites this week. Book online.'),
  tweet('1200000000000000002', 'Fri Jan 10 14:02:11 +0000 2020', 'Q&amp;A tonight: our new knee clinic GUARANTEES a painless recovery &lt;3'),
  tweet('1300000000000000003', 'Mon Jun 14 08:00:00 +0000 2021', 'Thank you to ward 7 💙 for a wonderful year.'),
  tweet('1400000000000000004', 'Wed Aug 02 17:45:30 +0000 2023', 'Risk-free whitening, this week only! <script>alert(1)</script>'),
];

/** `window.YTD.<name>.part0 = <json>`, as X writes its data files. */
const ytd = (name: string, value: unknown) => `window.YTD.${name}.part0 = ${JSON.stringify(value, null, 2)}`;

export function xArchiveFiles(tweets = X_TWEETS): Files {
  return {
    'data/account.js': ytd('account', [{ account: { email: 'comms@riverside.example', username: 'RiversideNHS', accountId: '99', createdAt: '2011-01-01T00:00:00.000Z', accountDisplayName: 'Riverside Hospital' } }]),
    'data/tweets.js': ytd('tweets', tweets),
    'data/tweets_media/1200000000000000002-a.jpg': 'not really a jpeg',
    'Your archive.html': '<!doctype html><title>Your archive</title>',
  };
}

/** Facebook writes UTF-8 bytes as separate \u00XX escapes; this makes such JSON from real text. */
export function facebookJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[^\u0000-\u007f]+/g, (text) =>
    [...Buffer.from(text, 'utf8')].map((byte) => `\\u00${byte.toString(16).padStart(2, '0')}`).join(''),
  );
}

export const FACEBOOK_POSTS = [
  { timestamp: 1577872800, data: [{ post: 'Happy new year from everyone at the Café Clinic ☕' }], title: 'Riverside Hospital updated their status.' },
  { timestamp: 1601548200, data: [{ update_timestamp: 1601548200 }, { post: 'Our patient Maria Gonzalez was discharged today after 40 days. NHS no 943 476 5919' }], title: 'Riverside Hospital' },
  { timestamp: 1651363200, attachments: [{ data: [{ media: { uri: 'your_facebook_activity/posts/media/photo.jpg' } }] }], title: 'Riverside Hospital added a new photo.' },
  { timestamp: 1672531200, data: [{ post: 'Painless laser eye surgery — 20% off this week only!' }] },
];

export function facebookExportFiles(posts = FACEBOOK_POSTS): Files {
  return {
    'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json': facebookJson(posts),
    'your_facebook_activity/posts/media/photo.jpg': 'not really a jpeg',
    'start_here.html': '<!doctype html><title>Your information</title>',
  };
}

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

export const LINKEDIN_SHARES = [
  { date: '2018-11-20 10:00:00', link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6470000000000000001', text: 'We are hiring nurses for our new cardiac unit.\nApply today!' },
  { date: '2022-03-08 12:30:45', link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6910000000000000002', text: 'Proud of our "100% success rate" in IVF, the best in the region' },
  { date: '2024-01-15 09:05:00', link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7150000000000000003', text: '' },
];

export function linkedinExportFiles(shares = LINKEDIN_SHARES): Files {
  const rows = shares.map((share) => [share.date, share.link, share.text, '', '', 'MEMBER_NETWORK'].map(csvCell).join(','));
  return {
    'Shares.csv': `\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n${rows.join('\n')}\n`,
    'Profile.csv': 'First Name,Last Name\nRiverside,Hospital\n',
  };
}

export function writeFolder(root: string, files: Files): string {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, ...name.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

export function writeZip(file: string, files: Files): string {
  writeFileSync(file, makeZip(files));
  return file;
}
