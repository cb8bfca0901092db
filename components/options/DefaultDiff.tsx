// Everything this organisation's ruleset changes from the built-in default, with the notes given.

import { useMemo } from 'react';
import { defaultRuleset } from '../../rules';
import type { Ruleset } from '../../rules';
import { diffRulesets } from './ruleset-diff';
import { SafeText } from './safe-content';

const label = (severity: string | undefined) => severity ?? 'not in the ruleset';

export function DefaultDiff({ ruleset, switchedOff }: { ruleset: Ruleset; switchedOff: readonly string[] }) {
  const changes = useMemo(() => diffRulesets(defaultRuleset(), ruleset, switchedOff), [ruleset, switchedOff]);
  return (
    <details className="diff" data-testid="default-diff">
      <summary>
        {changes.length === 0 ? 'Same rules and severities as the built-in default' : `${changes.length} change${changes.length === 1 ? '' : 's'} from the built-in default`}
      </summary>
      {changes.length > 0 && (
        <table>
          <caption className="sr-only">Changes from the built-in default</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Default</th>
              <th scope="col">Here</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.ruleId} data-rule-id={change.ruleId}>
                <th scope="row">
                  <code>{change.ruleId}</code>
                </th>
                <td>{label(change.before)}</td>
                <td>
                  {label(change.after)}
                  {change.redefined ? ' (rule rewritten)' : ''}
                </td>
                <td>{change.note && <SafeText text={change.note} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
