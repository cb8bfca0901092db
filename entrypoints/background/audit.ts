// The audit log: one event per blocked post, override, applied fix, escape, pause and ruleset
// change, plus a daily counter of checked drafts per site. The background owns it so
// that every tab appends to one list in one order. Events carry rule ids and the user's typed
// reason, never draft text; the schema below strips any other field a caller might send.
//
// Everything here is a plain function over a small storage seam, so the same code serves the
// background (append), the admin console (list, clear) and unit tests (wxt fake-browser). The export
// formats are in audit-format.ts, free of extension APIs.

import { z } from 'zod';
import { browser } from 'wxt/browser';
import { PLATFORMS } from '../../rules/types';
import type { LocalArea } from '../shared/stored-state';
import type { Sender } from './senders';
import { AUDIT_ACTIONS, AUDIT_LOG_CAP, AUDIT_REASON_MAX_LENGTH, PROTECTED_AUDIT_ACTIONS, STORAGE_KEYS, type AuditEvent } from '../shared/protocol';


const RULE_ID = /^[\w.-]+(\/[\w.-]+)*$/;

const auditEventSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  platform: z.enum(PLATFORMS),
  ruleIds: z.array(z.string().max(120).regex(RULE_ID)).max(100),
  action: z.enum(AUDIT_ACTIONS),
  reason: z.string().trim().min(1).max(AUDIT_REASON_MAX_LENGTH).optional(),
  count: z.number().int().min(1).optional(),
  detail: z.string().max(200).regex(/^[\w .:/@+-]*$/).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
});

/** A valid event with unknown fields dropped, or null when the input is not an audit event. */
export function parseAuditEvent(input: unknown): AuditEvent | null {
  const parsed = auditEventSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

/** Where the log is kept. */
export interface AuditStorage {
  read(): Promise<AuditEvent[]>;
  write(events: AuditEvent[]): Promise<void>;
}

/** The extension's local storage under STORAGE_KEYS.audit (the background passes its owned area). */
export function extensionAuditStorage(area: LocalArea = browser.storage.local as unknown as LocalArea): AuditStorage {
  const key = STORAGE_KEYS.audit;
  return {
    read: async () => {
      const stored = (await area.get([key]))[key];
      return Array.isArray(stored) ? (stored as AuditEvent[]) : [];
    },
    write: (events) => area.set({ [key]: events }),
  };
}

/**
 * The log after appending `event` (oldest first). A `checked` event adds to that site's counter of
 * the same UTC day instead of growing the log. Over `cap`, the oldest routine event goes first:
 * overrides, escapes and unchecked posts leave only when nothing else is left to evict.
 */
export function withEvent(log: readonly AuditEvent[], event: AuditEvent, cap: number): AuditEvent[] {
  if (event.action === 'checked') {
    const day = event.at.slice(0, 10);
    const index = log.findLastIndex((e) => e.action === 'checked' && e.platform === event.platform && e.at.slice(0, 10) === day);
    if (index >= 0) {
      const counter = log[index]!;
      const next = [...log];
      next[index] = { ...counter, at: event.at, count: (counter.count ?? 1) + (event.count ?? 1) };
      return next;
    }
  }
  const next = [...log, event];
  while (next.length > cap) {
    const routine = next.findIndex((e) => !PROTECTED_AUDIT_ACTIONS.includes(e.action));
    next.splice(routine >= 0 ? routine : 0, 1);
  }
  return next;
}

export type AuditLog = {
  append(event: AuditEvent): Promise<void>;
  list(): Promise<AuditEvent[]>;
  clear(): Promise<void>;
};

export function createAuditLog(store: AuditStorage, cap = AUDIT_LOG_CAP): AuditLog {
  // Read-modify-write must not interleave when several tabs report at once.
  let pending: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = pending.then(task, task);
    pending = run.catch(() => undefined);
    return run;
  };
  // The log is one stored array, so each write costs its whole size: events that arrive while a
  // write is under way wait and go into the next one together (one read and one write per burst,
  // not per event). Each append resolves only once its event is stored.
  let batch: AuditEvent[] = [];
  let batchStored: Promise<void> | null = null;
  const writeBatch = async () => {
    const events = batch;
    batch = [];
    batchStored = null;
    await store.write(events.reduce((log, event) => withEvent(log, event, cap), await store.read()));
  };
  return {
    append: (event) => {
      batch.push(event);
      batchStored ??= serially(writeBatch);
      return batchStored;
    },
    list: () => serially(() => store.read()),
    clear: () => serially(() => store.write([])),
  };
}

/**
 * Handles `{ type: 'audit', event }` from content scripts. Returns undefined for any other message so
 * other background listeners can answer it. An override reason that holds a patient identifier
 * (`reasonProblem` says why) is refused: the log is exported and shared.
 */
export function handleAuditMessage(
  log: AuditLog,
  message: unknown,
  reasonProblem: (reason: string, platform: AuditEvent['platform']) => string | null = () => null,
): Promise<{ ok: boolean }> | undefined {
  if (!isAuditMessage(message)) return undefined;
  const event = parseAuditEvent(message.event);
  if (!event || (event.reason !== undefined && reasonProblem(event.reason, event.platform) !== null)) return Promise.resolve({ ok: false });
  return log.append(event).then(() => ({ ok: true }));
}

function isAuditMessage(message: unknown): message is { type: 'audit'; event: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'audit';
}

export type AuditHandlerOptions = {
  log?: AuditLog;
  /** Whether this sender may write to the log (our content scripts and pages). */
  trusted?: (sender: Sender) => boolean;
  reasonProblem?: (reason: string, platform: AuditEvent['platform']) => string | null;
};

/** Background wiring: append every audit message from a trusted sender to the extension's log. */
export function registerAuditHandler({ log = createAuditLog(extensionAuditStorage()), trusted = () => true, reasonProblem }: AuditHandlerOptions = {}): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isAuditMessage(message)) return undefined;
    if (!trusted(sender as Sender)) {
      sendResponse({ ok: false });
      return undefined;
    }
    const done = handleAuditMessage(log, message, reasonProblem)!;
    void done.then(sendResponse);
    return true; // keeps sendResponse alive for the asynchronous write (Chrome and Firefox)
  });
}
