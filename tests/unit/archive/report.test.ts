// The report files from a scan result: summary counts, escaping, spreadsheet safety.

import { renderCsv } from '../../../rules/archive/report/csv';
import { escapeHtml, excerpt, renderHtml } from '../../../rules/archive/report/html';
import { summarise } from '../../../rules/archive/report/summary';
import type { ScanResult } from '../../../rules/archive/scan';
import { parseCsv } from '../../../rules/archive/csv';
import type { Finding } from '../../../rules/types';

const finding = (ruleId: string, severity: Finding['severity'], start: number, end: number, link?: string): Finding => ({
  ruleId,
  category: ruleId.split('/')[0] as string,
  severity,
  start,
  end,
  message: `Message for ${ruleId} <b>bold</b>`,
  link,
});

const hostile = '<img src=x onerror=alert(1)> "risk-free" & more';
const result: ScanResult = {
  archive: 'exports/<x>.zip',
  ruleset: 'Riverside & Co',
  blockOn: 'error',
  sources: [{ name: 'X archive', platform: 'x', files: ['data/tweets.js'], posts: 5 }],
  postsByYear: { '2020': 3, '2021': 1, undated: 1 },
  postsChecked: 5,
  flagged: [
    { platform: 'x', text: hostile, date: '2020-01-02T03:04:05.000Z', id: '1', url: 'https://x.com/a/status/1', file: 'data/tweets.js', findings: [finding('tone/risk-free', 'error', hostile.indexOf('risk-free'), hostile.indexOf('risk-free') + 9, 'https://asa.example/ruling')] },
    { platform: 'x', text: '=HYPERLINK("http://evil")', date: '2020-05-05T00:00:00.000Z', file: 'data/tweets.js', findings: [finding('tone/risk-free', 'error', 0, 4), finding('tone/painless', 'warning', 1, 3, 'javascript:alert(1)')] },
    { platform: 'x', text: 'painless', date: '2021-01-01T00:00:00.000Z', url: 'javascript:alert(1)', file: 'data/tweets.js', findings: [finding('tone/painless', 'warning', 0, 8)] },
  ],
};

describe('summary', () => {
  it('counts posts and findings by year, rule and severity', () => {
    const summary = summarise(result);
    expect(summary.years).toEqual([
      { year: '2020', posts: 3, flaggedPosts: 2, error: 2, warning: 1, info: 0 },
      { year: '2021', posts: 1, flaggedPosts: 1, error: 0, warning: 1, info: 0 },
      { year: 'undated', posts: 1, flaggedPosts: 0, error: 0, warning: 0, info: 0 },
    ]);
    expect(summary.rules).toEqual([
      { ruleId: 'tone/risk-free', category: 'tone', severity: 'error', findings: 2, posts: 2 },
      { ruleId: 'tone/painless', category: 'tone', severity: 'warning', findings: 2, posts: 2 },
    ]);
    expect(summary.severities).toEqual({ error: 2, warning: 2, info: 0 });
    expect(summary.findings).toBe(4);
  });
});

describe('HTML report', () => {
  const html = renderHtml(result, summarise(result), '2026-12-07T04:00:00.000Z');

  it('escapes post text, rule text and the archive name; only the flagged span is marked', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;<mark>risk-free</mark>&quot; &amp; more');
    expect(html).toContain('exports/&lt;x&gt;.zip');
    expect(html).toContain('Riverside &amp; Co');
    expect(excerpt('a'.repeat(200) + 'BAD' + 'b'.repeat(200), { start: 200, end: 203 })).toBe(`…${'a'.repeat(90)}<mark>BAD</mark>${'b'.repeat(90)}…`);
    expect(escapeHtml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;');
  });

  it('links posts and references only over https, and loads nothing (no script, CSP)', () => {
    expect(html).toContain('<a href="https://x.com/a/status/1" rel="noopener noreferrer">Open post</a>');
    expect(html).toContain('<a href="https://asa.example/ruling" rel="noopener noreferrer">Reference</a>');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('no link in the export');
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });
});

describe('CSV findings', () => {
  it('has one row per finding, quotes every cell, and defuses formulas', () => {
    const rows = parseCsv(renderCsv(result));
    expect(rows[0]).toEqual(['date', 'platform', 'post_id', 'post_url', 'severity', 'rule', 'category', 'start', 'end', 'flagged_text', 'message', 'post_text', 'export_file']);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[1]).toEqual(['2020-01-02T03:04:05.000Z', 'x', '1', 'https://x.com/a/status/1', 'error', 'tone/risk-free', 'tone', '30', '39', 'risk-free', 'Message for tone/risk-free <b>bold</b>', hostile, 'data/tweets.js']);
    expect(rows[2]?.[9]).toBe("'=HYP");
    expect(rows[2]?.[11]).toBe(`'=HYPERLINK("http://evil")`);
  });
});
