import type { Severity } from '../types';
import type { ImageFinding } from './types';

/** Whether a photo finding holds the post under the ruleset's gate (same rule as text findings). */
export function blocksPosting(finding: Pick<ImageFinding, 'severity'>, blockOn: Severity): boolean {
  return finding.severity === 'error' || (blockOn === 'warning' && finding.severity === 'warning');
}
