// The audit log: one event per blocked post, override and applied fix. The background owns it so
// that every tab appends to one list in one order. Events carry rule ids and the user's typed
// reason, never draft text; the schema below strips any other field a caller might send.
//
// Everything here is a plain function over a small storage seam, so the same code serves the
// background (append), the admin console (list, clear) and unit tests (wxt fake-browser). The export
// formats are in audit-format.ts, free of extension APIs.

import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PLATFORMS } from '../../rules/types';
import { AUDIT_LOG_CAP, AUDIT_REASON_MAX_LENGTH, STORAGE_KEYS, type AuditEvent } from '../shared/protocol';


const RULE_ID = /^[\w.-]+(\/[\w.-]+)*$/;

const auditEventSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  platform: z.enum(PLATFORMS),
  ruleIds: z.array(z.string().max(120).regex(RULE_ID)).max(100),
  action: z.enum(['blocked', 'override', 'fix-applied', 'checked']),
  reason: z.string().trim().min(1).max(AUDIT_REASON_MAX_LENGTH).optional(),
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

/** The extension's local storage under STORAGE_KEYS.audit. */
export function extensionAuditStorage(): AuditStorage {
  const item = storage.defineItem<AuditEvent[]>(`local:${STORAGE_KEYS.audit}`, { fallback: [] });
  return { read: () => item.getValue(), write: (events) => item.setValue(events) };
}

/** The log after appending `event`, keeping only the newest `cap` events (oldest first). */
export function withEvent(log: readonly AuditEvent[], event: AuditEvent, cap: number): AuditEvent[] {
  const next = [...log, event];
  return next.length > cap ? next.slice(next.length - cap) : next;
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
  return {
    append: (event) => serially(async () => store.write(withEvent(await store.read(), event, cap))),
    list: () => serially(() => store.read()),
    clear: () => serially(() => store.write([])),
  };
}

/**
 * Handles `{ type: 'audit', event }` from content scripts. Returns undefined for any other message so
 * other background listeners can answer it.
 */
export function handleAuditMessage(log: AuditLog, message: unknown): Promise<{ ok: boolean }> | undefined {
  if (!isAuditMessage(message)) return undefined;
  const event = parseAuditEvent(message.event);
  if (!event) return Promise.resolve({ ok: false });
  return log.append(event).then(() => ({ ok: true }));
}

function isAuditMessage(message: unknown): message is { type: 'audit'; event: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'audit';
}

/** Background wiring: append every audit message to the extension's log. */
export function registerAuditHandler(log: AuditLog = createAuditLog(extensionAuditStorage())): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const done = handleAuditMessage(log, message);
    if (!done) return undefined;
    void done.then(sendResponse);
    return true; // keeps sendResponse alive for the asynchronous write (Chrome and Firefox)
  });
}
