// The content script's ruleset and pause state. The background resolves and validates the ruleset
// (shared/effective-ruleset.ts) and hands it over as plain data by message (background/content-state.ts):
// content scripts never read or write extension storage, which the background owns. Here the ruleset
// is only compiled. Importing rules/compile (never rules/index, which re-exports the loader) keeps
// zod, yaml, redos-detector and the packs' YAML out of the pages' bundle (DESIGN budget: content
// script <= 350 KB minified; tests/unit/rules/bundle.test.ts).

import { browser } from 'wxt/browser';
import { compile } from '../../rules/compile';
import { addGivenNames } from '../../rules/people/lexicon';
import type { CompiledChecker } from '../../rules/compile';
import type { ContentState, Message, PauseState, StoredEffectiveRuleset } from '../shared/protocol';
import { readPackagedDefault } from './embedded-default';

export type ContentRuleset = Omit<StoredEffectiveRuleset, 'ruleset' | 'disable'> & {
  /** null when the stored ruleset does not compile: sessions then show the error state and never block. */
  checker: CompiledChecker | null;
};

export function compileStored(stored: StoredEffectiveRuleset): ContentRuleset {
  const { ruleset, disable, names, ...settings } = stored;
  // Names first, so the first check already knows them.
  if (names) addGivenNames(names.given, names.ambiguous);
  try {
    return { ...settings, checker: compile(ruleset, { disable }) };
  } catch (error) {
    // The background validated this ruleset, so this is an engine bug: fail open, visibly.
    console.error('Clearpost: the ruleset could not be compiled', error);
    return { ...settings, checker: null, error: `the ruleset could not be compiled: ${String(error)}` };
  }
}

type MessageListener = (message: unknown, sender: { id?: string; tab?: unknown }) => undefined;

export type ContentApis = {
  runtime: {
    id: string;
    sendMessage(message: Message): Promise<unknown>;
    onMessage: { addListener(cb: MessageListener): void; removeListener(cb: MessageListener): void };
  };
  /** The embedded default as packaged data (embedded-default.ts), checked with until the background answers. */
  readPackagedDefault?: () => Promise<StoredEffectiveRuleset>;
};

const extensionApis = (): ContentApis => ({ runtime: browser.runtime, readPackagedDefault }) as unknown as ContentApis;

export type ContentStateHandlers = {
  /** A ruleset to check with: first perhaps the packaged default, then the background's, after each change. */
  ruleset(ruleset: ContentRuleset): void;
  pause(pause: PauseState): void;
  /** The background's first state has been applied: what is checked from now on is the organisation's. */
  answered(): void;
};

/** How long to wait before asking again when the background did not answer (still starting). */
const RETRY_MS = [250, 500, 1000, 2000, 4000];

function isContentState(value: unknown): value is ContentState {
  return typeof value === 'object' && value !== null && 'effective' in value && 'pause' in value;
}

/**
 * Asks the background for the ruleset and pause state, then follows the changes it pushes. Until
 * its first answer (a service worker that is starting needs a second or more), the packaged
 * default is checked with, so the first check never waits; the background's ruleset replaces it
 * and a late default never replaces the background's. A ruleset is recompiled only when it differs
 * (cheap next to compiling it). Returns the unsubscribe function.
 */
export function subscribeContentState(handlers: ContentStateHandlers, apis: ContentApis = extensionApis()): () => void {
  let lastRuleset: string | undefined;
  let lastPause: string | undefined;
  let stopped = false;
  let pushed = false;
  let answered = false;
  const compileIfNew = (stored: StoredEffectiveRuleset) => {
    const json = JSON.stringify(stored);
    if (json === lastRuleset) return;
    lastRuleset = json;
    handlers.ruleset(compileStored(stored));
  };
  const apply = (state: ContentState) => {
    if (state.effective) compileIfNew(state.effective);
    const pause = JSON.stringify(state.pause);
    if (pause !== lastPause) {
      lastPause = pause;
      handlers.pause(state.pause);
    }
    if (!answered && state.effective) {
      answered = true;
      handlers.answered();
    }
  };
  // Only the background sends to tabs (content scripts and pages cannot), so a push is its word.
  const onPush: MessageListener = (message, sender) => {
    const m = message as { type?: unknown; state?: unknown };
    if (m?.type !== 'content-state' || sender.id !== apis.runtime.id || sender.tab !== undefined || !isContentState(m.state)) return undefined;
    pushed = true;
    apply(m.state);
    return undefined;
  };
  apis.runtime.onMessage.addListener(onPush);

  const ask = (attempt: number) => {
    apis.runtime.sendMessage({ type: 'content-state' }).then(
      (reply) => {
        if (stopped || pushed) return; // a push is at least as new as this reply
        if (isContentState(reply) && reply.effective) apply(reply);
        else retry(attempt);
      },
      (error: unknown) => {
        console.error('Clearpost: asking for the ruleset failed', error);
        retry(attempt);
      },
    );
  };
  const retry = (attempt: number) => {
    if (!stopped && attempt < RETRY_MS.length) setTimeout(() => ask(attempt + 1), RETRY_MS[attempt]);
  };
  ask(0);
  apis.readPackagedDefault?.().then(
    (provisional) => stopped || answered || compileIfNew(provisional),
    (error: unknown) => console.error('Clearpost: reading the packaged default ruleset failed', error),
  );
  return () => {
    stopped = true;
    apis.runtime.onMessage.removeListener(onPush);
  };
}
