// The composer UI (React, DOMPurify, the findings and gate components) is a separate module of the
// extension package (entrypoints/composer-ui.ts -> /composer-ui.js), loaded when the first composer
// appears, so the script every X, Facebook and LinkedIn tab loads stays small (DESIGN budget:
// content script <= 350 KB). Checking and the gate's decisions never wait for it; only drawing does.

import { browser } from 'wxt/browser';
import type { Finding } from '../../../rules/types';
import type { EditorSnapshot } from '../editors/types';
import type { DialogContent, EventTrust, OpenDialog } from '../gate/dialog-host';
import type { BadgeState } from '../session-types';

/** What a composer's UI reads from its session. */
export interface ComposerView {
  editor: HTMLElement;
  state(): BadgeState;
  findings(): Finding[];
  snapshot(): EditorSnapshot | undefined;
  caretIndex(): number | null;
  statusFor(index: number): string | undefined;
  apply(index: number, suggestion: string): void;
  ignore(index: number): void;
  showFinding(index: number): void;
}

export interface ComposerUiHandle {
  /** Re-renders after findings, state or the caret card changed. */
  render(): void;
  /** `pageChanged`: the page may have put something over the editor (mutation, scroll, resize). */
  requestLayout(pageChanged?: boolean): void;
  destroy(): void;
}

export type ComposerUiModule = {
  createComposerUi(view: ComposerView): ComposerUiHandle;
  showPrepublishDialog(content: DialogContent, trusts?: EventTrust): OpenDialog;
};

declare global {
  /** Set by /composer-ui.js when the content script loads it (same isolated world, never the page's). */
  var clearpostComposerUi: ComposerUiModule | undefined;
}

const composerUi: { loading?: Promise<ComposerUiModule>; loaded?: ComposerUiModule } = {};

/** Starts loading the module once; later calls share the first load (a failed load is retried). */
export function loadComposerUi(): Promise<ComposerUiModule> {
  composerUi.loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/composer-ui.js')).then(
    () => {
      if (!globalThis.clearpostComposerUi) throw new Error('the composer UI module did not start');
      return (composerUi.loaded = globalThis.clearpostComposerUi);
    },
    (error: unknown) => {
      composerUi.loading = undefined;
      throw error;
    },
  );
  return composerUi.loading;
}

/** The module at once when it is loaded (the gate's dialog must be up before a double click's second click), else once it is. */
export function withComposerUi<T>(use: (ui: ComposerUiModule) => T): T | Promise<T> {
  return composerUi.loaded ? use(composerUi.loaded) : loadComposerUi().then(use);
}
