import DOMPurify from 'dompurify';

/**
 * A rule's reference link as an href we are willing to render, or undefined. Links come from the
 * admin's ruleset: only absolute https URLs that DOMPurify also accepts for <a href>.
 */
export function safeRuleLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  return DOMPurify.isValidAttribute('a', 'href', url.href) ? url.href : undefined;
}
