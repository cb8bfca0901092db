// One JSON Lines input -> one output line. Used in the main thread and in --jobs workers alike,
// so both modes answer byte for byte the same.

import type { CompiledChecker } from '../compile';
import { PLATFORMS, type Finding, type Platform, type Severity } from '../types';
import type { InputLine } from './lines';

export type LineResult = { output: string; problem?: string; blocking: boolean };

/** A batch line that cannot be checked; keeps the id when there is one so outputs stay aligned. */
class BadLine extends Error {
  constructor(
    message: string,
    readonly id: unknown = null,
  ) {
    super(message);
  }
}

// A line that is not JSON may still start with a readable id; reporting it lets a caller match
// the error to its record instead of counting lines.
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/;

function salvageId(line: string): unknown {
  const match = LEADING_ID.exec(line);
  if (!match) return null;
  try {
    return JSON.parse(match[1] as string);
  } catch {
    return null;
  }
}

function parseBatchLine(line: string): { id: unknown; text: string; platform?: Platform } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BadLine('not valid JSON', salvageId(line));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadLine('expected an object {"id", "text", "platform"}');
  const { id = null, text, platform } = value as Record<string, unknown>;
  if (typeof text !== 'string') throw new BadLine('"text" must be a string', id);
  if (platform !== undefined && platform !== null && !(PLATFORMS as readonly unknown[]).includes(platform)) {
    throw new BadLine(`"platform" must be one of ${PLATFORMS.join(', ')}`, id);
  }
  return { id, text, platform: (platform ?? undefined) as Platform | undefined };
}

export function isBlocking(finding: Finding, blockOn: Severity): boolean {
  return finding.severity === 'error' || (blockOn === 'warning' && finding.severity === 'warning');
}

/**
 * Checks one line. `source` is '' for stdin, else the file name, so an error names where it was.
 * Blank lines give undefined: they are separators, not posts.
 */
export function checkBatchLine(checker: CompiledChecker, line: InputLine, source: string): LineResult | undefined {
  if (!('tooLong' in line) && line.text.trim() === '') return undefined;
  try {
    if ('tooLong' in line) throw new BadLine('line too long (over 16 MiB); is the input JSON Lines?');
    const item = parseBatchLine(line.text);
    const findings = checker.check(item.text, { platform: item.platform });
    const blocking = findings.some((finding) => isBlocking(finding, checker.ruleset.gate.blockOn));
    return { output: JSON.stringify({ id: item.id, findings }), blocking };
  } catch (error) {
    if (!(error instanceof BadLine)) throw error;
    const where = source === '' ? '' : `${source} `;
    return {
      output: JSON.stringify({ id: error.id, error: `${where}line ${line.number}: ${error.message}` }),
      problem: `${source || '<stdin>'}:${line.number}: ${error.message}`,
      blocking: false,
    };
  }
}
