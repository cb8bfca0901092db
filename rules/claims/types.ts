// A claim construction: a built-in recogniser of one shape of risky claim (absolute quantifier +
// outcome, cure verb + condition, ...), used by rules of kind `claim`. Like a detector, it finds
// spans and explains each in plain words; the rule supplies severity, link and examples, and the
// kind drops hits that sit in a negated, questioned, hypothetical, myth, quoted, title or past scope.

import type { Severity } from '../types';

export type ClaimHit = {
  start: number;
  end: number;
  /** Why this wording is a problem and what to write instead, fitted to the treatment named. */
  detail: string;
  severity?: Severity;
};

export interface ClaimConstruction {
  meta: {
    id: string;
    /** One line for admins: what shape of wording it finds and what it leaves alone. */
    docs: string;
  };
  /** `text` has plain apostrophes, spaces and hyphens (same indices as the original). */
  find(text: string): ClaimHit[];
}
