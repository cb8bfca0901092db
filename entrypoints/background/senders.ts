// Who may ask the background for what. Only this extension's own contexts can message it (there is
// no externally_connectable), but a content script runs inside sites' pages and must be trusted no
// more than the page it sits in: it may report audit events and ask for the effective ruleset,
// never load, refresh or reset rulesets. Extension pages (options, popup) may do everything.

import { CONTENT_MATCHES } from '../content/matches';

/** The fields of runtime.MessageSender we rely on. */
export type Sender = { id?: string; url?: string; origin?: string; tab?: { id?: number; url?: string } };

/** This extension's identity, as the runtime reports it. */
export type Self = { id: string; origin: string };

const CONTENT_ORIGINS = new Set(CONTENT_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).origin));

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** An options or popup page of this extension (opened as a tab or not). */
export function isExtensionPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && originOf(sender.url) === self.origin;
}

/** Our content script, in a tab of a site Clearpost checks. */
export function isContentScript(sender: Sender, self: Self): boolean {
  const origin = originOf(sender.url);
  return sender.id === self.id && sender.tab !== undefined && origin !== null && CONTENT_ORIGINS.has(origin);
}

/** This extension's identity from the runtime API. */
export function selfFrom(runtime: { id: string; getURL(path: string): string }): Self {
  return { id: runtime.id, origin: new URL(runtime.getURL('/')).origin };
}
