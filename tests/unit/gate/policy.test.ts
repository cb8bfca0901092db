import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../rules/types';
import { auditRuleIds, decideGate, resolveGatePolicy } from '../../../entrypoints/content/gate/policy';

const finding = (ruleId: string, severity: Finding['severity'], start = 0): Finding => ({
  ruleId,
  category: 'privacy',
  severity,
  start,
  end: start + 3,
  message: `${ruleId} message`,
});

describe('decideGate', () => {
  const errorPolicy = { blockOn: 'error', override: 'reason' } as const;

  it('passes a clean draft and one with only warnings and info', () => {
    expect(decideGate([], errorPolicy)).toEqual({ kind: 'pass' });
    expect(decideGate([finding('brand/name', 'warning'), finding('tone/x', 'info')], errorPolicy)).toEqual({ kind: 'pass' });
  });

  it('stops on errors with the policy override and lists only the errors', () => {
    const decision = decideGate([finding('brand/name', 'warning'), finding('privacy/ssn', 'error', 9)], errorPolicy);
    expect(decision).toEqual({ kind: 'stop', level: 'error', findings: [finding('privacy/ssn', 'error', 9)], override: 'reason' });
  });

  it('keeps "none" for errors: nothing but fixing', () => {
    expect(decideGate([finding('privacy/ssn', 'error')], { blockOn: 'error', override: 'none' })).toMatchObject({ override: 'none' });
  });

  it('asks about warnings when the policy blocks on warnings, and always lets them be confirmed', () => {
    const warnings = [finding('brand/name', 'warning')];
    expect(decideGate(warnings, { blockOn: 'warning', override: 'none' })).toEqual({
      kind: 'stop',
      level: 'warning',
      findings: warnings,
      override: 'confirm',
    });
    expect(decideGate(warnings, { blockOn: 'warning', override: 'reason' })).toMatchObject({ override: 'reason' });
  });

  it('reports errors first when a draft has both and the policy blocks on warnings', () => {
    const decision = decideGate([finding('brand/name', 'warning'), finding('privacy/ssn', 'error')], {
      blockOn: 'warning',
      override: 'none',
    });
    expect(decision).toMatchObject({ level: 'error', override: 'none' });
  });
});

describe('resolveGatePolicy', () => {
  const ruleset = { blockOn: 'error', override: 'confirm' } as const;

  it('keeps the ruleset gate without an enterprise policy', () => {
    expect(resolveGatePolicy(ruleset)).toEqual(ruleset);
    expect(resolveGatePolicy(ruleset, {})).toEqual(ruleset);
  });

  it('lets the enterprise policy set the override and the warning confirmation either way', () => {
    expect(resolveGatePolicy(ruleset, { gateOverride: 'none', warningsConfirm: true })).toEqual({ blockOn: 'warning', override: 'none' });
    expect(resolveGatePolicy({ blockOn: 'warning', override: 'reason' }, { warningsConfirm: false })).toEqual({
      blockOn: 'error',
      override: 'reason',
    });
  });
});

it('lists each rule id once for the audit log', () => {
  expect(auditRuleIds([finding('a/b', 'error'), finding('c/d', 'error'), finding('a/b', 'error', 5)])).toEqual(['a/b', 'c/d']);
});
