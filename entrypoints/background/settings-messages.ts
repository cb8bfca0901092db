// Settings the popup and the admin console change are written by the background on their behalf, so
// that it stays the only writer of its storage. Only extension pages may ask.

import { z } from 'zod';
import { PLATFORMS } from '../../rules/types';
import { STORAGE_KEYS } from '../shared/protocol';
import { writeDisabledRules, type LocalArea } from '../shared/stored-state';
import type { Sender } from './senders';

type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

const settingsMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pause-set'), sites: z.array(z.enum(PLATFORMS)).max(PLATFORMS.length) }),
  z.object({ type: z.literal('rules-disabled'), ruleIds: z.array(z.string().min(1).max(120)).max(2000) }),
]);

const SETTINGS_TYPES = new Set(['pause-set', 'rules-disabled']);

const isSettingsMessage = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && SETTINGS_TYPES.has((message as { type?: unknown }).type as string);

/**
 * Writes pause and rule-switch settings for extension pages. Policy (pausing forbidden, locked
 * rulesets) and the audit trail are applied to the write by settings-audit.ts, whoever asked.
 */
export function registerSettingsHandler(
  runtime: { onMessage: Listener<[unknown, Sender, (reply: unknown) => void]> },
  local: LocalArea,
  isExtensionPage: (sender: Sender) => boolean,
): void {
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isSettingsMessage(message)) return false;
    const parsed = settingsMessageSchema.safeParse(message);
    if (!isExtensionPage(sender) || !parsed.success) {
      sendResponse({ ok: false });
      return false;
    }
    const request = parsed.data;
    const write =
      request.type === 'pause-set'
        ? local.set({ [STORAGE_KEYS.pausedSites]: [...new Set(request.sites)] })
        : writeDisabledRules(local, request.ruleIds);
    write.then(
      () => sendResponse({ ok: true }),
      () => sendResponse({ ok: false }),
    );
    return true; // keeps the channel open for the asynchronous reply (Chrome and Firefox)
  });
}
