// Every rule in the active ruleset, searchable, each switchable unless policy locks the ruleset.

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { categoryOf } from '../../rules';
import { useAdmin } from './admin-store';
import { SafeLink, SafeText } from './safe-content';

export function RuleList() {
  const snapshot = useAdmin((s) => s.snapshot);
  const setRuleEnabled = useAdmin((s) => s.setRuleEnabled);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const rules = snapshot?.effective.ruleset.rules;
  const shown = useMemo(() => {
    const needle = deferredQuery.trim().toLowerCase();
    if (!rules || !needle) return rules ?? [];
    return rules.filter((rule) => [rule.id, categoryOf(rule), rule.kind, rule.severity, rule.message ?? ''].some((field) => field.toLowerCase().includes(needle)));
  }, [rules, deferredQuery]);

  if (!snapshot || !rules) return null;
  const { locked } = snapshot.effective;
  const disabledByAdmin = new Set(snapshot.stored.disabledRules);
  const disabledInRuleset = new Set(snapshot.effective.ruleset.disable);

  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      {locked && <p className="hint">Managed by your organisation: rules cannot be switched on or off here.</p>}
      <p>
        <label htmlFor={searchId}>Search rules</label> <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </p>
      <p role="status">
        {shown.length} of {rules.length} rules
      </p>
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Rule</th>
            <th scope="col">Category</th>
            <th scope="col">Severity</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((rule) => {
            const offInRuleset = disabledInRuleset.has(rule.id);
            const enabled = !offInRuleset && (locked || !disabledByAdmin.has(rule.id));
            return (
              <tr key={rule.id} data-rule-id={rule.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Enable ${rule.id}`}
                    checked={enabled}
                    disabled={locked || offInRuleset}
                    title={offInRuleset ? 'Turned off by the ruleset itself (disable:)' : undefined}
                    onChange={(e) => void setRuleEnabled(rule.id, e.target.checked)}
                  />
                </td>
                <th scope="row">
                  <code>{rule.id}</code>
                </th>
                <td>
                  <SafeText text={categoryOf(rule)} />
                </td>
                <td>{rule.severity}</td>
                <td>
                  {rule.message && <SafeText text={rule.message} />} <SafeLink href={rule.link}>Reference</SafeLink>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
