// The only writer of rulesets. A ruleset is stored only after the engine accepted it and all its
// own examples behaved as declared; it is written with its status in one storage.set call, so
// readers see the old ruleset or the new one, never a mix. Refused text leaves the last good one.

import { loadRuleset } from '../../rules';
import type { RulesetError } from '../../rules/types';
import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from '../shared/protocol';
import type { AdminReply, RulesetRefusal, RulesetSource, StoredRuleset } from '../shared/protocol';
import type { LocalArea } from '../shared/stored-state';

/** Where a ruleset lives: the admin's own (options page) or the one enterprise policy sets. */
export type RulesetSlot = 'local' | 'policy';

const SLOT_KEYS: Record<RulesetSlot, string> = {
  local: STORAGE_KEYS.ruleset,
  policy: ADMIN_STORAGE_KEYS.policyRuleset,
};

/** The engine refuses invalid rulesets and rulesets whose own examples fail. */
export function validateRuleset(text: string, filename?: string): { ok: true } | RulesetRefusal {
  const result = loadRuleset(text, filename === undefined ? {} : { filename });
  return result.ok ? { ok: true } : { ok: false, errors: result.errors };
}

export function refusal(message: string, path = ''): RulesetRefusal {
  return { ok: false, errors: [{ path, message }] };
}

/** One line for status displays: the first error, with its position. */
export function summariseErrors(errors: RulesetError[]): string {
  const first = errors[0];
  if (!first) return 'ruleset refused';
  const at = first.line === undefined ? '' : ` (line ${first.line}${first.column === undefined ? '' : `:${first.column}`})`;
  const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${at}${more}`;
}

export type RefreshStatus = Pick<StoredRuleset, 'lastRefreshAt' | 'lastRefreshOkAt' | 'lastRefreshError' | 'etag' | 'lastModified' | 'redirects'>;

export class RulesetStore {
  // Background events (messages, alarms, policy changes) interleave; each store operation reads and
  // writes as one step so a status update never resurrects a ruleset that was just replaced.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: LocalArea,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private serialise<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  timestamp(): string {
    return this.now().toISOString();
  }

  read(slot: RulesetSlot): Promise<StoredRuleset | undefined> {
    return this.serialise(() => this.readNow(slot));
  }

  private async readNow(slot: RulesetSlot): Promise<StoredRuleset | undefined> {
    const key = SLOT_KEYS[slot];
    const raw = await this.area.get([key]);
    return (raw[key] ?? undefined) as StoredRuleset | undefined;
  }

  /** Validates and, only if valid, stores `text` as the slot's ruleset. */
  accept(
    slot: RulesetSlot,
    text: string,
    source: RulesetSource,
    extra: Omit<Partial<StoredRuleset>, 'text' | 'source' | 'loadedAt'> = {},
  ): Promise<AdminReply> {
    return this.serialise(async () => {
      const filename = source.kind === 'file' ? source.name : source.kind === 'url' || source.kind === 'policy' ? source.url : undefined;
      const validation = validateRuleset(text, filename);
      if (!validation.ok) return validation;
      const active: StoredRuleset = { ...withoutUndefined(extra), source, text, loadedAt: this.timestamp() };
      const items: Record<string, unknown> = { [SLOT_KEYS[slot]]: active };
      if (slot === 'policy') items[ADMIN_STORAGE_KEYS.policyStatus] = null;
      await this.area.set(items);
      return { ok: true, active };
    });
  }

  /** Updates refresh bookkeeping on the stored ruleset, keeping its text. No-op when there is none. */
  recordRefresh(slot: RulesetSlot, status: RefreshStatus): Promise<StoredRuleset | undefined> {
    return this.serialise(async () => {
      const current = await this.readNow(slot);
      if (!current) return undefined;
      const updated = withoutUndefined({ ...current, ...status });
      const items: Record<string, unknown> = { [SLOT_KEYS[slot]]: updated };
      // The policy's status mirrors its last refresh, so the content script can say why it is stale.
      if (slot === 'policy') {
        items[ADMIN_STORAGE_KEYS.policyStatus] = status.lastRefreshError ? { at: this.timestamp(), error: status.lastRefreshError } : null;
      }
      await this.area.set(items);
      return updated;
    });
  }

  recordPolicyProblem(error: string): Promise<void> {
    return this.serialise(() => this.area.set({ [ADMIN_STORAGE_KEYS.policyStatus]: { at: this.timestamp(), error } }));
  }

  clear(slot: RulesetSlot): Promise<void> {
    const keys = slot === 'policy' ? [SLOT_KEYS.policy, ADMIN_STORAGE_KEYS.policyStatus] : [SLOT_KEYS.local];
    return this.serialise(() => this.area.remove(keys));
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
