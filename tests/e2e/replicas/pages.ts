/**
 * Which replica answers which real URL. The harness and `npm start` serve these at the real https
 * URLs (Playwright request interception), so the extension's host matches apply as on the live sites.
 */

export const BUNDLES = ['x', 'x-mobile', 'x-pro', 'fb', 'mbs', 'li-feed', 'li-compose', 'li-admin'] as const;
export type Bundle = (typeof BUNDLES)[number];

export const REPLICAS = {
  /** Draft.js home composer + reply box; the SideNav "Post" link opens the #layers modal. */
  'x-home': { url: 'https://x.com/home', title: 'Home / X' },
  /** Same app with the modal composer open (thread items via "Add post"). */
  'x-compose': { url: 'https://x.com/compose/post', title: 'Compose new post / X' },
  /** Mobile web: React-controlled <textarea>. */
  'x-mobile': { url: 'https://mobile.x.com/compose/post', title: 'Compose new post / X' },
  /** Create-post dialog (opened from the "What's on your mind" trigger) + a comment box, Lexical. */
  'fb-post': { url: 'https://www.facebook.com/', title: 'Facebook' },
  /** Legacy Quill share box (opened from "Start a post") + a TipTap comment box. */
  'li-feed': { url: 'https://www.linkedin.com/feed/', title: 'Feed | LinkedIn' },
  /** As li-feed, but the share box lives in the open shadow root of #interop-outlet. */
  'li-feed-interop': { url: 'https://www.linkedin.com/feed/?interop=1', title: 'Feed | LinkedIn' },
  /** SDUI share box: TipTap in a native <dialog> opened with showModal(). */
  'li-compose': { url: 'https://www.linkedin.com/sharing/compose/', title: 'LinkedIn' },
  /** Company page admin view; ?share=true opens the share box (Quill) posting as the page. */
  'li-admin': {
    url: 'https://www.linkedin.com/company/riverside-hospital/admin/page-posts/published/?share=true',
    title: 'Riverside Hospital: Admin view | LinkedIn',
  },
  /** X Pro deck: the composer column (Draft.js, as on x.com). */
  'x-pro': { url: 'https://pro.x.com/i/decks/1800000000000000000', title: 'X Pro' },
  /** Meta Business Suite post composer (Draft.js caption field, role=combobox). */
  'mbs-composer': { url: 'https://business.facebook.com/latest/composer/?asset_id=100000000000001', title: 'Create post | Meta Business Suite' },
  /** Meta Business Suite inbox: a comment thread with the reply box (Lexical, Enter sends). */
  'mbs-inbox': { url: 'https://business.facebook.com/latest/inbox/all?asset_id=100000000000001', title: 'Inbox | Meta Business Suite' },
} as const satisfies Record<string, { url: string; title: string }>;
export type ReplicaName = keyof typeof REPLICAS;

/** The hosts we intercept; every other request is aborted. */
export const ROUTED_HOSTS = ['x.com', 'mobile.x.com', 'pro.x.com', 'www.facebook.com', 'business.facebook.com', 'www.linkedin.com'] as const;

/** The bundle that renders a document URL, or null for a path the replica doesn't have (404). */
export function bundleFor(url: URL): Bundle | null {
  switch (url.hostname) {
    case 'x.com':
      return 'x';
    case 'mobile.x.com':
      return 'x-mobile';
    case 'pro.x.com':
      return url.pathname.startsWith('/i/decks/') ? 'x-pro' : null;
    case 'business.facebook.com':
      return url.pathname.startsWith('/latest/composer') || url.pathname.startsWith('/latest/inbox') ? 'mbs' : null;
    case 'www.facebook.com':
      return url.pathname === '/' ? 'fb' : null;
    case 'www.linkedin.com':
      if (url.pathname.startsWith('/sharing/compose')) return 'li-compose';
      if (url.pathname.startsWith('/feed')) return 'li-feed';
      if (/^\/company\/[^/]+\/admin\//.test(url.pathname)) return 'li-admin';
      return null;
    default:
      return null;
  }
}

/** Script URLs live under this path on each replica's own origin (same-origin, like a site bundle). */
export const ASSET_PREFIX = '/__replica__/';

/**
 * A Content-Security-Policy as strict as the live sites' on what matters to an extension: no inline
 * or eval'd script in the page (Facebook's is nonce-based without 'unsafe-eval'), inline styles
 * allowed (all three sites allow them), no connections anywhere but the site itself. Violations are
 * recorded in window.__replica.cspViolations.
 */
export const REPLICA_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/**
 * x.com's home page inside a same-origin iframe (no site is known to do this; issue 10 asks that a
 * framed composer is covered all the same). Served at FRAMED_REPLICA.url; the frame is the x-home replica.
 */
export const FRAMED_REPLICA = { url: 'https://x.com/i/framed', frameUrl: 'https://x.com/home', title: 'Framed composer / X' } as const;

export function framedHtml(): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${FRAMED_REPLICA.title}</title>
</head>
<body>
<h1>A page that embeds its composer</h1>
<iframe id="composer-frame" title="Composer" src="${FRAMED_REPLICA.frameUrl}" style="width:900px;height:700px;border:1px solid #ccc"></iframe>
</body>
</html>
`;
}

export function documentHtml(bundle: Bundle, title: string): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<script src="${ASSET_PREFIX}${bundle}.js"></script>
</body>
</html>
`;
}
