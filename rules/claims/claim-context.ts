// A promotion that reads, as a whole, like the risky claims the other constructions know by shape,
// in wording none of them holds: "home to your family with the body you deserve in just 7 days",
// "we WILL get you pregnant". The learned claim-context model scores the post; the hit sits on the
// sentence that scores highest alone and names the words that weighed most.
import { CLAIM_CONTEXT, readsAsClaim } from '../learned/claim-context';
import { explainedSpan } from '../learned/post-model';
import type { ClaimConstruction } from './types';

export const claimContext: ClaimConstruction = {
  meta: {
    id: 'claim-context',
    docs: 'A post of 20+ words that reads like a promotion making a risky claim (a learned model over its words), reported on its strongest sentence with the words that weighed most.',
  },
  find(text) {
    if (!readsAsClaim(text)) return [];
    const { start, end, why } = explainedSpan(CLAIM_CONTEXT, text);
    return [
      {
        start,
        end,
        detail: `This reads like a promotion making a claim the advertising rules object to${why}. Check it promises no result, safety or speed, names no prize or deadline, and say results vary.`,
      },
    ];
  },
};
