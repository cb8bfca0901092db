// Contracts between the extension's parts (background, content script, popup, options).
// Storage holds rulesets, settings and the audit log; it never holds draft text.

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
} as const;

export type RulesetSource =
  | { kind: 'embedded' }
  | { kind: 'file'; name: string }
  | { kind: 'paste' }
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
};

export type AuditAction = 'blocked' | 'override' | 'fix-applied' | 'checked';

export type AuditEvent = {
  /** ISO time. */
  at: string;
  platform: Platform;
  ruleIds: string[];
  action: AuditAction;
  /** The user's typed justification for an override; never draft text. */
  reason?: string;
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
  allowPause?: boolean;
};

/** Messages sent with runtime.sendMessage / tabs.sendMessage. */
export type Message =
  | { type: 'audit'; event: AuditEvent }
  | { type: 'tab-status' };

/** Reply to 'tab-status' from the content script of the active tab. */
export type TabStatus = {
  platform: Platform;
  composers: number;
  findings: { error: number; warning: number; info: number };
  state: 'ok' | 'issues' | 'off' | 'error';
  paused: boolean;
  pauseAllowed: boolean;
};

/** Longest override reason the audit log accepts (a sentence, not a pasted draft). */
export const AUDIT_REASON_MAX_LENGTH = 500;
