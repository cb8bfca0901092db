// Contracts between the extension's parts (background, content script, popup, options).
// Storage holds rulesets, settings and the audit log; it never holds draft text.

import type { Ruleset } from '../../rules/schema';
import type { Platform } from '../../rules/types';

export const STORAGE_KEYS = {
  /** ActiveRuleset: the last good admin ruleset (absent = the embedded default). */
  ruleset: 'clearpost.ruleset',
  /** string[]: rule ids an admin switched off in the options page (ignored when locked). */
  disabledRules: 'clearpost.disabledRules',
  /** AuditEvent[]: oldest first, capped. */
  audit: 'clearpost.audit',
  /** Platform[]: sites the user paused from the popup (only where policy allows). */
  pausedSites: 'clearpost.pausedSites',
  /** Partial<Record<Platform, string>>: when each pause ends (ISO), set by the background. */
  pausedUntil: 'clearpost.pausedUntil',
  /** StoredEffectiveRuleset: what the content script checks with, resolved and written by the background. */
  effective: 'clearpost.effective',
} as const;

export type RulesetSource =
  | { kind: 'embedded' }
  | { kind: 'file'; name: string }
  | { kind: 'paste' }
  /** Edited in the admin console's profile and rule tuning forms. */
  | { kind: 'console' }
  | { kind: 'url'; url: string }
  | { kind: 'policy'; url?: string };

export type ActiveRuleset = {
  source: RulesetSource;
  /** The admin's YAML/JSON source, exactly as accepted. */
  text: string;
  /** ISO time the text was accepted. */
  loadedAt: string;
  /** URL sources: conditional-request validators and refresh status. */
  etag?: string;
  lastModified?: string;
  lastRefreshAt?: string;
  lastRefreshOkAt?: string;
  lastRefreshError?: string;
  /** Each address the server redirected to on the last successful fetch, in order; absent when it answered directly. */
  redirects?: string[];
};

export const AUDIT_ACTIONS = [
  /** The gate held a post back (rule ids that stopped it). */
  'blocked',
  /** The user posted anyway, with the typed reason where the policy asks for one. */
  'override',
  'fix-applied',
  /** Drafts the gate judged at submit time: one counter event per site per day (`count`). */
  'checked',
  /** A post left without a check: `detail` says why (paused, unreadable, no-ruleset, too-long, photo). */
  'posted-unchecked',
  /** A composer holding unresolved errors was cleared or removed without a gate decision. */
  'escaped',
  /** The user paused checking on a site (`until`: when it resumes by itself). */
  'paused',
  /** Checking resumed (`detail`: by the user, expired, or policy). */
  'resumed',
  /** The active ruleset changed (`detail`: its source kind, name and version). */
  'ruleset-changed',
  /** An admin switched rules on or off (`ruleIds`; `detail`: on or off). */
  'rule-toggled',
  /** Another context (a content script) changed storage the background owns; it was put back (`detail`: the keys). */
  'storage-restored',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Actions no routine event may push out of the capped log. */
export const PROTECTED_AUDIT_ACTIONS: readonly AuditAction[] = ['override', 'escaped', 'posted-unchecked'];

/** Why a post went out unchecked ('check-incomplete': its check ran out of time, see content/off-thread-check.ts). */
export type UncheckedReason = 'paused' | 'unreadable' | 'no-ruleset' | 'too-long' | 'check-incomplete';

export type AuditEvent = {
  /** ISO time (for a `checked` counter: when it was last incremented). */
  at: string;
  /** Absent for events about the extension as a whole (ruleset changes, rule switches). */
  platform?: Platform;
  ruleIds: string[];
  action: AuditAction;
  /** The user's typed justification for an override; never draft text. */
  reason?: string;
  /** `checked` only: how many drafts this event counts. */
  count?: number;
  /** Short machine-readable context (see AUDIT_ACTIONS); never draft text. */
  detail?: string;
  /** `paused` only: ISO time the pause ends. */
  until?: string;
};

/** Enterprise policy (storage.managed), schema in public/managed_schema.json. */
export type ManagedPolicy = {
  rulesetUrl?: string;
  rulesetInline?: string;
  rulesetSha256?: string;
  refreshMinutes?: number;
  locked?: boolean;
  gateOverride?: 'none' | 'confirm' | 'reason';
  warningsConfirm?: boolean;
  /** Default: true, or false when `locked`. */
  allowPause?: boolean;
  /** How long a pause lasts before checking resumes by itself (default 60). */
  pauseMinutes?: number;
};

/** Pauses as the background stamped them (STORAGE_KEYS.pausedSites and pausedUntil). */
export type PauseState = { sites: Platform[]; until: Partial<Record<Platform, string>> };

/** What a content script checks with; content scripts get it only by message, never from storage. */
export type ContentState = { effective: StoredEffectiveRuleset | null; pause: PauseState };

/** Messages sent with runtime.sendMessage / tabs.sendMessage. */
export type Message =
  | { type: 'audit'; event: AuditEvent }
  | { type: 'tab-status' }
  /** A content script asks for its ContentState (the reply); the background also pushes it to tabs with `state` on every change. */
  | { type: 'content-state'; state?: ContentState }
  /** From the popup: the sites to pause (the background stamps, audits and may refuse them). */
  | { type: 'pause-set'; sites: Platform[] }
  /** From the admin console: the rule ids switched off. */
  | { type: 'rules-disabled'; ruleIds: string[] }
  /** From a content script: check this draft off the page's thread (never stored or logged); the reply is CheckReply. */
  | { type: 'check'; text: string; platform: Platform };

export type CheckReply = { ok: true; findings: import('../../rules/types').Finding[] } | { ok: false };

/**
 * The longest draft checked: above Facebook's 63,206-character post limit, the longest of the three
 * sites. A longer text is not checked (the badge says so and a post is audited as unchecked).
 */
export const MAX_CHECKED_CHARS = 65_536;

/** Reply to 'tab-status' from the content script of the active tab. */
export type TabStatus = {
  platform: Platform;
  composers: number;
  findings: { error: number; warning: number; info: number };
  state: 'ok' | 'issues' | 'off' | 'error';
  paused: boolean;
  pauseAllowed: boolean;
};

// ---- Admin console and ruleset sources (options page <-> background) ----

/** Storage keys owned by the background's ruleset store (appended). */
export const ADMIN_STORAGE_KEYS = {
  /** ActiveRuleset: the last good ruleset set by enterprise policy (kept apart so a local one survives). */
  policyRuleset: 'clearpost.policyRuleset',
  /** PolicyStatus: the last problem applying the managed policy's ruleset (absent = none). */
  policyStatus: 'clearpost.policyStatus',
} as const;

/** Set when the policy's ruleset could not be applied; the last good one (or the local one) stays. */
export type PolicyStatus = { at: string; error: string };

/** URL sources: how the background keeps an ActiveRuleset from a URL up to date. */
export type UrlRefreshSettings = {
  /** Hex SHA-256 the fetched text must have; a mismatch is refused. */
  sha256?: string;
  refreshMinutes: number;
};

/** What the store keeps: the ruleset plus, for URL sources, its refresh settings, written together. */
export type StoredRuleset = ActiveRuleset & Partial<UrlRefreshSettings>;

/** Messages from the options page to the background. Only the background writes rulesets. */
export type AdminMessage =
  | { type: 'ruleset-load'; text: string; source: Extract<RulesetSource, { kind: 'file' | 'paste' | 'console' }> }
  | { type: 'ruleset-load-url'; url: string; sha256?: string; refreshMinutes?: number }
  | { type: 'ruleset-refresh' }
  | { type: 'ruleset-reset' };

/** Why a ruleset was refused: its errors, or the examples that did not behave as declared. */
export type RulesetRefusal = {
  ok: false;
  errors: import('../../rules/types').RulesetError[];
};

export type AdminReply = { ok: true; active: ActiveRuleset | null } | RulesetRefusal;

/** Longest override reason the audit log accepts (a sentence, not a pasted draft). */
export const AUDIT_REASON_MAX_LENGTH = 500;

/** The audit log keeps the newest this many events, evicting the oldest (~150 bytes each: under 1 MB). */
export const AUDIT_LOG_CAP = 5000;

/**
 * The effective ruleset as plain data (JSON-safe: Chrome's storage serialises to JSON). The background
 * resolves and validates it, so content scripts only compile it and never ship the loader (zod,
 * yaml, redos-detector, the packs' YAML): DESIGN budget, content script <= 350 KB minified.
 */
export type StoredEffectiveRuleset = {
  /** Already merged with the packs it extends. */
  ruleset: Ruleset;
  /** Rule ids the admin switched off that apply to this ruleset (empty when policy locks it). */
  disable: string[];
  /** The ruleset's gate with enterprise policy applied. */
  gate: { blockOn: 'error' | 'warning'; override: 'none' | 'confirm' | 'reason' };
  warningsConfirm: boolean;
  source: RulesetSource;
  locked: boolean;
  allowPause: boolean;
  /** Why a configured ruleset is not the one in use. */
  error?: string;
  /** Given names at scale (rules/people/name-data.ts): too large for the content script's own bundle, so the background hands them over with the ruleset. */
  names?: { given: string; ambiguous: string };
};
