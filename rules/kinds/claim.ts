// Rules of kind `claim`: a built-in construction finds the wording (see rules/claims/), and hits
// that sit in a scope where nothing is asserted (a negation, a rebutted question, a myth being
// corrected, a title ...; rules/scope/) are dropped. One construction per rule, so admins can
// disable, re-grade or re-word each shape of claim on its own.

import { CLAIMS } from '../claims';
import { scopesOf } from '../scope';
import type { RuleKind } from './types';

export const claim: RuleKind<'claim'> = {
  meta: {
    id: 'claim',
    docs: 'A built-in claim construction (absolute outcome, cure verb + condition, provider superlative ...); hits in negated, questioned, hypothetical, myth, quoted, title or historical scope are ignored.',
    fixable: false,
    defaultMessage: '{detail}',
  },
  compile(rule) {
    const construction = CLAIMS[rule.claim];
    const ignoreIn = rule.ignoreIn;
    return (input) => {
      const hits = construction.find(input.normalised());
      if (hits.length === 0) return [];
      const scopes = scopesOf(input.text);
      return hits
        .filter((hit) => !scopes.within(hit, ignoreIn))
        .map((hit) => ({
          start: hit.start,
          end: hit.end,
          detail: hit.detail,
          ...(hit.severity ? { severity: hit.severity } : {}),
          values: { match: input.text.slice(hit.start, hit.end) },
        }));
    };
  },
};

