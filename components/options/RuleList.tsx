// Every rule of the ruleset being edited, searchable, with its message as writers read it. Each can
// be tuned (severity and a required note, written into the ruleset) and switched off in this
// browser only, unless policy locks the ruleset.

import { Fragment, useDeferredValue, useId, useMemo, useState } from 'react';
import { categoryOf } from '../../rules';
import type { RuleTuning } from '../../rules/schema';
import { useAdmin } from './admin-store';
import { DefaultDiff } from './DefaultDiff';
import { DraftBar } from './DraftBar';
import { DraftPreview } from './DraftPreview';
import { useDraftChecker, useDraftText } from './draft-hooks';
import { readDraft, writeTuning } from './profile/ruleset-draft';
import { readableMessages } from './rule-messages';
import { RuleTuningForm } from './RuleTuningForm';
import { SafeLink, SafeText } from './safe-content';

const NO_TUNING: Record<string, RuleTuning> = {};

export function RuleList() {
  const snapshot = useAdmin((s) => s.snapshot);
  const setRuleEnabled = useAdmin((s) => s.setRuleEnabled);
  const setDraft = useAdmin((s) => s.setDraft);
  const current = useDraftText();
  const draftChecker = useDraftChecker();
  const [query, setQuery] = useState('');
  const [tuning, setTuning] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const checker = draftChecker ?? snapshot?.effective.checker;
  const messages = useMemo(() => (checker ? readableMessages(checker) : new Map()), [checker]);
  const rules = checker?.ruleset.rules;
  const shown = useMemo(() => {
    const needle = deferredQuery.trim().toLowerCase();
    if (!rules || !needle) return rules ?? [];
    return rules.filter((rule) => [rule.id, categoryOf(rule), rule.kind, rule.severity, messages.get(rule.id)?.message ?? ''].some((field) => field.toLowerCase().includes(needle)));
  }, [rules, deferredQuery, messages]);

  if (!snapshot || !rules || !checker || !current) return null;
  const { locked } = snapshot.effective;
  const read = readDraft(current.text);
  const tune = read.ok ? read.tune : NO_TUNING;
  const disabledByAdmin = new Set(snapshot.stored.disabledRules);
  const disabledInRuleset = new Set(checker.ruleset.disable);

  function close(ruleId: string) {
    setTuning(null);
    // Back to the button that opened the form, so keyboard users keep their place.
    setTimeout(() => document.getElementById(`tune-${ruleId}`)?.focus(), 0);
  }

  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      {current.locked ? (
        <p className="notice notice-policy">Managed by your organisation: rules cannot be tuned or switched on or off here.</p>
      ) : (
        <DraftBar />
      )}
      <DefaultDiff ruleset={checker.ruleset} switchedOff={locked ? [] : snapshot.stored.disabledRules} />
      <DraftPreview />
      <div className="field inline">
        <label htmlFor={searchId}>Search rules</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p role="status">
        {shown.length} of {rules.length} rules
      </p>
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">On here</th>
            <th scope="col">Rule</th>
            <th scope="col">Severity</th>
            <th scope="col">Message writers see</th>
            <th scope="col">
              <span className="sr-only">Tuning</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((rule) => {
            const offInRuleset = disabledInRuleset.has(rule.id);
            const enabled = !offInRuleset && (locked || !disabledByAdmin.has(rule.id));
            const tuned = tune[rule.id];
            const message = messages.get(rule.id);
            return (
              <Fragment key={rule.id}>
                <tr data-rule-id={rule.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Enable ${rule.id}`}
                      checked={enabled}
                      disabled={locked || offInRuleset}
                      title={offInRuleset ? 'Turned off by the ruleset itself (disable: or tune:)' : 'Switch the rule on or off in this browser only'}
                      onChange={(e) => void setRuleEnabled(rule.id, e.target.checked)}
                    />
                  </td>
                  <th scope="row">
                    <code>{rule.id}</code>
                    <span className="muted"> {categoryOf(rule)}</span>
                  </th>
                  <td data-testid="rule-severity">
                    <span className={`pill pill-${offInRuleset ? 'off' : rule.severity}`}>{offInRuleset ? 'off' : rule.severity}</span>
                    {tuned && (
                      <p className="tuned">
                        Tuned: <SafeText text={tuned.note} />
                      </p>
                    )}
                  </td>
                  <td>
                    {message && <SafeText text={message.message} />}
                    {message?.example && (
                      <p className="muted example">
                        Example: “<SafeText text={message.example} />”
                      </p>
                    )}{' '}
                    <SafeLink href={rule.link}>Reference</SafeLink>
                  </td>
                  <td>
                    <button
                      type="button"
                      id={`tune-${rule.id}`}
                      disabled={current.locked}
                      aria-expanded={tuning === rule.id}
                      aria-label={`Tune ${rule.id}`}
                      onClick={() => setTuning(tuning === rule.id ? null : rule.id)}
                    >
                      Tune
                    </button>
                  </td>
                </tr>
                {tuning === rule.id && (
                  <tr className="tune-row">
                    <td colSpan={5}>
                      <RuleTuningForm
                        ruleId={rule.id}
                        current={offInRuleset ? 'off' : rule.severity}
                        tuning={tuned}
                        onSave={(value) => setDraft(writeTuning(current.text, rule.id, value))}
                        onClose={() => close(rule.id)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
