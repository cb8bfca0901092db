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
};

export type ContentStateHandlers = {
  ruleset(ruleset: ContentRuleset): void;
  pause(pause: PauseState): void;
};

/** How long to wait before asking again when the background did not answer (still starting). */
const RETRY_MS = [250, 500, 1000, 2000, 4000];

function isContentState(value: unknown): value is ContentState {
  return typeof value === 'object' && value !== null && 'effective' in value && 'pause' in value;
}

/**
 * Asks the background for the ruleset and pause state, then follows the changes it pushes. The
 * ruleset is recompiled only when it differs (cheap next to compiling it). Returns the unsubscribe function.
 */
export function subscribeContentState(handlers: ContentStateHandlers, apis: ContentApis = browser as unknown as ContentApis): () => void {
  let lastRuleset: string | undefined;
  let lastPause: string | undefined;
  let stopped = false;
  let pushed = false;
  const apply = (state: ContentState) => {
    if (state.effective) {
      const json = JSON.stringify(state.effective);
      if (json !== lastRuleset) {
        lastRuleset = json;
        handlers.ruleset(compileStored(state.effective));
      }
    }
    const pause = JSON.stringify(state.pause);
    if (pause !== lastPause) {
      lastPause = pause;
      handlers.pause(state.pause);
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
  return () => {
    stopped = true;
    apis.runtime.onMessage.removeListener(onPush);
  };
}
