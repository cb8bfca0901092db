// The engine's public API. Everything outside rules/ imports from here.

import { loadRuleset } from './load';
import { DEFAULT_RULESET_YAML } from './packs';
import type { CompiledChecker } from './compile';
import { AMBIGUOUS_NAME_DATA, GIVEN_NAME_DATA } from './people/name-data';
import { addGivenNames } from './people/lexicon';

// Outside the content script, size does not matter: every checker knows names at scale.
addGivenNames(GIVEN_NAME_DATA, AMBIGUOUS_NAME_DATA);

export { categoryOf, compile, type CompiledChecker, type CompileOptions, type CompiledRule } from './compile';
export { compareFindings, RULE_FAILED_ID } from './check';
export { gateBuiltInPatterns, prepareGate } from './text/regex-gate';
export { loadRuleset, runExamples, testRuleset, MAX_RULESET_BYTES, type ExampleResult, type LoadOptions, type LoadResult } from './load';
export {
  KIND_NAMES,
  rulesetSchema,
  type Gate,
  type KindName,
  type OrgLists,
  type Rule,
  type Ruleset,
  type RulesetFile,
  type RulesetInput,
} from './schema';
export { KINDS } from './kinds';
export { PACKS, PACK_NAMES, DEFAULT_RULESET_YAML, type PackName } from './packs';
export * from './types';

let defaultChecker: CompiledChecker | undefined;

/** The embedded healthcare default (every pack). Compiled once and shared. */
export function createDefaultChecker(): CompiledChecker {
  if (defaultChecker) return defaultChecker;
  const loaded = loadRuleset(DEFAULT_RULESET_YAML, { filename: 'default' });
  // The packs are tested; if they ever fail to load that is our bug, and it must be loud.
  if (!loaded.ok) throw new Error(`embedded default ruleset is invalid: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  defaultChecker = loaded.checker;
  return defaultChecker;
}

/** The embedded default ruleset (merged), e.g. to show its rules and gate. */
export function defaultRuleset() {
  return createDefaultChecker().ruleset;
}
