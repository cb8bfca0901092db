import type { RuleOf } from '../schema';
import { compileAlternativeGate } from './pattern-gate';
import type { RuleHit, RuleKind } from './types';

// Matching stops after this many hits per rule so a pattern matching every character of a
// 100k-character paste cannot flood the UI.
const MAX_HITS = 500;

export function flagsFor(rule: RuleOf<'pattern'>): string {
  return rule.caseSensitive ? 'gu' : 'giu';
}

export const pattern: RuleKind<'pattern'> = {
  meta: {
    id: 'pattern',
    docs: 'A regular expression written by the admin; refused at load time if it can backtrack catastrophically.',
    fixable: true,
    defaultMessage: '"{match}" matches a pattern your organisation does not allow.',
  },
  compile(rule, { literals }) {
    const regexFor = compileAlternativeGate(rule.pattern, flagsFor(rule), literals);
    return (input) => {
      const regex = regexFor(input);
      const hits: RuleHit[] = [];
      if (!regex) return hits;
      for (let found = regex.exec(input.text); found && hits.length < MAX_HITS; found = regex.exec(input.text)) {
        if (found[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const match = found[0];
        hits.push({
          start: found.index,
          end: found.index + match.length,
          detail: `"${match}" is not allowed.`,
          values: { match, suggestion: rule.suggestions?.[0] },
          ...(rule.suggestions ? { suggestions: rule.suggestions } : {}),
        });
      }
      return hits;
    };
  },
};
