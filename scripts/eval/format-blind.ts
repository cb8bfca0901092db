// Renders first-sight metrics as the table the README records for each batch.
import { BLIND_IDENTIFIER_TYPES, type BlindMetrics } from './blind.ts';
import { rate, type Ratio } from './metrics.ts';

const percent = (r: Ratio): string => {
  const value = rate(r);
  return value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`;
};
const cell = (r: Ratio) => `${percent(r)} (${r.hits}/${r.total})`;

export function formatBlindReport(m: BlindMetrics, withFailures: boolean): string {
  const lines = [
    `Identifier posts blocked:                 ${cell(m.leakBlocked)}   target >= 95%`,
    `Posts without identifiers wrongly blocked: ${cell(m.wronglyBlocked)}   target <= 3%`,
    `Risky-claim posts flagged:                ${cell(m.claimFlagged)}   target >= 90%`,
    `Neutral health posts with a tone finding: ${cell(m.healthToneWarned)}   target <= 5%`,
    '',
    'Identifier span recall (a privacy error overlapping the span), by type:',
    ...BLIND_IDENTIFIER_TYPES.filter((t) => m.spanRecall[t].total > 0).map((t) => `  ${t.padEnd(11)} ${cell(m.spanRecall[t])}`),
    '',
    'Wrong blocks by rule:',
    ...([...m.wrongBlocksByRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `  ${rule.padEnd(28)} ${n}`) || []),
  ];
  if (m.wrongBlocksByRule.size === 0) lines.push('  none');
  if (withFailures) lines.push('', `Failures (${m.failures.length}):`, ...m.failures.map((f) => `  ${f.id.padEnd(10)} ${f.what} | got: ${f.got}`));
  return lines.join('\n');
}
