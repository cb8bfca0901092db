// An override reason goes into the audit log, which admins export and share: it must not carry a
// patient identifier. The reason is checked with the same engine and ruleset as the post.

import type { Checker, Platform } from '../../rules/types';

/** Why `reason` cannot be recorded, or null when it holds no privacy error. */
export function reasonProblem(checker: Checker | null, reason: string, platform: Platform | undefined): string | null {
  if (!checker) return null;
  const leaks = checker.check(reason, platform ? { platform } : {}).filter((f) => f.category === 'privacy' && f.severity === 'error');
  if (leaks.length === 0) return null;
  const rules = [...new Set(leaks.map((f) => f.ruleId))].join(', ');
  return `The reason seems to hold a patient identifier (${rules}): explain without it.`;
}
