// Tells the admin what enterprise policy controls here, so a greyed-out control is never a mystery.

import { policyProvidesRuleset } from '../../entrypoints/shared/managed-policy';
import { useAdmin } from './admin-store';

export function PolicyNotice() {
  const snapshot = useAdmin((s) => s.snapshot);
  if (!snapshot) return null;
  const { policy, ignored } = snapshot.policy;
  const providesRuleset = policyProvidesRuleset(policy);
  if (!policy.locked && !providesRuleset && ignored.length === 0 && policy.gateOverride === undefined) return null;
  return (
    <section className="notice notice-policy" aria-labelledby="policy-title" data-testid="policy-notice">
      <h2 id="policy-title">Managed by your organisation</h2>
      {policy.locked && (
        <p>
          Your IT administrators have locked the ruleset with a browser policy. Loading another ruleset and switching rules on or off are
          turned off here; ask them to change the policy instead.
        </p>
      )}
      {providesRuleset && (
        <p>
          The ruleset comes from your organisation&apos;s policy ({policy.rulesetUrl ? `URL ${policy.rulesetUrl}` : 'inline'}) and takes
          precedence over anything loaded on this page.
        </p>
      )}
      {policy.gateOverride !== undefined && <p>Policy sets how writers may publish despite a blocking problem: {policy.gateOverride}.</p>}
      {ignored.length > 0 && (
        <>
          <p>These policy settings were ignored because their values are not valid:</p>
          <ul>
            {ignored.map((item) => (
              <li key={item.key}>
                <code>{item.key}</code>: {item.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
