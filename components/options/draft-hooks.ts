// The edited ruleset as the console's panels see it: its text, whether policy locks it, and a
// checker for it once it has validated (the same disabled rules as the active one applied).

import { useMemo } from 'react';
import { compile } from '../../rules';
import type { CompiledChecker } from '../../rules';
import { draftBase, isEditLocked, useAdmin } from './admin-store';

export function useDraftText(): { text: string; edited: boolean; locked: boolean } | null {
  const snapshot = useAdmin((s) => s.snapshot);
  const draft = useAdmin((s) => s.draft);
  if (!snapshot) return null;
  return { text: draft ?? draftBase(snapshot), edited: draft !== null, locked: isEditLocked(snapshot) };
}

/** A checker for the unsaved edits, or null when there are none or they do not validate yet. */
export function useDraftChecker(): CompiledChecker | null {
  const draft = useAdmin((s) => s.draft);
  const check = useAdmin((s) => s.draftCheck);
  const disable = useAdmin((s) => s.snapshot?.effective.disable);
  return useMemo(() => {
    if (draft === null || !check || check.text !== draft || !check.result.ok) return null;
    const known = new Set(check.result.ruleset.rules.map((rule) => rule.id));
    const applicable = (disable ?? []).filter((id) => known.has(id));
    return applicable.length > 0 ? compile(check.result.ruleset, { disable: applicable }) : check.result.checker;
  }, [draft, check, disable]);
}
