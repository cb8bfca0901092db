// Content-script side of the audit log: events go to the background, which owns the log. Only rule
// ids, the action and a typed reason are sent; the draft text never leaves the content script.

import { browser } from 'wxt/browser';
import type { Platform } from '../../../rules/types';
import type { AuditAction, AuditEvent, Message } from '../../shared/protocol';

/** Resolves true once the background has stored the event, false if it could not be delivered. */
export async function sendAuditEvent(
  platform: Platform,
  action: AuditAction,
  ruleIds: string[],
  extra: Pick<AuditEvent, 'reason' | 'detail' | 'until'> = {},
): Promise<boolean> {
  const event: AuditEvent = { at: new Date().toISOString(), platform, ruleIds, action, ...extra };
  const message: Message = { type: 'audit', event };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    // The extension was reloaded or updated under this page: the context is gone.
    return false;
  }
}
