// The content script's ruleset: the background resolves and validates it (shared/effective-ruleset.ts)
// and stores it as plain data; here it is only compiled. Importing rules/compile (never rules/index,
// which re-exports the loader) keeps zod, yaml, redos-detector and the packs' YAML out of the pages'
// bundle (DESIGN budget: content script <= 350 KB minified; tests/unit/rules/bundle.test.ts).

import { browser } from 'wxt/browser';
import { compile } from '../../rules/compile';
import { addGivenNames } from '../../rules/people/lexicon';
import type { CompiledChecker } from '../../rules/compile';
import { STORAGE_KEYS } from '../shared/protocol';
import type { Message, StoredEffectiveRuleset } from '../shared/protocol';
import { readPackagedDefault } from './embedded-default';

export type ContentRuleset = Omit<StoredEffectiveRuleset, 'ruleset' | 'disable'> & {
  /** null when the stored ruleset does not compile: sessions then show the error state and never block. */
  checker: CompiledChecker | null;
};

const KEY = STORAGE_KEYS.effective;

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

type ContentApis = {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  runtime: { sendMessage(message: Message): Promise<unknown> };
  /** The embedded default as packaged data (embedded-default.ts), checked with until the background's ruleset is stored. */
  readPackagedDefault?: () => Promise<StoredEffectiveRuleset>;
};

const extensionApis = (): ContentApis => ({ storage: browser.storage, runtime: browser.runtime, readPackagedDefault }) as unknown as ContentApis;

/**
 * Calls `onChange` with the compiled ruleset once it is stored and after every change to it.
 * When nothing is stored yet (first start), asks the background to write it and meanwhile checks
 * with the packaged embedded default. Returns the unsubscribe function.
 */
export function subscribeContentRuleset(onChange: (ruleset: ContentRuleset) => void, apis: ContentApis = extensionApis()): () => void {
  let lastJson: string | undefined;
  let changedSinceRead = false;
  let storedArrived = false;
  let defaultRequested = false;
  const compileIfNew = (value: StoredEffectiveRuleset) => {
    // Recompile only for a different ruleset (cheap next to compiling it).
    const json = JSON.stringify(value);
    if (json === lastJson) return;
    lastJson = json;
    onChange(compileStored(value));
  };
  const apply = (value: unknown) => {
    if (value === undefined || value === null) {
      apis.runtime.sendMessage({ type: 'effective-request' }).catch((error: unknown) => console.error('Clearpost: asking for the ruleset failed', error));
      if (!storedArrived && !defaultRequested && apis.readPackagedDefault) {
        defaultRequested = true;
        // The background's ruleset, once stored, always wins over the provisional default.
        apis.readPackagedDefault().then(
          (provisional) => storedArrived || compileIfNew(provisional),
          (error: unknown) => console.error('Clearpost: reading the packaged default ruleset failed', error),
        );
      }
      return;
    }
    storedArrived = true;
    compileIfNew(value as StoredEffectiveRuleset);
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    changedSinceRead = true;
    apply(changes[KEY]!.newValue);
  };
  apis.storage.onChanged.addListener(onStorage);
  apis.storage.local.get(KEY).then(
    (items) => {
      // A change that arrived meanwhile is newer than what this read saw.
      if (!changedSinceRead) apply(items[KEY]);
    },
    (error: unknown) => console.error('Clearpost: reading the ruleset failed', error),
  );
  return () => apis.storage.onChanged.removeListener(onStorage);
}
