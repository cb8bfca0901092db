/**
 * The hosts the content scripts run on (the manifest's host_permissions list the same). LinkedIn's
 * company-page admin view (/company/<page>/admin/) is on www.linkedin.com.
 */
export const CONTENT_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://pro.x.com/*',
  'https://pro.twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://business.facebook.com/*',
  'https://www.linkedin.com/*',
] as const;
