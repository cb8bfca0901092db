// Rule messages, names and links come from admin-supplied rulesets (possibly fetched from a URL),
// so they are sanitised with DOMPurify before display, and links are kept only when they are https
// (the same check as the composer's finding cards).

import DOMPurify from 'dompurify';
import type { ReactNode } from 'react';
import { safeRuleLink } from '../findings/safe-link';

// A private instance: DOMPurify keeps the last sanitize() config globally, and isValidAttribute()
// (used by safeRuleLink) would otherwise inherit this text-only config and reject every href.
let purifier: ReturnType<typeof DOMPurify> | undefined;

/** Admin text with every tag (and script/style content) removed; entities decoded to plain text. */
export function sanitiseAdminText(text: string): string {
  purifier ??= DOMPurify(window);
  const fragment = purifier.sanitize(text, { ALLOWED_TAGS: [], ALLOWED_ATTR: [], KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true });
  return fragment.textContent ?? '';
}

export function SafeText({ text }: { text: string }) {
  // Rendered as a React text node after sanitising: never as HTML.
  return <>{sanitiseAdminText(text)}</>;
}

export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const safe = safeRuleLink(href);
  if (!safe) return null;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
