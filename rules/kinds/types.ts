// What every rule kind provides, ESLint-style: metadata for docs and UI and a compile step that
// returns the per-text check. Load-time validation lives in validators.ts.

import type { Detector, OrgContext } from '../detectors/types';
import type { KindName, RuleOf } from '../schema';
import type { LiteralScanners } from '../text/literal-scanner';
import type { NormalisedText } from '../text/normalise';
import type { PlaceholderValues } from '../text/placeholders';
import type { Platform, Severity } from '../types';

/** One place a rule fires, before the engine adds id, category, message and link. */
export type RuleHit = {
  start: number;
  end: number;
  /** Kind-specific explanation; the default message is "{detail}". */
  detail: string;
  suggestions?: string[];
  /** Overrides the rule's severity for this hit (detectors reading context). */
  severity?: Severity;
  values?: PlaceholderValues;
};

/** The text being checked, with derived forms computed once per check and shared by all rules. */
export type CheckInput = {
  text: string;
  platform?: Platform;
  /** Text with plain spaces, apostrophes and hyphens for their look-alikes; same UTF-16 indices. */
  normalised(): string;
  /** The normalised text lower-cased; same UTF-16 indices. */
  folded(): string;
  /** NFKC text without invisibles, digits and look-alike letters folded, with a map back (detectors read this). */
  canonical(): NormalisedText;
  /** The same derived forms for the canonical text (this input when nothing needed normalising). */
  canonicalInput(): CheckInput;
};

export type CompileContext = {
  org: OrgContext;
  detectors: Readonly<Record<string, Detector>>;
  /** Where the ruleset's literal lists are registered, so one pass per text finds them all. */
  literals: LiteralScanners;
};

/** A problem in one rule found at load time; `path` is relative to the rule, e.g. "pattern". */
export type RuleProblem = { path: string; message: string };

export type RuleCheck = (input: CheckInput) => RuleHit[];

export interface RuleKind<K extends KindName> {
  meta: {
    id: K;
    /** One line for admins. */
    docs: string;
    /** Whether hits carry suggestions the writer can apply. */
    fixable: boolean;
    /** Used when the rule has no message of its own. */
    defaultMessage: string;
  };
  compile(rule: RuleOf<K>, context: CompileContext): RuleCheck;
}

/** Load-time checks beyond the schema (regex safety, known detectors); paths relative to the rule. */
export type RuleValidator<K extends KindName> = (rule: RuleOf<K>, context: CompileContext) => RuleProblem[];
