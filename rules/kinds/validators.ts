import type { KindName } from '../schema';
import { detectorProblems } from './detector';
import { patternSafetyProblems, patternSyntaxProblems } from './pattern-safety';
import type { RuleValidator } from './types';

type Validators = { [K in KindName]?: RuleValidator<K> };

/** Checks beyond the schema that every ruleset must pass when it loads. */
export const VALIDATORS: Validators = { pattern: patternSyntaxProblems, detector: detectorProblems };

/**
 * Checks that guard against untrusted admin input and are too slow to repeat on every load:
 * skipped for the embedded packs (reviewed and tested here) and for text loaded with `trusted`.
 */
export const UNTRUSTED_INPUT_VALIDATORS: Validators = { pattern: patternSafetyProblems };
