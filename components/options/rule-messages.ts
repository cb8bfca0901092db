// Rule messages are templates ("{match} is an outcome claim…"); admins should read what writers
// will read. Each rule's message is shown as the engine renders it on the rule's first example,
// or, for a rule without one, with its own terms or swaps filled in.

import { KINDS } from '../../rules';
import { examplesOf } from './example-results';
import type { CompiledChecker, Rule } from '../../rules';
import { formatMessage } from '../../rules/text/placeholders';

export type ReadableMessage = { message: string; example?: string };

function firstSwap(rule: Rule): [string, string] | undefined {
  if (rule.kind !== 'substitution') return undefined;
  const [from, to] = Object.entries(rule.swap)[0] ?? [];
  if (from === undefined) return undefined;
  return [from, Array.isArray(to) ? (to[0] ?? '') : (to ?? '')];
}

/** The template filled from the rule's own data, where no example shows a real message. */
function filledFromRule(rule: Rule, template: string): string {
  const swap = firstSwap(rule);
  const match = rule.kind === 'terms' ? rule.terms[0]?.replace(/\*$/, '…') : swap?.[0];
  const text = formatMessage(template, {
    match: match ?? 'the flagged text',
    suggestion: swap?.[1] ?? 'the suggested wording',
    count: 3,
    max: 2,
    detail: '',
  });
  return text || 'Explains the problem found in each post.';
}

/** Rule id -> its message as writers see it, for every rule of the ruleset (switched-off ones too). */
export function readableMessages(checker: CompiledChecker): Map<string, ReadableMessage> {
  const shown = new Map<string, ReadableMessage>();
  for (const result of examplesOf(checker)) {
    const finding = result.findings.find((f) => f.ruleId === result.ruleId);
    if (result.expect === 'flag' && finding && !shown.has(result.ruleId)) shown.set(result.ruleId, { message: finding.message, example: result.text });
  }
  for (const rule of checker.ruleset.rules) {
    if (!shown.has(rule.id)) shown.set(rule.id, { message: filledFromRule(rule, rule.message ?? KINDS[rule.kind].meta.defaultMessage) });
  }
  return shown;
}
