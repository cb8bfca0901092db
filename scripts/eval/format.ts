// Renders eval metrics as the plain-text table `npm run eval` prints (also pasted into the README).
import { IDENTIFIER_TYPES, TONE_TYPES } from './corpus.ts';
import { meets, rate, TARGETS, type Metrics, type Miss, type Ratio } from './metrics.ts';

const percent = (r: Ratio): string => {
  const value = rate(r);
  return value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`;
};

const row = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => [...(r[i] ?? '')].length)));
  return [row(header, widths), row(widths.map((w) => '-'.repeat(w)), widths), ...rows.map((r) => row(r, widths))].join('\n');
}

export function formatReport(metrics: Metrics): string {
  const targets = table(
    ['Metric', 'Value', 'n', 'Target', 'Result'],
    TARGETS.map((t) => {
      const ratio = metrics[t.metric];
      const goal = t.atLeast !== undefined ? `>= ${t.atLeast * 100}%` : `<= ${(t.atMost ?? 0) * 100}%`;
      return [t.label, percent(ratio), `${ratio.hits}/${ratio.total}`, goal, meets(t, ratio) ? 'PASS' : 'MISS'];
    }),
  );
  const precision = `Privacy precision (privacy findings overlapping a labelled identifier): ${percent(metrics.privacyPrecision)} (${metrics.privacyPrecision.hits}/${metrics.privacyPrecision.total})`;
  const identifiers = table(
    ['Identifier type (rule privacy/<type>)', 'Recall', 'n'],
    IDENTIFIER_TYPES.map((type) => [type, percent(metrics.identifierRecall[type]), `${metrics.identifierRecall[type].hits}/${metrics.identifierRecall[type].total}`]),
  );
  const tone = table(
    ['Claim type (same-id rule tone/<type>)', 'Recall', 'n'],
    TONE_TYPES.map((type) => [type, percent(metrics.toneRecallByType[type]), `${metrics.toneRecallByType[type].hits}/${metrics.toneRecallByType[type].total}`]),
  );
  return [targets, '', precision, '', identifiers, '', tone].join('\n');
}

export function formatMisses(misses: readonly Miss[]): string {
  if (misses.length === 0) return 'No misses.';
  return misses.map((m) => `${m.kind.padEnd(18)} ${m.id.padEnd(16)} expected: ${m.expected} | got: ${m.got}`).join('\n');
}
