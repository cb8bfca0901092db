// Load-time check of admin regexes, kept apart from the pattern kind so redos-detector (67 KB) is
// bundled only where rulesets are loaded, not where they are merely run.

import { isSafePattern } from 'redos-detector';
import type { RuleOf } from '../schema';
import { flagsFor } from './pattern';
import type { RuleProblem } from './types';

/** The pattern compiles and cannot match empty text. */
export function patternSyntaxProblems(rule: RuleOf<'pattern'>): RuleProblem[] {
  try {
    new RegExp(rule.pattern, flagsFor(rule));
  } catch (error) {
    return [{ path: 'pattern', message: `not a valid regular expression: ${(error as Error).message}` }];
  }
  if (new RegExp(rule.pattern, flagsFor(rule)).test('')) {
    return [{ path: 'pattern', message: 'the pattern matches empty text; it must match at least one character' }];
  }
  return [];
}

/**
 * The pattern cannot backtrack catastrophically. The verdict rests on redos-detector's step
 * budget, so the same pattern gets the same answer on a fast or a busy machine; the timeout is only
 * a backstop.
 */
export function patternSafetyProblems(rule: RuleOf<'pattern'>): RuleProblem[] {
  if (patternSyntaxProblems(rule).length > 0) return [];
  let verdict: ReturnType<typeof isSafePattern>;
  try {
    // Checked anchored: unanchored, redos-detector models the engine's retry at every start
    // position and refuses even "NHS\s+Trust". What we must refuse is super-linear work from one start.
    verdict = isSafePattern(`^(?:${rule.pattern})`, { caseInsensitive: !rule.caseSensitive, maxSteps: 5000, timeout: 10_000 });
  } catch (error) {
    return [{ path: 'pattern', message: `cannot be proven safe from catastrophic backtracking (${(error as Error).message.split('\n')[0]}); simplify it` }];
  }
  if (verdict.safe) return quadraticSearchProblems(rule);
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

/** Characters whose runs expose quadratic search: letters, digits, space and common punctuation. */
const RUN_PROBES = ['a', 'A', '1', ' ', '.', '-', '_', '@'];

/**
 * The pattern, searched for anywhere in the text (as checks do), stays linear. Searching retries
 * the match at every start position: `\d+x` on 40,000 digits scans to the end from each of them,
 * 1.6 billion steps. That happens when a run of one character can be split between "text before
 * the match" and the pattern's own leading repetition: redos-detector sees it as ambiguity in
 * `^c*(?:pattern)`. A leading `\b` or `^` (no such split: a run has no inner word boundary) is exempt.
 */
function quadraticSearchProblems(rule: RuleOf<'pattern'>): RuleProblem[] {
  // Patterns compile without the m flag: a leading ^ anchors to the start of the text.
  if (rule.pattern.startsWith('^') || rule.pattern.startsWith('\\b')) return [];
  for (const c of RUN_PROBES) {
    const probe = `^(?:${c === '.' ? '\\.' : c}*)(?:${rule.pattern})`;
    const verdict = isSafePattern(probe, { caseInsensitive: !rule.caseSensitive, maxScore: 50, maxSteps: 5000, timeout: 10_000 });
    if (!verdict.safe && verdict.error === 'hitMaxScore') {
      const sample = c === ' ' ? 'spaces' : `"${c}"s`;
      return [
        {
          path: 'pattern',
          message: `is slow when searched for in a long post (a run of ${sample} makes it rescan the text from every position, e.g. \\d+x, [a-z]+@, \\s+$); start it with something its repetition cannot match, or with \\b`,
        },
      ];
    }
  }
  return [];
}
