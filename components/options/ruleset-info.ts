// Facts about the ruleset in use, derived for display and export.

import { categoryOf } from '../../rules';
import type { Ruleset } from '../../rules';
import type { EffectiveRuleset } from '../../entrypoints/shared/effective-ruleset';
import type { RulesetSource, StoredRuleset } from '../../entrypoints/shared/protocol';
import type { AdminSnapshot } from './admin-api';

/** The stored record behind the effective ruleset (undefined for the embedded default). */
export function activeRecord(snapshot: AdminSnapshot): StoredRuleset | undefined {
  const { source } = snapshot.effective;
  if (source.kind === 'embedded') return undefined;
  return source.kind === 'policy' ? snapshot.stored.policy : snapshot.stored.local;
}

export function rulesPerCategory(ruleset: Ruleset): [string, number][] {
  const counts = new Map<string, number>();
  for (const rule of ruleset.rules) counts.set(categoryOf(rule), (counts.get(categoryOf(rule)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function sourceLabel(source: RulesetSource): string {
  switch (source.kind) {
    case 'embedded':
      return 'Built-in healthcare default';
    case 'file':
      return `File: ${source.name}`;
    case 'paste':
      return 'Pasted text';
    case 'console':
      return 'Edited in this console';
    case 'url':
      return `URL: ${source.url}`;
    case 'policy':
      return source.url ? `Organisation policy (URL: ${source.url})` : 'Organisation policy (inline)';
  }
}

/**
 * The ruleset exactly as checked: packs already merged in, and the admin's disabled rules added to
 * `disable`, so loading the export elsewhere (CLI, another browser) behaves the same.
 */
export function exportEffectiveRuleset(effective: EffectiveRuleset): string {
  const ruleset = { ...effective.ruleset, extends: [], disable: [...new Set([...effective.ruleset.disable, ...effective.disable])] };
  return JSON.stringify(ruleset, null, 2) + '\n';
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return 'never';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
