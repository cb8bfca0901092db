import { isSafePattern } from 'redos-detector';
import type { RuleOf } from '../schema';
import type { RuleKind, RuleProblem } from './types';

// Matching stops after this many hits per rule so a pattern matching every character of a
// 100k-character paste cannot flood the UI.
const MAX_HITS = 500;

function flagsFor(rule: RuleOf<'pattern'>): string {
  return rule.caseSensitive ? 'gu' : 'giu';
}

function problemsWith(rule: RuleOf<'pattern'>): RuleProblem[] {
  try {
    new RegExp(rule.pattern, flagsFor(rule));
  } catch (error) {
    return [{ path: 'pattern', message: `not a valid regular expression: ${(error as Error).message}` }];
  }
  if (new RegExp(rule.pattern, flagsFor(rule)).test('')) {
    return [{ path: 'pattern', message: 'the pattern matches empty text; it must match at least one character' }];
  }
  let verdict: ReturnType<typeof isSafePattern>;
  try {
    // Checked anchored: unanchored, redos-detector models the engine's retry at every start
    // position and refuses even "NHS\s+Trust". What we must refuse is super-linear work from one start.
    verdict = isSafePattern(`^(?:${rule.pattern})`, { caseInsensitive: !rule.caseSensitive, maxSteps: 5000, timeout: 500 });
  } catch (error) {
    return [{ path: 'pattern', message: `cannot be proven safe from catastrophic backtracking (${(error as Error).message.split('\n')[0]}); simplify it` }];
  }
  if (verdict.safe) return [];
  if (verdict.error !== 'hitMaxScore') {
    return [{ path: 'pattern', message: 'is too complex to prove safe from catastrophic backtracking (ReDoS); simplify it' }];
  }
  return [
    {
      path: 'pattern',
      message:
        'can backtrack catastrophically (ReDoS): a nested or overlapping repetition like (a+)+ or (\\w+\\s?)* could freeze the browser; rewrite it without ambiguous repetition',
    },
  ];
}

export const pattern: RuleKind<'pattern'> = {
  meta: {
    id: 'pattern',
    docs: 'A regular expression written by the admin; refused at load time if it can backtrack catastrophically.',
    fixable: true,
    defaultMessage: '"{match}" matches a pattern your organisation does not allow.',
  },
  validate: problemsWith,
  compile(rule) {
    const source = new RegExp(rule.pattern, flagsFor(rule));
    return (input) => {
      const regex = new RegExp(source);
      const hits = [];
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
