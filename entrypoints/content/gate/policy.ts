// What the gate does with a draft's findings at submit time. Pure, so the rules of the policy are
// tested without a browser.

import type { Finding } from '../../../rules/types';
import type { ManagedPolicy } from '../../shared/protocol';

export type OverrideMode = 'none' | 'confirm' | 'reason';

/** The ruleset's `gate`, after any enterprise policy override. */
export type GatePolicy = { blockOn: 'error' | 'warning'; override: OverrideMode };

/**
 * The enterprise policy wins over the ruleset: `gateOverride` replaces the override mode, and
 * `warningsConfirm` (when set either way) decides whether warnings stop the post for confirmation.
 */
export function resolveGatePolicy(
  rulesetGate: GatePolicy,
  managed?: Pick<ManagedPolicy, 'gateOverride' | 'warningsConfirm'>,
): GatePolicy {
  const warningsConfirm = managed?.warningsConfirm;
  return {
    blockOn: warningsConfirm === undefined ? rulesetGate.blockOn : warningsConfirm ? 'warning' : 'error',
    override: managed?.gateOverride ?? rulesetGate.override,
  };
}

export type GateDecision =
  | { kind: 'pass' }
  | {
      kind: 'stop';
      /** Error when any error finding remains; warning when only warnings stop the post. */
      level: 'error' | 'warning';
      /** The findings that stopped it, in text order. */
      findings: Finding[];
      override: OverrideMode;
    };

export function decideGate(findings: readonly Finding[], policy: GatePolicy): GateDecision {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { kind: 'stop', level: 'error', findings: errors, override: policy.override };
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (policy.blockOn === 'warning' && warnings.length > 0) {
    // Warnings ask, they never forbid: with override "none" the user can still confirm.
    const override = policy.override === 'none' ? 'confirm' : policy.override;
    return { kind: 'stop', level: 'warning', findings: warnings, override };
  }
  return { kind: 'pass' };
}

/** Rule ids for the audit log: each once, in first-seen order. */
export function auditRuleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))];
}
