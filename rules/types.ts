// The engine's public contracts (see ../shared/DESIGN.md, "Contracts"). Everything outside rules/
// (content script, popup, options, CLI, tests) depends only on these shapes.

export const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Built-in categories; rulesets may add their own. */
export type Category = 'privacy' | 'brand' | 'hashtags' | 'tone' | 'platform' | (string & {});

export type Finding = {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 index into the checked text. */
  start: number;
  /** UTF-16 index, exclusive. */
  end: number;
  /** Plain text: why it matters and what to do. */
  message: string;
  /** Replacements for text.slice(start, end). */
  suggestions?: string[];
  /** The rule's reference (policy page, regulation, ruling). */
  link?: string;
};

export type CheckOptions = { platform?: Platform };

export interface Checker {
  check(text: string, options?: CheckOptions): Finding[];
}

/** A problem in an admin's ruleset file: where it is and what was expected. */
export type RulesetError = {
  /** JSON path inside the ruleset, e.g. "rules[3].swap" ("" for the whole file). */
  path: string;
  /** 1-based line and column in the source text, when known. */
  line?: number;
  column?: number;
  message: string;
};
