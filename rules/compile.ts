// Ruleset -> checker. Everything expensive (automata, regexes, allow-lists) happens here once, so
// check() only scans text.

import { runRules } from './check';
import { fitToneFindings, type ToneFitting } from './claims/fit';
import { rulesetJurisdiction } from './claims/jurisdiction';
import { DETECTORS } from './detectors';
import type { Detector } from './detectors/types';
import { KINDS } from './kinds';
import type { CompileContext, RuleCheck, RuleKind } from './kinds/types';
import type { KindName, Rule, Ruleset } from './schema';
import { LiteralScanners } from './text/literal-scanner';
import type { Checker } from './types';

export type CompiledRule = {
  rule: Rule;
  category: string;
  messageTemplate: string;
  check: RuleCheck;
};

export type CompileOptions = {
  /** Rule ids to leave out (on top of the ruleset's own `disable`). */
  disable?: readonly string[];
  /** Detectors by name; defaults to the built-in registry. Tests inject their own. */
  detectors?: Readonly<Record<string, Detector>>;
};

/** A checker that also says what it runs. */
export interface CompiledChecker extends Checker {
  readonly ruleset: Ruleset;
  readonly rules: readonly CompiledRule[];
}

/** A rule's category: its own, or the part of its id before "/". */
export function categoryOf(rule: Rule): string {
  return rule.category ?? rule.id.split('/')[0] ?? rule.id;
}

export function kindOf<K extends KindName>(rule: Extract<Rule, { kind: K }>): RuleKind<K> {
  return KINDS[rule.kind as K];
}

export function compileContext(ruleset: Pick<Ruleset, 'org'>, detectors: Readonly<Record<string, Detector>> = DETECTORS): CompileContext {
  return { org: ruleset.org, detectors, literals: new LiteralScanners() };
}

export function compileRule(rule: Rule, context: CompileContext): CompiledRule {
  const kind = kindOf(rule) as RuleKind<KindName>;
  return {
    rule,
    category: categoryOf(rule),
    messageTemplate: rule.message ?? kind.meta.defaultMessage,
    check: kind.compile(rule as never, context),
  };
}

export function compile(ruleset: Ruleset, options: CompileOptions = {}): CompiledChecker {
  const disabled = new Set([...ruleset.disable, ...(options.disable ?? [])]);
  const context = compileContext(ruleset, options.detectors);
  const rules = ruleset.rules.filter((rule) => !disabled.has(rule.id)).map((rule) => compileRule(rule, context));
  const toneFitting: ToneFitting = {
    jurisdiction: rulesetJurisdiction(ruleset),
    scopedRules: new Set(rules.filter(({ rule }) => rule.kind === 'claim').map(({ rule }) => rule.id)),
  };
  return {
    ruleset,
    rules,
    check: (text, checkOptions) => fitToneFindings(runRules(rules, ruleset.platforms, text, checkOptions), text, toneFitting),
  };
}
