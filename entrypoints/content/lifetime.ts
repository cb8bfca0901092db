// How long this content script instance lives. WXT's ContentScriptContext tears itself down when a
// `<id>:content:wxt:content-script-started` CustomEvent arrives on the document, and any page script
// can dispatch one: badges vanish and the gate's listeners go with them. Clearpost's listeners are
// tied to this lifetime instead, which ends only on a fact the page cannot forge: the extension
// runtime behind this isolated world is gone (`runtime.id` becomes undefined after an update, a reload
// or the extension being switched off). A newer instance's start event only makes us look sooner.

import { extensionApi } from '../shared/extension-api';

/** The subset of WXT's ContentScriptContext that Clearpost's modules use. */
export type Lifetime = {
  readonly isValid: boolean;
  addEventListener(target: EventTarget, type: string, handler: EventListener | ((event: never) => void), options?: AddEventListenerOptions): void;
  setInterval(handler: () => void, ms: number): void;
  setTimeout(handler: () => void, ms: number): void;
  onInvalidated(cb: () => void): void;
};

/** How often the runtime is looked at while nothing else prompts it. */
export const RUNTIME_POLL_MS = 1000;

/** True while the extension that injected this script still runs. Throws nowhere, whatever the browser. */
export function extensionAlive(runtime: () => { id?: string } | undefined = () => extensionApi().runtime): boolean {
  try {
    const id = runtime()?.id;
    return typeof id === 'string' && id.length > 0;
  } catch {
    return false;
  }
}

/**
 * A lifetime that ends when `alive()` turns false. `hintEvents` are document events after which it
 * checks at once (WXT's "a newer script started" event); they are hints only, never the verdict.
 */
export function createLifetime(options: { alive?: () => boolean; hintEvents?: string[]; pollMs?: number } = {}): Lifetime {
  const alive = options.alive ?? (() => extensionAlive());
  const controller = new AbortController();
  const { signal } = controller;
  const check = () => {
    if (!signal.aborted && !alive()) controller.abort();
  };
  const poll = setInterval(check, options.pollMs ?? RUNTIME_POLL_MS);
  signal.addEventListener('abort', () => clearInterval(poll));
  for (const type of options.hintEvents ?? []) document.addEventListener(type, () => queueMicrotask(check), { signal });

  return {
    get isValid() {
      check();
      return !signal.aborted;
    },
    addEventListener(target, type, handler, opts) {
      target.addEventListener(type, handler as EventListener, { ...opts, signal });
    },
    setInterval(handler, ms) {
      const id = setInterval(() => {
        if (!signal.aborted) handler();
      }, ms);
      signal.addEventListener('abort', () => clearInterval(id));
    },
    setTimeout(handler, ms) {
      const id = setTimeout(() => {
        if (!signal.aborted) handler();
      }, ms);
      signal.addEventListener('abort', () => clearTimeout(id));
    },
    onInvalidated(cb) {
      signal.addEventListener('abort', cb);
    },
  };
}
