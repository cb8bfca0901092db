/**
 * The test API every replica page exposes on `window.__replica` (main world).
 *
 * Tests and QA tooling read the EDITOR'S MODEL through it (not the DOM), and see what the page's own
 * submit handler received. Nothing here touches the editors' DOM: the editors carry only the
 * attributes the live sites use.
 */

export type ReplicaPost = { surface: string; text: string };

export type EditorEntry = {
  /** Stable name of the composer on the page, e.g. "home", "reply", "modal-0", "comment". */
  surface: string;
  /** The contenteditable / textarea, or null once unmounted. */
  element: () => Element | null;
  /** Plain text from the editor's model, blocks joined with "\n". */
  read: () => string;
  /** Empty the editor through its own API (as the site does after posting). */
  clear: () => void;
};

export type ReplicaApi = {
  name: string;
  ready: boolean;
  posts: ReplicaPost[];
  /** "directive blocked-uri" for each Content-Security-Policy violation in this page. */
  cspViolations: string[];
  /** Mounted editors in registration order. */
  surfaces: () => string[];
  /** Index into surfaces(), a surface name, or a CSS selector matching the editor or an ancestor
   *  (evaluated in the document and in each open shadow root, not across the boundary). */
  modelText: (which?: number | string) => string;
  clear: (which?: number | string) => void;
  /** Focus an editor (as a click would), e.g. to type into whichever composer a page has first. */
  focus: (which?: number | string) => void;
};

declare global {
  interface Window {
    __replica: ReplicaApi;
  }
}

const editors: EditorEntry[] = [];

function mounted(): EditorEntry[] {
  return editors.filter((e) => e.element()?.isConnected);
}

/** Open shadow roots on the page (LinkedIn's #interop-outlet) so selectors reach inside them. */
function searchRoots(): ParentNode[] {
  const roots: ParentNode[] = [document];
  for (const host of document.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
  return roots;
}

function resolve(which: number | string = 0): EditorEntry {
  const live = mounted();
  if (typeof which === 'number') {
    const entry = live[which];
    if (!entry) throw new Error(`replica: no editor #${which} (mounted: ${live.map((e) => e.surface).join(', ')})`);
    return entry;
  }
  const bySurface = live.find((e) => e.surface === which);
  if (bySurface) return bySurface;
  const matches = searchRoots().flatMap((root) => [...root.querySelectorAll(which)]);
  const entry = live.find((e) => {
    const el = e.element();
    return el && matches.some((m) => m === el || m.contains(el));
  });
  if (!entry) throw new Error(`replica: no editor matches ${JSON.stringify(which)}`);
  return entry;
}

export function registerEditor(entry: EditorEntry): () => void {
  editors.push(entry);
  return () => {
    const i = editors.indexOf(entry);
    if (i >= 0) editors.splice(i, 1);
  };
}

/** Called by the page's own submit handler, after its own checks (empty drafts never post). */
export function recordPost(surface: string, text: string): void {
  window.__replica.posts.push({ surface, text });
}

export function installReplicaApi(name: string): ReplicaApi {
  const api: ReplicaApi = {
    name,
    ready: false,
    posts: [],
    cspViolations: [],
    surfaces: () => mounted().map((e) => e.surface),
    modelText: (which) => resolve(which).read(),
    clear: (which) => {
      if (which === undefined) mounted().forEach((e) => e.clear());
      else resolve(which).clear();
    },
    focus: (which) => (resolve(which).element() as HTMLElement | null)?.focus(),
  };
  window.__replica = api;
  document.addEventListener('securitypolicyviolation', (e) => {
    api.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`);
  });
  return api;
}

export function markReady(): void {
  window.__replica.ready = true;
}

/** Ctrl+Enter on Windows/Linux, Cmd+Enter on macOS: the sites' keyboard submit. */
export function isModEnter(e: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey);
}
