/** The hosts the content scripts run on (the manifest's host_permissions list the same). */
export const CONTENT_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://www.linkedin.com/*',
] as const;
