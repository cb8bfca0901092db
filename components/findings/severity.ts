import type { Finding, Severity } from '../../rules/types';

/**
 * Severity is never shown by colour alone (WCAG 1.4.1): each has an icon, a word and its own
 * underline style. Colours keep at least 4.5:1 against white.
 */
export const SEVERITY_LOOK: Record<Severity, { label: string; icon: string; color: string; line: 'wavy' | 'dotted' | 'dashed' }> = {
  error: { label: 'Error', icon: '✖', color: '#b3261e', line: 'wavy' },
  warning: { label: 'Warning', icon: '▲', color: '#8a4b00', line: 'dotted' },
  info: { label: 'Info', icon: 'ℹ', color: '#1a5fb4', line: 'dashed' },
};

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning" or "No issues". */
export function summarize(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  const parts = [
    c.error && plural(c.error, 'error'),
    c.warning && plural(c.warning, 'warning'),
    c.info && plural(c.info, 'note'),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No issues';
}
