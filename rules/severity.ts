// Severities in order, so context can raise or lower a hit by steps (clamped at info and error).
import type { Severity } from './types';

const ORDER: Severity[] = ['info', 'warning', 'error'];

export function shiftSeverity(severity: Severity, steps: number): Severity {
  const index = Math.min(ORDER.length - 1, Math.max(0, ORDER.indexOf(severity) + steps));
  return ORDER[index] as Severity;
}
