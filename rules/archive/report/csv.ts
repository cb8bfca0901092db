// One row per finding, for spreadsheets. Cells that a spreadsheet would run as a formula
// (starting with = + - @ or a control character) get a leading apostrophe, as OWASP advises
// for CSV exports of untrusted text.

import type { ScanResult } from '../scan';

const COLUMNS = ['date', 'platform', 'post_id', 'post_url', 'severity', 'rule', 'category', 'start', 'end', 'flagged_text', 'message', 'post_text', 'export_file'];

function cell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function renderCsv(result: ScanResult): string {
  const rows = result.flagged.flatMap((post) =>
    post.findings.map((finding) =>
      [
        post.date,
        post.platform,
        post.id,
        post.url,
        finding.severity,
        finding.ruleId,
        finding.category,
        finding.start,
        finding.end,
        post.text.slice(finding.start, finding.end),
        finding.message,
        post.text,
        post.file,
      ]
        .map(cell)
        .join(','),
    ),
  );
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
