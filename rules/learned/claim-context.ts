// How much a post reads like advertising that makes a risky claim (labelled: the post claims an
// outcome, safety, speed, superiority or urgency the advertising rules forbid).
import { CLAIM_CONTEXT_MODEL } from './claim-context-model';
import { scorePost, unpackModel } from './post-model';

/** From here up the post reads as a risky claim. Replaying batches 06-10 against the claim rules as
 * they stood at first sight, with a model trained only on the batches before each, lifted claim
 * posts flagged by 0-4 points per batch and warned no post without a claim. */
export const READS_AS_CLAIM = 0.8;

export const CLAIM_CONTEXT = unpackModel(CLAIM_CONTEXT_MODEL);

export const readsAsClaim = (text: string): boolean => (scorePost(CLAIM_CONTEXT, text) ?? 0) >= READS_AS_CLAIM;
