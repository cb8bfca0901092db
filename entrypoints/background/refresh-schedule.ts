// One alarm refreshes every URL ruleset (policy and local) at the shortest configured period.
// Alarms survive the service worker sleeping; a timer would not.

import { DEFAULT_REFRESH_MINUTES, MIN_REFRESH_MINUTES } from '../shared/managed-policy';
import type { ManagedPolicy, StoredRuleset } from '../shared/protocol';
import { storedUrl } from './url-refresh';

export const REFRESH_ALARM = 'clearpost.ruleset-refresh';

type Alarm = { name: string; periodInMinutes?: number };
export type AlarmsApi = {
  get(name: string): Promise<Alarm | undefined>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): unknown;
  clear(name: string): Promise<boolean>;
};

/** Minutes between refreshes, or undefined when no URL ruleset is configured. */
export function refreshPeriod(policy: ManagedPolicy, local: StoredRuleset | undefined): number | undefined {
  const periods: number[] = [];
  if (policy.rulesetUrl !== undefined && policy.rulesetInline === undefined) periods.push(policy.refreshMinutes ?? DEFAULT_REFRESH_MINUTES);
  if (storedUrl(local) !== undefined) periods.push(local?.refreshMinutes ?? DEFAULT_REFRESH_MINUTES);
  return periods.length === 0 ? undefined : Math.max(MIN_REFRESH_MINUTES, Math.min(...periods));
}

export async function syncRefreshAlarm(alarms: AlarmsApi, period: number | undefined): Promise<void> {
  if (period === undefined) {
    await alarms.clear(REFRESH_ALARM);
    return;
  }
  // Re-creating an alarm restarts its countdown, so leave an identical one alone.
  const existing = await alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === period) return;
  await alarms.create(REFRESH_ALARM, { periodInMinutes: period, delayInMinutes: period });
}
