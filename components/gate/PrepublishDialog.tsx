// The pre-publish dialog: shown when the gate stops a post. It lists what stopped it and offers the
// ways forward the organisation's policy allows. Rule messages and links come from the admin's
// ruleset, so messages render as text only and links only when they are https (safeRuleLink).

import { useEffect, useId, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Finding, Platform } from '../../rules/types';
import { AUDIT_REASON_MAX_LENGTH } from '../../entrypoints/shared/protocol';
import type { OverrideMode } from '../../entrypoints/content/gate/policy';
import { safeRuleLink } from '../findings/safe-link';
import { SEVERITY_LOOK } from '../findings/severity';
import { PLATFORM_NAMES } from '../platform-names';

export type PrepublishDialogProps = {
  platform: Platform;
  level: 'error' | 'warning';
  findings: readonly Finding[];
  override: OverrideMode;
  /** Close and put the caret on the first problem. */
  onFix(): void;
  /** Publish anyway; `reason` is the typed justification when the policy asks for one. */
  onOverride(reason?: string): void;
  /**
   * Why a typed reason cannot be recorded (it holds a patient identifier, by the privacy rules),
   * or null when it can. The audit log is exported and shared: it must not become a leak.
   */
  reasonProblem?(reason: string): string | null;
  /** Escape: close and return focus where it was. */
  onCancel(): void;
};

/** Problems listed at most: a pasted wall of text must not make a dialog nobody can read. */
const MAX_LISTED = 20;

const FOCUSABLE = 'button:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function PrepublishDialog(props: PrepublishDialogProps) {
  const { platform, level, findings, override, onFix, onOverride, onCancel, reasonProblem } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fixRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const ids = { title: useId(), summary: useId(), reason: useId(), reasonError: useId() };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // A modal <dialog> sits in the top layer and makes the page inert, which also keeps it usable
    // above sites' own modal composers (LinkedIn's native <dialog>, X's focus-locked #layers).
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    fixRef.current?.focus();
  }, []);

  const count = findings.length;
  const problems = count === 1 ? 'problem' : 'problems';
  const title = level === 'error' ? 'This post can’t be published yet' : 'Check this post before publishing';
  const summary =
    level === 'error'
      ? `Clearpost found ${count} ${problems} your organisation’s policy doesn’t allow in a post on ${PLATFORM_NAMES[platform]}.`
      : `Clearpost found ${count} ${problems} your organisation asks you to confirm before posting on ${PLATFORM_NAMES[platform]}.`;

  function postAnyway() {
    if (override === 'reason') {
      const typed = reason.trim();
      const problem = typed ? (reasonProblem?.(typed) ?? null) : 'Type a reason to post anyway.';
      if (problem) {
        setReasonError(problem);
        reasonRef.current?.focus();
        return;
      }
      onOverride(typed);
      return;
    }
    onOverride();
  }

  function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = (dialogRef.current.getRootNode() as Document | ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || !dialogRef.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialogRef.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  // The native close request (Escape, or the browser's back gesture) must not close the dialog
  // behind React's back.
  function cancelRequest(event: SyntheticEvent) {
    event.preventDefault();
    onCancel();
  }

  return (
    <dialog
      ref={dialogRef}
      className="clearpost-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={ids.title}
      aria-describedby={ids.summary}
      data-clearpost-level={level}
      onKeyDown={keepFocusInside}
      onCancel={cancelRequest}
    >
      <h2 id={ids.title}>{title}</h2>
      <p id={ids.summary}>{summary}</p>
      <ul className="clearpost-findings">
        {findings.slice(0, MAX_LISTED).map((finding, i) => {
          const look = SEVERITY_LOOK[finding.severity];
          const link = safeRuleLink(finding.link);
          return (
            <li key={`${finding.ruleId}:${finding.start}:${i}`} data-clearpost-rule={finding.ruleId} data-clearpost-severity={finding.severity}>
              <span className="clearpost-severity" style={{ color: look.color }}>
                <span aria-hidden="true">{look.icon}</span> {look.label}
              </span>{' '}
              <span className="clearpost-message">{finding.message}</span> <code className="clearpost-rule">{finding.ruleId}</code>
              {link && (
                <>
                  {' '}
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    Why this rule<span className="clearpost-visually-hidden"> ({finding.ruleId}, opens in a new tab)</span>
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {findings.length > MAX_LISTED && <p>…and {findings.length - MAX_LISTED} more.</p>}
      {override === 'none' && <p>Your organisation’s policy doesn’t allow posting with these problems. Fix them to publish.</p>}
      {override === 'reason' && (
        <div className="clearpost-reason">
          <label htmlFor={ids.reason}>Reason for posting anyway (recorded in your organisation’s audit log)</label>
          <textarea
            id={ids.reason}
            ref={reasonRef}
            value={reason}
            maxLength={AUDIT_REASON_MAX_LENGTH}
            required
            aria-required="true"
            aria-invalid={reasonError !== null}
            aria-describedby={reasonError ? ids.reasonError : undefined}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(null);
            }}
          />
          {reasonError && (
            <p id={ids.reasonError} className="clearpost-error" role="alert">
              {reasonError}
            </p>
          )}
        </div>
      )}
      <div className="clearpost-actions">
        <button ref={fixRef} type="button" className="clearpost-primary" onClick={onFix}>
          Go back and fix
        </button>
        {override !== 'none' && (
          <button type="button" className="clearpost-secondary" onClick={postAnyway}>
            Post anyway
          </button>
        )}
      </div>
    </dialog>
  );
}
