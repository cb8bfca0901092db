// The report as one self-contained HTML file: no script, no external resource (a CSP forbids
// both), every piece of post text and rule text HTML-escaped. Opening it sends nothing anywhere.

import type { Finding } from '../../types';
import type { FlaggedPost, ScanResult } from '../scan';
import type { Summary } from './summary';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);

const CONTEXT_CHARS = 90;

/** The flagged span in its sentence: escaped text around a <mark>. */
export function excerpt(text: string, finding: Pick<Finding, 'start' | 'end'>): string {
  const from = Math.max(0, finding.start - CONTEXT_CHARS);
  const to = Math.min(text.length, finding.end + CONTEXT_CHARS);
  const before = (from > 0 ? '…' : '') + text.slice(from, finding.start);
  const after = text.slice(finding.end, to) + (to < text.length ? '…' : '');
  return `${escapeHtml(before)}<mark>${escapeHtml(text.slice(finding.start, finding.end))}</mark>${escapeHtml(after)}`;
}

function safeHttps(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const link = (url: string | undefined, label: string) => {
  const href = safeHttps(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>` : '';
};

const displayDate = (iso: string | undefined) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : 'undated');
const number = (n: number) => n.toLocaleString('en-GB');
const PLATFORM_NAMES = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;

function findingRow(post: FlaggedPost, finding: Finding): string {
  const postLink = link(post.url, 'Open post') || '<span class="muted">no link in the export</span>';
  return `<tr data-severity="${finding.severity}" data-rule="${escapeHtml(finding.ruleId)}">
<td class="nowrap">${escapeHtml(displayDate(post.date))}</td>
<td>${PLATFORM_NAMES[post.platform]}</td>
<td><span class="severity ${finding.severity}">${finding.severity}</span></td>
<td class="nowrap">${escapeHtml(finding.ruleId)}</td>
<td class="text">${excerpt(post.text, finding)}</td>
<td>${escapeHtml(finding.message)} ${link(finding.link, 'Reference')}</td>
<td class="nowrap">${postLink}</td>
</tr>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .6rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #cfd6de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f6}td.num,th.num{text-align:right}.nowrap{white-space:nowrap}.muted{color:#57606a}
td.text{white-space:pre-wrap;max-width:38rem}mark{background:#ffd54a;color:#1b1f24;outline:1px solid #b58900;border-radius:2px}
.severity{font-weight:600;padding:0 .3rem;border-radius:3px}.error{background:#ffdcdc;color:#8a0000}.warning{background:#fff1c2;color:#6b4b00}.info{background:#dbeaff;color:#0b3d91}
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.card{border:1px solid #cfd6de;border-radius:6px;padding:.6rem 1rem;min-width:9rem}.card b{display:block;font-size:1.5rem}
a{color:#0550ae}`;

export function renderHtml(result: ScanResult, summary: Summary, generatedAt: string): string {
  const sources = result.sources
    .map((source) => `<li>${escapeHtml(source.name)}: ${number(source.posts)} posts from ${source.files.map((file) => `<code>${escapeHtml(file)}</code>`).join(', ')}</li>`)
    .join('\n');
  const years = summary.years
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.year)}</td><td class="num">${number(row.posts)}</td><td class="num">${number(row.flaggedPosts)}</td><td class="num">${number(row.error)}</td><td class="num">${number(row.warning)}</td><td class="num">${number(row.info)}</td></tr>`,
    )
    .join('\n');
  const rules = summary.rules
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.ruleId)}</td><td>${escapeHtml(row.category)}</td><td><span class="severity ${row.severity}">${row.severity}</span></td><td class="num">${number(row.findings)}</td><td class="num">${number(row.posts)}</td></tr>`,
    )
    .join('\n');
  const findings = result.flagged.flatMap((post) => post.findings.map((finding) => findingRow(post, finding))).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clearpost archive report: ${escapeHtml(result.archive)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Clearpost archive report</h1>
<p class="muted">${escapeHtml(result.archive)} · ruleset “${escapeHtml(result.ruleset)}” · made ${escapeHtml(generatedAt.slice(0, 16).replace('T', ' '))} UTC on this computer; nothing was sent anywhere.</p>
<ul>
${sources}
</ul>
<div class="cards" aria-label="Totals">
<div class="card"><b data-total="posts">${number(result.postsChecked)}</b>posts checked</div>
<div class="card"><b data-total="flagged">${number(result.flagged.length)}</b>posts with findings</div>
<div class="card"><b data-total="error">${number(summary.severities.error)}</b>errors</div>
<div class="card"><b data-total="warning">${number(summary.severities.warning)}</b>warnings</div>
<div class="card"><b data-total="info">${number(summary.severities.info)}</b>info</div>
</div>
<h2 id="by-year-title">By year</h2>
<table id="by-year" aria-labelledby="by-year-title">
<thead><tr><th scope="col">Year</th><th scope="col" class="num">Posts</th><th scope="col" class="num">Posts with findings</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Info</th></tr></thead>
<tbody>
${years}
</tbody>
</table>
<h2 id="by-rule-title">By rule</h2>
<table id="by-rule" aria-labelledby="by-rule-title">
<thead><tr><th scope="col">Rule</th><th scope="col">Category</th><th scope="col">Severity</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Posts</th></tr></thead>
<tbody>
${rules || '<tr><td colspan="5">No findings.</td></tr>'}
</tbody>
</table>
<h2 id="findings-title">Findings (${number(summary.findings)})</h2>
<table id="findings" aria-labelledby="findings-title">
<thead><tr><th scope="col">Posted</th><th scope="col">Platform</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Flagged text</th><th scope="col">Why</th><th scope="col">Post</th></tr></thead>
<tbody>
${findings || '<tr><td colspan="7">No findings.</td></tr>'}
</tbody>
</table>
</main>
</body>
</html>
`;
}
