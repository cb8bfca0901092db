// Finds composers as they come and go: one MutationObserver per tree (the document and each open
// shadow root, e.g. LinkedIn's #interop-outlet) with scans batched into animation frames, plus a
// capture-phase focusin that attaches at once to the editor being focused. Sessions end when their
// editor leaves the DOM (X and LinkedIn replace composers on navigation).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { containsDeep, openShadowRoots } from './dom/deep';
import { EDITORS } from './editors';
import type { PlatformAdapter } from './platforms/types';
import { endSession, liveSessions, startSession, type Session, type SessionEnv } from './session';

export type Discovery = { scanNow(): void };

export function startDiscovery(ctx: ContentScriptContext, adapter: PlatformAdapter, env: SessionEnv): Discovery {
  const observed = new WeakSet<Node>();
  let scanFrame = 0;

  const sessionHolding = (node: Node): Session | undefined =>
    liveSessions().find((s) => s.editor === node || s.editor.contains(node));

  const observer = new MutationObserver((records) => {
    let structural = false;
    const touched = new Set<Session>();
    for (const record of records) {
      const session = sessionHolding(record.target);
      if (session) touched.add(session);
      else structural = true;
    }
    // Typing mutates the editor only: re-check it, no page scan.
    for (const s of touched) s.schedule();
    if (structural) {
      scheduleScan();
      // A dialog or overlay that came or went may now cover (or uncover) a composer.
      relayoutAll();
    }
  });

  const observe = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    // scroll doesn't cross shadow boundaries; dialogs inside them scroll on their own.
    root.addEventListener('scroll', relayoutAll, { capture: true, passive: true });
  };

  const scanNow = () => {
    cancelAnimationFrame(scanFrame);
    scanFrame = 0;
    for (const root of openShadowRoots()) observe(root);
    for (const session of liveSessions()) if (!session.editor.isConnected) endSession(session);
    for (const composer of adapter.findComposers()) startSession(composer, EDITORS[composer.kind], env);
  };

  function scheduleScan() {
    if (!scanFrame) scanFrame = requestAnimationFrame(scanNow);
  }

  function relayoutAll() {
    for (const s of liveSessions()) s.layout();
  }

  const onFocusIn = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && !liveSessions().some((s) => containsDeep(s.editor, target))) scanNow();
  };

  let caretFrame = 0;
  const onSelectionChange = () => {
    if (caretFrame) return;
    caretFrame = requestAnimationFrame(() => {
      caretFrame = 0;
      for (const s of liveSessions()) s.caretMoved();
    });
  };

  observe(document);
  ctx.addEventListener(window, 'focusin', onFocusIn, { capture: true });
  ctx.addEventListener(window, 'scroll', relayoutAll, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', relayoutAll, { passive: true });
  ctx.addEventListener(document, 'selectionchange', onSelectionChange);
  // Animations and late layout shifts move editors without any event we could hear.
  ctx.setInterval(relayoutAll, 1000);
  ctx.addEventListener(window, 'wxt:locationchange', scheduleScan);
  ctx.onInvalidated(() => {
    observer.disconnect();
    cancelAnimationFrame(scanFrame);
    for (const s of liveSessions()) endSession(s);
  });
  scanNow();
  return { scanNow };
}
