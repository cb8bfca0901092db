// Runs compiled rules over one text. Deterministic: the same text, platform and ruleset always give
// the same findings in the same order. One rule failing never stops the others.

import type { CompiledRule } from './compile';
import { inputFor } from './kinds/check-input';
import { readsAsNoClaim } from './learned/claim-context';
import { shiftSeverity } from './severity';
import type { CheckInput } from './kinds/types';
import type { PlatformOverrides } from './schema';
import { formatMessage } from './text/placeholders';
import type { CheckOptions, Finding, Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Reported in place of a rule that threw: visible, never blocking, never silent. */
export const RULE_FAILED_ID = 'engine/rule-failed';

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function appliesTo(compiled: CompiledRule, options: CheckOptions, overrides: PlatformOverrides): boolean {
  const { platform } = options;
  if (platform === undefined) return true;
  if (compiled.rule.platforms && !compiled.rule.platforms.includes(platform)) return false;
  return !overrides[platform]?.disable.includes(compiled.rule.id);
}

const LOWERED_OUTSIDE_CLAIMS = ' (Lowered: the post as a whole does not read as advertising a treatment.)';

function findingsOf(compiled: CompiledRule, input: CheckInput, options: CheckOptions, overrides: PlatformOverrides): Finding[] {
  const { rule } = compiled;
  const platformSeverity = options.platform ? overrides[options.platform]?.severity[rule.id] : undefined;
  const hits = compiled.check(input);
  // "Guaranteed to be open every day over Christmas": the word, but no treatment is advertised.
  const lowered = hits.length > 0 && rule.lowerOutsideClaims && readsAsNoClaim(input.canonicalInput().text);
  return hits.map((hit) => {
    const severity = hit.severity ?? rule.severity;
    const message = formatMessage(compiled.messageTemplate, { detail: hit.detail, ...hit.values });
    const finding: Finding = {
      ruleId: rule.id,
      category: compiled.category,
      severity: platformSeverity ?? shiftSeverity(severity, lowered ? -1 : 0),
      start: hit.start,
      end: hit.end,
      message: lowered ? message + LOWERED_OUTSIDE_CLAIMS : message,
    };
    if (hit.suggestions && hit.suggestions.length > 0) finding.suggestions = hit.suggestions;
    if (rule.link) finding.link = rule.link;
    return finding;
  });
}

function failureFinding(compiled: CompiledRule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message.slice(0, 120) : 'unknown error';
  return {
    ruleId: RULE_FAILED_ID,
    category: 'engine',
    severity: 'warning',
    start: 0,
    end: 0,
    message: `Rule ${compiled.rule.id} could not run (${reason}), so this draft was not fully checked. Tell your administrator.`,
  };
}

/** Keeps only findings that lie inside the text, so a faulty rule cannot point the UI outside it. */
function insideText(finding: Finding, length: number): boolean {
  return Number.isInteger(finding.start) && Number.isInteger(finding.end) && 0 <= finding.start && finding.start <= finding.end && finding.end <= length;
}

export function runRules(rules: readonly CompiledRule[], overrides: PlatformOverrides, text: string, options: CheckOptions = {}): Finding[] {
  const input = inputFor(text, options.platform);
  const findings: Finding[] = [];
  for (const compiled of rules) {
    if (!appliesTo(compiled, options, overrides)) continue;
    try {
      const found = findingsOf(compiled, input, options, overrides);
      if (!found.every((finding) => insideText(finding, text.length))) throw new Error('reported a range outside the text');
      findings.push(...found);
    } catch (error) {
      findings.push(failureFinding(compiled, error));
    }
  }
  return findings.sort(compareFindings);
}
