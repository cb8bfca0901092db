// A time budget for every check, so that no draft and no ruleset freezes the site's page. Short
// drafts are checked in the page (a 280-character post takes about a millisecond), because the
// gate must judge them at the instant of a click. A long draft, or any draft in a composer whose
// last check in the page was slow (a heavy ruleset), is checked by the background instead: the
// text goes to Clearpost's own background context by an extension message (it never leaves the
// browser and is never stored or logged), and the page's main thread stays free meanwhile.
// A check that has not answered within the budget is over: the draft counts as not checked, the
// composer says so, and a post from it fails open and is audited as posted-unchecked.

import { browser } from 'wxt/browser';
import type { Finding, Platform } from '../../rules/types';
import type { CheckReply, Message } from '../shared/protocol';

/** Drafts longer than this are checked off the page's thread (DESIGN: 3,000 characters check in <= 5 ms). */
export const INLINE_MAX_CHARS = 4_000;
/** An in-page check slower than this (DESIGN: no check holds the main thread longer than 50 ms) moves that composer's later checks off the page. */
export const SLOW_INLINE_MS = 50;
/** How long an off-thread check may take before the draft is declared not checked (a waking background compiles the ruleset first). */
export const CHECK_BUDGET_MS = 5_000;

export type OffThreadResult = { kind: 'done'; findings: Finding[] } | { kind: 'incomplete' };

type Send = (message: Message) => Promise<unknown>;

export function checkOffThread(
  text: string,
  platform: Platform,
  budgetMs = CHECK_BUDGET_MS,
  send: Send = (message) => browser.runtime.sendMessage(message),
): Promise<OffThreadResult> {
  const asked = send({ type: 'check', text, platform }).then(
    (reply): OffThreadResult => {
      const r = reply as CheckReply | undefined;
      return r?.ok && Array.isArray(r.findings) ? { kind: 'done', findings: r.findings } : { kind: 'incomplete' };
    },
    (): OffThreadResult => ({ kind: 'incomplete' }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<OffThreadResult>((resolve) => (timer = setTimeout(() => resolve({ kind: 'incomplete' }), budgetMs)));
  return Promise.race([asked, late]).finally(() => clearTimeout(timer));
}
