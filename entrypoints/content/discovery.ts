// Finds composers as they come and go: one MutationObserver per tree (the document and each open
// shadow root, e.g. LinkedIn's #interop-outlet) with scans batched into animation frames, plus a
// capture-phase focusin that attaches at once to the editor being focused. Sessions end when their
// editor leaves the DOM (X and LinkedIn replace composers on navigation).
import { containsDeep, openShadowRoots } from './dom/deep';
import { EDITORS } from './editors';
import type { Lifetime } from './lifetime';
import type { PlatformAdapter } from './platforms/types';
import { endSession, liveSessions, sessionForEditor, startSession, type Session, type SessionEnv } from './session';

export type Discovery = { scanNow(): void };

/** How long the caret must rest before the card of the finding under it opens. */
const CARET_SETTLE_MS = 150;

/** Full rescans (every element, for new shadow roots) run this rarely when nothing else asks. */
const SLOW_SCAN_MS = 3000;

/** Only added editables (or shadow hosts) can bring a composer: other page updates skip the scan. */
function mayHoldComposer(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  const editable = '[contenteditable], textarea';
  return node.shadowRoot !== null || node.matches(editable) || node.querySelector(editable) !== null;
}

export function startDiscovery(ctx: Lifetime, adapter: PlatformAdapter, env: SessionEnv): Discovery {
  const observed = new WeakSet<Node>();
  let scanFrame = 0;

  const sessionHolding = (node: Node): Session | undefined =>
    liveSessions().find((s) => s.editor === node || s.editor.contains(node));

  const observer = new MutationObserver((records) => {
    let added = false;
    let removed = false;
    const touched = new Set<Session>();
    for (const record of records) {
      const session = sessionHolding(record.target);
      if (session) touched.add(session);
      else if (record.type === 'childList') {
        added ||= [...record.addedNodes].some(mayHoldComposer);
        removed ||= record.removedNodes.length > 0;
      }
    }
    // Typing mutates the editor only: re-check it, no page scan.
    for (const s of touched) s.schedule();
    if (added) scheduleScan();
    else if (removed) schedulePrune();
    // A dialog or overlay that came or went may now cover (or uncover) a composer.
    if (added || removed) relayoutAll();
  });

  const observe = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
    // scroll doesn't cross shadow boundaries; dialogs inside them scroll on their own.
    root.addEventListener('scroll', relayoutAll, { capture: true, passive: true });
  };

  const prune = () => {
    for (const session of liveSessions()) {
      if (session.editor.isConnected) continue;
      const errors = session.errorRuleIds();
      endSession(session);
      if (errors.length > 0) env.onDraftGone(session.editor, 'removed', errors);
    }
  };

  const scanNow = () => {
    cancelAnimationFrame(scanFrame);
    scanFrame = 0;
    for (const root of openShadowRoots()) observe(root);
    prune();
    for (const composer of adapter.findComposers()) {
      if (sessionForEditor(composer.editor)) continue;
      startSession(composer, EDITORS[composer.kind], env);
      // Text edits the site makes without an input event (e.g. clearing the box after posting).
      observer.observe(composer.editor, { characterData: true, subtree: true });
    }
  };

  function scheduleScan() {
    if (!scanFrame) scanFrame = requestAnimationFrame(scanNow);
  }

  let pruneFrame = 0;
  function schedulePrune() {
    if (!pruneFrame) pruneFrame = requestAnimationFrame(() => {
      pruneFrame = 0;
      prune();
    });
  }

  function relayoutAll() {
    for (const s of liveSessions()) s.layout(true);
  }

  const onFocusIn = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && !liveSessions().some((s) => containsDeep(s.editor, target))) scanNow();
  };

  // The caret card follows the caret once it rests: while typing, selectionchange fires on every key
  // and must cost nothing but a timer (measured: per-key frame work here showed in typing latency).
  let caretTimer: ReturnType<typeof setTimeout> | undefined;
  const onSelectionChange = () => {
    clearTimeout(caretTimer);
    caretTimer = setTimeout(() => {
      for (const s of liveSessions()) s.caretMoved();
    }, CARET_SETTLE_MS);
  };

  observe(document);
  ctx.addEventListener(window, 'focusin', onFocusIn, { capture: true });
  ctx.addEventListener(window, 'scroll', relayoutAll, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', relayoutAll, { passive: true });
  ctx.addEventListener(document, 'selectionchange', onSelectionChange);
  // Animations and late layout shifts move editors without any event we could hear; single-page
  // navigation (X, LinkedIn) swaps composers without reloading.
  let lastHref = location.href;
  ctx.setInterval(() => {
    for (const s of liveSessions()) s.layout(false);
    if (location.href !== lastHref) {
      lastHref = location.href;
      scheduleScan();
    }
  }, 1000);
  // A shadow root attached to an element already in the page causes no mutation we observe.
  ctx.setInterval(scheduleScan, SLOW_SCAN_MS);
  ctx.onInvalidated(() => {
    observer.disconnect();
    cancelAnimationFrame(scanFrame);
    cancelAnimationFrame(pruneFrame);
    clearTimeout(caretTimer);
    for (const s of liveSessions()) endSession(s);
  });
  scanNow();
  return { scanNow };
}
