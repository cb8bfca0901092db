// Checks a draft for a content script off the page's main thread (content/off-thread-check.ts):
// long drafts and composers with a slow ruleset. The text is checked in memory and answered; it is
// never stored or logged.

import { z } from 'zod';
import { PLATFORMS, type Checker } from '../../rules/types';
import { MAX_CHECKED_CHARS, type CheckReply } from '../shared/protocol';
import type { Sender } from './senders';

type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

const checkRequestSchema = z.object({ type: z.literal('check'), text: z.string().max(MAX_CHECKED_CHARS), platform: z.enum(PLATFORMS) });

const isCheckRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'check';

/** `checker` resolves to the effective ruleset's checker (the one content scripts compile too). */
export function registerCheckHandler(
  runtime: { onMessage: Listener<[unknown, Sender, (reply: unknown) => void]> },
  options: { checker: () => Promise<Checker | null>; trusted: (sender: Sender) => boolean },
): void {
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isCheckRequest(message)) return false;
    const parsed = checkRequestSchema.safeParse(message);
    const refuse = () => sendResponse({ ok: false } satisfies CheckReply);
    if (!options.trusted(sender) || !parsed.success) {
      refuse();
      return false;
    }
    const { text, platform } = parsed.data;
    options.checker().then((checker) => {
      if (!checker) return refuse();
      try {
        sendResponse({ ok: true, findings: checker.check(text, { platform }) } satisfies CheckReply);
      } catch {
        refuse();
      }
    }, refuse);
    return true; // keeps the channel open for the asynchronous reply (Chrome and Firefox)
  });
}
