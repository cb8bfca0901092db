// Enterprise policy from storage.managed (Chrome/Edge managed storage, Firefox policies.json
// 3rdparty.Extensions). IT tooling writes these values, so each key is checked on its own: one
// mistyped key is ignored and reported, it never discards the rest of the policy.

import { z } from 'zod';
import type { ManagedPolicy } from './protocol';

export const DEFAULT_REFRESH_MINUTES = 60;
export const MIN_REFRESH_MINUTES = 15;
export const DEFAULT_PAUSE_MINUTES = 60;

const httpsUrl = z.url({ protocol: /^https$/ });

const POLICY_FIELDS = {
  rulesetUrl: httpsUrl,
  rulesetInline: z.string().min(1),
  rulesetSha256: z.string().regex(/^[0-9a-fA-F]{64}$/),
  refreshMinutes: z.number().int().min(MIN_REFRESH_MINUTES),
  locked: z.boolean(),
  gateOverride: z.enum(['none', 'confirm', 'reason']),
  warningsConfirm: z.boolean(),
  allowPause: z.boolean(),
  pauseMinutes: z.number().int().min(1).max(1440),
} satisfies { [K in keyof ManagedPolicy]-?: z.ZodType<NonNullable<ManagedPolicy[K]>> };

/** Every policy key, as public/managed_schema.json must declare them. */
export const MANAGED_POLICY_KEYS = Object.keys(POLICY_FIELDS) as (keyof ManagedPolicy)[];

export type ParsedPolicy = {
  policy: ManagedPolicy;
  /** Keys IT set with a value we cannot use, with the reason, for the options page. */
  ignored: { key: string; reason: string }[];
};

export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const policy: Record<string, unknown> = {};
  const ignored: ParsedPolicy['ignored'] = [];
  if (raw === null || typeof raw !== 'object') return { policy: {}, ignored };
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    const field = POLICY_FIELDS[key as keyof typeof POLICY_FIELDS];
    if (!field) {
      ignored.push({ key, reason: 'unknown policy key' });
      continue;
    }
    const result = field.safeParse(value);
    if (result.success) policy[key] = result.data;
    else ignored.push({ key, reason: result.error.issues[0]?.message ?? 'invalid value' });
  }
  if (typeof policy.rulesetSha256 === 'string') policy.rulesetSha256 = policy.rulesetSha256.toLowerCase();
  return { policy: policy as ManagedPolicy, ignored };
}

/** Whether users may pause checking: off by default under a locked policy. */
export function pauseAllowedBy(policy: ManagedPolicy): boolean {
  return policy.allowPause ?? !(policy.locked ?? false);
}

/** Whether the policy names a ruleset, which then wins over anything loaded locally. */
export function policyProvidesRuleset(policy: ManagedPolicy): boolean {
  return policy.rulesetInline !== undefined || policy.rulesetUrl !== undefined;
}

type ManagedArea = { get(keys?: null): Promise<Record<string, unknown>> };

/**
 * How long a read of storage.managed may take. Chromium without any policy deployed (seen with
 * Chromium 156 on Linux) never settles the read; waiting for it would leave every tab unchecked.
 * A policy that arrives later reaches us through storage.onChanged ('managed').
 */
export const MANAGED_READ_TIMEOUT_MS = 2000;
const silentAreas = new WeakSet<ManagedArea>();

/**
 * A policy that arrives after startup (Chromium loads extension policy seconds later) is announced by
 * storage.onChanged('managed'): from then on the area answers, so reads wait for it again.
 */
export function noteManagedChange(area: ManagedArea | undefined): void {
  if (area) silentAreas.delete(area);
}

/**
 * Reads storage.managed. Browsers reject, throw or never answer when no policy is deployed (Firefox
 * without policies.json, Chrome without managed_schema), which simply means "no policy".
 */
export async function readManagedPolicy(area: ManagedArea | undefined): Promise<ParsedPolicy> {
  const none: ParsedPolicy = { policy: {}, ignored: [] };
  if (!area) return none;
  // An area that never answered once will not start answering: don't make every later read wait.
  const wait = silentAreas.has(area) ? 0 : MANAGED_READ_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unanswered = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), wait);
  });
  try {
    const items = await Promise.race([area.get(null), unanswered]);
    if (!items) silentAreas.add(area);
    return items ? parseManagedPolicy(items) : none;
  } catch {
    return none;
  } finally {
    clearTimeout(timer);
  }
}
