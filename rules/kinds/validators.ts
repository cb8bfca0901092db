import type { KindName } from '../schema';
import { detectorProblems } from './detector';
import { patternProblems } from './pattern-safety';
import type { RuleValidator } from './types';

/** Kinds whose rules need checks beyond the schema when a ruleset loads. */
export const VALIDATORS: { [K in KindName]?: RuleValidator<K> } = { pattern: patternProblems, detector: detectorProblems };
