// The ruleset every checker in the extension uses: enterprise policy first (or, while the policy's
// ruleset cannot be loaded, the embedded default), then the admin's last good local ruleset, then
// the embedded default; the admin's disabled rules unless policy locks them.
// Decided here only, so a post is judged the same way everywhere: the options page's test bench
// subscribes directly, and the background publishes the result as plain data for content scripts
// (background/effective-publisher.ts), which only compile it.

import { compile, createDefaultChecker, defaultRuleset, loadRuleset } from '../../rules';
import type { CompiledChecker, Ruleset } from '../../rules';
import { AMBIGUOUS_NAME_DATA, GIVEN_NAME_DATA } from '../../rules/people/name-data';
import { resolveGatePolicy } from '../content/gate/policy';
import { extensionApi } from './extension-api';
import { noteManagedChange, pauseAllowedBy, policyProvidesRuleset, readManagedPolicy } from './managed-policy';
import type { ActiveRuleset, ManagedPolicy, RulesetSource, StoredEffectiveRuleset } from './protocol';
import { readRulesetState, RULESET_STATE_KEYS } from './stored-state';
import { watchStorageSerially } from './storage-watch';
import type { StorageChangeEvent } from './storage-watch';
import type { LocalArea, StoredRulesetState } from './stored-state';

export type EffectiveRuleset = StoredEffectiveRuleset & { checker: CompiledChecker };

export type EffectiveInputs = StoredRulesetState & { managed: ManagedPolicy };

type Chosen = { ruleset: Ruleset; checker: CompiledChecker; source: RulesetSource; error?: string };

function loadStored(active: ActiveRuleset): { ok: true; ruleset: Ruleset; checker: CompiledChecker } | { ok: false; error: string } {
  // The background validated this text (safety analysis and examples) before storing it.
  const result = loadRuleset(active.text, { trusted: true });
  if (result.ok) return result;
  // The background accepted this text, so this only happens after an engine update changed the format.
  const first = result.errors[0];
  return { ok: false, error: `stored ruleset no longer loads: ${first?.message ?? 'unknown error'}` };
}

function chooseRuleset(inputs: EffectiveInputs): Chosen {
  const errors: string[] = [];
  if (policyProvidesRuleset(inputs.managed)) {
    if (inputs.policyStatus) errors.push(`Organisation ruleset: ${inputs.policyStatus.error}`);
    if (inputs.policy) {
      const loaded = loadStored(inputs.policy);
      if (loaded.ok) return { ...loaded, source: inputs.policy.source, error: errors[0] };
      errors.push(`Organisation ruleset: ${loaded.error}`);
    } else if (!inputs.policyStatus) {
      errors.push('Organisation ruleset: not loaded yet');
    }
    // The organisation named its ruleset: until it loads, the embedded default applies, never a
    // ruleset loaded locally (which could be anything, even empty).
    return { ruleset: defaultRuleset(), checker: createDefaultChecker(), source: { kind: 'embedded' }, error: errors[0] };
  }
  if (inputs.local) {
    const loaded = loadStored(inputs.local);
    if (loaded.ok) return { ...loaded, source: inputs.local.source, error: errors[0] };
    errors.push(loaded.error);
  }
  return { ruleset: defaultRuleset(), checker: createDefaultChecker(), source: { kind: 'embedded' }, error: errors[0] };
}

/** Pure: what the stored state and the policy mean for checking. */
export function resolveEffectiveRuleset(inputs: EffectiveInputs): EffectiveRuleset {
  const chosen = chooseRuleset(inputs);
  const locked = inputs.managed.locked ?? false;
  const known = new Set(chosen.ruleset.rules.map((rule) => rule.id));
  const disable = locked ? [] : inputs.disabledRules.filter((id) => known.has(id));
  const checker = disable.length > 0 ? compile(chosen.ruleset, { disable }) : chosen.checker;
  const gate = resolveGatePolicy(chosen.ruleset.gate, inputs.managed);
  return {
    checker,
    ruleset: chosen.ruleset,
    disable,
    gate,
    warningsConfirm: gate.blockOn === 'warning',
    source: chosen.source,
    locked,
    allowPause: pauseAllowedBy(inputs.managed),
    ...(chosen.error ? { error: chosen.error } : {}),
  };
}

/** What content scripts receive (STORAGE_KEYS.effective): the same result without its compiled checker. */
export function storedForm({ checker: _compiled, ...data }: EffectiveRuleset): StoredEffectiveRuleset {
  return { ...data, names: { given: GIVEN_NAME_DATA, ambiguous: AMBIGUOUS_NAME_DATA } };
}

export type StorageEvents = {
  local: LocalArea;
  managed?: { get(keys?: null): Promise<Record<string, unknown>> };
  onChanged: StorageChangeEvent;
};

export async function readEffectiveInputs(storage: StorageEvents): Promise<EffectiveInputs> {
  const [state, managed] = await Promise.all([readRulesetState(storage.local), readManagedPolicy(storage.managed)]);
  return { ...state, managed: managed.policy };
}

/** What the result depends on: refresh timestamps alone never cause a recompile. */
function inputsKey(inputs: EffectiveInputs): string {
  const ruleset = (active?: ActiveRuleset) => active && [active.text, active.source];
  return JSON.stringify([ruleset(inputs.local), ruleset(inputs.policy), inputs.policyStatus?.error, inputs.disabledRules, inputs.managed]);
}

/** A resolver that compiles only when what the result depends on changed. */
export function createEffectiveResolver(): (inputs: EffectiveInputs) => { effective: EffectiveRuleset; changed: boolean } {
  let lastKey = '';
  let last: EffectiveRuleset | undefined;
  return (inputs) => {
    const key = inputsKey(inputs);
    if (last && key === lastKey) return { effective: last, changed: false };
    lastKey = key;
    last = resolveEffectiveRuleset(inputs);
    return { effective: last, changed: true };
  };
}

/**
 * Calls `onChange` with the effective ruleset now and after every storage change that alters it.
 * Returns the unsubscribe function.
 */
export function subscribeEffectiveRuleset(
  onChange: (effective: EffectiveRuleset) => void,
  storage: StorageEvents = extensionApi().storage as unknown as StorageEvents,
): () => void {
  const resolve = createEffectiveResolver();
  return watchStorageSerially(
    storage.onChanged,
    (changes, area) => {
      if (area !== 'managed') return area === 'local' && Object.keys(changes).some((key) => RULESET_STATE_KEYS.includes(key));
      noteManagedChange(storage.managed);
      return true;
    },
    async (isActive) => {
      const inputs = await readEffectiveInputs(storage);
      if (!isActive()) return;
      const { effective, changed } = resolve(inputs);
      if (changed) onChange(effective);
    },
  );
}
