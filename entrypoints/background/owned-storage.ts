// The background is the only writer of the storage it owns (rulesets, settings, the audit log, the
// effective ruleset). Content scripts run inside sites' pages and may be no more trusted than the
// page, yet by default every extension context can write storage.local.
// - Chromium 140+ lets an extension close storage.local to content scripts (setAccessLevel with
//   TRUSTED_CONTEXTS): the browser then refuses their reads and writes, so nothing else is needed.
// - Firefox has no such switch (bug 1724754). There the background remembers what it last wrote to
//   each key it owns and puts that back whenever anything else changes the key, and says so.
// Content scripts learn the ruleset and pause state by message instead (content-state.ts).

import { ADMIN_STORAGE_KEYS, STORAGE_KEYS } from '../shared/protocol';
import type { LocalArea } from '../shared/stored-state';

export const OWNED_KEYS: readonly string[] = [...Object.values(STORAGE_KEYS), ...Object.values(ADMIN_STORAGE_KEYS)];

type Change = { newValue?: unknown };
type ChangeEvent = { addListener(cb: (changes: Record<string, Change>, area: string) => void): void };

export type LockableArea = LocalArea & {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }): Promise<void>;
};

export type OwnedStorage = {
  /** Every background writer uses this area, so the guard knows which writes are its own. */
  area: LocalArea;
  /** 'locked': the browser keeps content scripts out; 'guarded': foreign writes are undone. */
  ready: Promise<'locked' | 'guarded'>;
};

/** Closes storage.local to content scripts where the browser can; false where it cannot. */
export async function lockToExtension(area: LockableArea): Promise<boolean> {
  if (typeof area.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    // Chromium before 140 supports it for storage.session only.
    return false;
  }
}

const ABSENT = '';
const MAX_IN_FLIGHT = 16;
/** Absent and null are one state to every reader (and some change events report a removal as null). */
const encode = (value: unknown): string => (value === undefined || value === null ? ABSENT : JSON.stringify(value));

/**
 * The background's view of storage.local. `onRestored` hears which owned keys another context
 * changed and were put back (only where the browser could not lock the area).
 */
export function ownStorage(storage: { local: LockableArea; onChanged: ChangeEvent }, onRestored: (keys: string[]) => void): OwnedStorage {
  const { local } = storage;
  /** What the background last wrote (or found at start) per owned key, encoded. */
  const known = new Map<string, string>();
  /** Values written but not yet seen in onChanged, oldest first (writes can overtake events). */
  const inFlight = new Map<string, string[]>();
  /** Until the lock is known to hold, the background's own writes are tracked. */
  let tracking = true;
  let guarding = false;

  const remember = (key: string, encoded: string) => {
    if (!tracking || !OWNED_KEYS.includes(key)) return;
    known.set(key, encoded);
    // A write equal to the stored value may raise no event: keep only the latest few.
    inFlight.set(key, [...(inFlight.get(key) ?? []), encoded].slice(-MAX_IN_FLIGHT));
  };
  const area: LocalArea = {
    get: (keys) => local.get(keys),
    set: (items) => {
      for (const [key, value] of Object.entries(items)) remember(key, encode(value));
      return local.set(items);
    },
    remove: (keys) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) remember(key, ABSENT);
      return local.remove(keys);
    },
  };

  const isOwnWrite = (key: string, encoded: string): boolean => {
    const pending = inFlight.get(key) ?? [];
    const at = pending.indexOf(encoded);
    if (at >= 0) {
      pending.splice(0, at + 1);
      return true;
    }
    return known.get(key) === encoded;
  };

  async function restore(keys: string[]): Promise<void> {
    const back: Record<string, unknown> = {};
    const gone: string[] = [];
    for (const key of keys) {
      const value = known.get(key) ?? ABSENT;
      if (value === ABSENT) gone.push(key);
      else back[key] = JSON.parse(value);
    }
    if (Object.keys(back).length > 0) await area.set(back);
    if (gone.length > 0) await area.remove(gone);
    onRestored(keys);
  }

  let queue = Promise.resolve();
  storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local') return;
    queue = queue
      .then(async () => {
        if (!guarding) return;
        const foreign = OWNED_KEYS.filter((key) => key in changes && !isOwnWrite(key, encode(changes[key]!.newValue)));
        if (foreign.length > 0) await restore(foreign);
      })
      .catch((error: unknown) => console.error('Clearpost: restoring storage failed', error));
  });

  const ready = (async () => {
    if (await lockToExtension(local)) {
      tracking = false;
      known.clear();
      inFlight.clear();
      return 'locked' as const;
    }
    // Events queued meanwhile are judged against what was stored when the guard started.
    const stored = await local.get([...OWNED_KEYS]);
    for (const key of OWNED_KEYS) if (!known.has(key)) known.set(key, encode(stored[key]));
    guarding = true;
    return 'guarded' as const;
  })();
  queue = queue.then(() => ready.then(() => undefined));
  return { area, ready };
}
