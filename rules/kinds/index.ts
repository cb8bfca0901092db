import type { KindName } from '../schema';
import { claim } from './claim';
import { detector } from './detector';
import { hashtags } from './hashtags';
import { length } from './length';
import { pattern } from './pattern';
import { substitution } from './substitution';
import { terms } from './terms';
import type { RuleKind } from './types';

/** Every rule kind, by the name rulesets use in `kind:`. */
export const KINDS: { [K in KindName]: RuleKind<K> } = { terms, substitution, pattern, hashtags, length, detector, claim };
