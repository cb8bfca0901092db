// The admin console's state: the latest snapshot of what the extension runs, plus what the admin is
// doing right now (a load in progress, a refused ruleset with its errors).

import { createContext, useContext } from 'react';
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { DEFAULT_RULESET_YAML, loadRuleset } from '../../rules';
import type { LoadResult } from '../../rules';
import type { Platform, RulesetError } from '../../rules/types';
import type { AdminMessage, AdminReply, RulesetSource } from '../../entrypoints/shared/protocol';
import type { AdminApi, AdminSnapshot } from './admin-api';

export type BusyWith = 'load' | 'url' | 'refresh' | 'reset' | 'apply';

/** How long typing pauses before the edited ruleset is validated (a full load takes ~100-500 ms). */
export const DRAFT_CHECK_DELAY_MS = 300;

/** The edited ruleset's validation, for the text it was run on. */
export type DraftCheck = { text: string; result: LoadResult };

/** A ruleset the background refused: shown with its errors against the text the admin gave. */
export type Refusal = { label: string; text?: string; errors: RulesetError[] };

export type AdminState = {
  /** null until the first read from storage completes. */
  snapshot: AdminSnapshot | null;
  busy: BusyWith | null;
  refusal: Refusal | null;
  /** What the last action achieved, announced politely to screen readers. */
  notice: string | null;
  /** The ruleset text the profile and tuning forms edit; null = not edited (the active ruleset's source). */
  draft: string | null;
  draftCheck: DraftCheck | null;
  /** The test bench's sample post: in memory only, never stored. */
  bench: { text: string; platform: Platform };
  setDraft(text: string): void;
  discardDraft(): void;
  /** Sends the edited ruleset to the background, which validates and activates it. */
  applyDraft(): Promise<boolean>;
  setBench(bench: Partial<{ text: string; platform: Platform }>): void;
  loadText(text: string, source: Extract<RulesetSource, { kind: 'file' | 'paste' | 'console' }>): Promise<void>;
  loadUrl(url: string, sha256?: string, refreshMinutes?: number): Promise<void>;
  refresh(): Promise<void>;
  reset(): Promise<void>;
  setRuleEnabled(ruleId: string, enabled: boolean): Promise<void>;
};

export type AdminStore = StoreApi<AdminState>;

function describeSource(source: RulesetSource): string {
  switch (source.kind) {
    case 'file':
      return `file ${source.name}`;
    case 'paste':
      return 'pasted text';
    case 'console':
      return 'the edited ruleset';
    case 'url':
      return source.url;
    case 'policy':
      return source.url ?? 'policy';
    case 'embedded':
      return 'built-in default';
  }
}

export function createAdminStore(api: AdminApi): AdminStore & { stop(): void } {
  const store = createStore<AdminState>()((set, get) => {
    async function run(busy: BusyWith, message: AdminMessage, label: string, text?: string): Promise<AdminReply> {
      set({ busy, notice: null });
      try {
        const reply = await api.send(message);
        if (reply.ok) set({ refusal: null, notice: reply.active ? `Loaded ${label}.` : 'Done.' });
        else set({ refusal: { label, text, errors: reply.errors }, notice: `Refused ${label}: ${reply.errors.length} problem${reply.errors.length === 1 ? '' : 's'}.` });
        return reply;
      } catch (error) {
        const errors = [{ path: '', message: `could not reach the extension's background: ${String(error)}` }];
        set({ refusal: { label, text, errors } });
        return { ok: false, errors };
      } finally {
        set({ busy: null });
      }
    }

    let checkTimer: ReturnType<typeof setTimeout> | undefined;
    function scheduleCheck(text: string) {
      clearTimeout(checkTimer);
      checkTimer = setTimeout(() => {
        if (get().draft === text) set({ draftCheck: { text, result: loadRuleset(text) } });
      }, DRAFT_CHECK_DELAY_MS);
    }

    return {
      snapshot: null,
      busy: null,
      refusal: null,
      notice: null,
      draft: null,
      draftCheck: null,
      bench: { text: '', platform: 'x' },
      setDraft(text) {
        const snapshot = get().snapshot;
        if (snapshot && isEditLocked(snapshot)) return;
        set({ draft: text });
        scheduleCheck(text);
      },
      discardDraft() {
        clearTimeout(checkTimer);
        set({ draft: null, draftCheck: null });
      },
      async applyDraft() {
        const { draft } = get();
        if (draft === null) return false;
        const reply = await run('apply', { type: 'ruleset-load', text: draft, source: { kind: 'console' } }, describeSource({ kind: 'console' }), draft);
        if (reply.ok && get().draft === draft) set({ draft: null, draftCheck: null });
        return reply.ok;
      },
      setBench(bench) {
        set({ bench: { ...get().bench, ...bench } });
      },
      async loadText(text, source) {
        await run('load', { type: 'ruleset-load', text, source }, describeSource(source), text);
      },
      async loadUrl(url, sha256, refreshMinutes) {
        let granted: boolean;
        try {
          granted = await api.requestHostAccess(url);
        } catch (error) {
          set({ refusal: { label: url, errors: [{ path: 'url', message: `not a usable URL: ${String(error)}` }] } });
          return;
        }
        if (!granted) {
          set({ refusal: { label: url, errors: [{ path: 'url', message: `access to ${new URL(url).origin} was not granted, so the ruleset cannot be fetched` }] } });
          return;
        }
        await run('url', { type: 'ruleset-load-url', url, sha256, refreshMinutes }, url);
      },
      async refresh() {
        await run('refresh', { type: 'ruleset-refresh' }, 'the latest version');
      },
      async reset() {
        await run('reset', { type: 'ruleset-reset' }, 'the built-in default');
      },
      async setRuleEnabled(ruleId, enabled) {
        const snapshot = get().snapshot;
        if (!snapshot || snapshot.effective.locked) return;
        const disabled = new Set(snapshot.stored.disabledRules);
        if (enabled) disabled.delete(ruleId);
        else disabled.add(ruleId);
        await api.setDisabledRules([...disabled]);
      },
    };
  });
  const stop = api.watch((snapshot) => store.setState({ snapshot }));
  return Object.assign(store, { stop });
}

/** Policy decides the ruleset: the console shows it but cannot change it. */
export function isEditLocked(snapshot: AdminSnapshot): boolean {
  return snapshot.effective.locked || snapshot.effective.source.kind === 'policy';
}

/** The text the forms start from: the policy's or the loaded ruleset's source, else the embedded default. */
export function draftBase(snapshot: AdminSnapshot): string {
  if (snapshot.effective.source.kind === 'policy' && snapshot.stored.policy) return snapshot.stored.policy.text;
  return snapshot.stored.local?.text ?? DEFAULT_RULESET_YAML;
}

export const AdminStoreContext = createContext<AdminStore | null>(null);

export function useAdmin<T>(selector: (state: AdminState) => T): T {
  const store = useContext(AdminStoreContext);
  if (!store) throw new Error('useAdmin needs an AdminStoreContext provider');
  return useStore(store, selector);
}
