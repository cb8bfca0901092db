// Every rule's examples run once per checker, shared by the examples report and the readable rule
// messages (a few hundred examples: worth not running twice).

import { testRuleset } from '../../rules';
import type { CompiledChecker, ExampleResult } from '../../rules';

const cache = new WeakMap<CompiledChecker, ExampleResult[]>();

export function examplesOf(checker: CompiledChecker): ExampleResult[] {
  let results = cache.get(checker);
  if (!results) {
    results = testRuleset(checker);
    cache.set(checker, results);
  }
  return results;
}
