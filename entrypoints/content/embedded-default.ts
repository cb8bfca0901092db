// What a content script checks with before the background's first answer (a service worker that is
// starting, e.g. the first tab after install or browser start, needs a second or more to parse and
// validate the packs):
// the embedded default, packaged as data at build time (scripts/embedded-ruleset.ts). Read from the
// extension package, never from the network.
import { browser, type PublicPath } from 'wxt/browser';
import type { StoredEffectiveRuleset } from '../shared/protocol';
import { resolveGatePolicy } from './gate/policy';
import { EMBEDDED_RULESET_FILE } from './packaged-files';

export type PackagedDefault = Pick<StoredEffectiveRuleset, 'ruleset'> & { names: NonNullable<StoredEffectiveRuleset['names']> };

/**
 * The default as the background would publish it without policy or admin settings, except that
 * pausing stays off until the background's own answer says whether the organisation allows it.
 */
export function provisionalDefault({ ruleset, names }: PackagedDefault): StoredEffectiveRuleset {
  const gate = resolveGatePolicy(ruleset.gate);
  return { ruleset, disable: [], gate, warningsConfirm: gate.blockOn === 'warning', source: { kind: 'embedded' }, locked: false, allowPause: false, names };
}

export async function readPackagedDefault(): Promise<StoredEffectiveRuleset> {
  const response = await fetch(browser.runtime.getURL(`/${EMBEDDED_RULESET_FILE}` as PublicPath));
  if (!response.ok) throw new Error(`${EMBEDDED_RULESET_FILE}: ${response.status}`);
  return provisionalDefault((await response.json()) as PackagedDefault);
}
