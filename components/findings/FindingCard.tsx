import type { Finding } from '../../rules/types';
import { safeRuleLink } from './safe-link';
import { SEVERITY_LOOK } from './severity';

export type FindingCardProps = {
  finding: Finding;
  /** The flagged words, shown so the card makes sense away from the editor. */
  excerpt?: string;
  onApply?: (suggestion: string) => void;
  onIgnore?: () => void;
  /** A fix that failed or is under way, announced to screen readers. */
  status?: string;
};

/**
 * One finding: severity (icon + word + colour), the rule's message, its reference link, and buttons
 * for each suggestion and "Ignore here". Messages and links come from the admin's ruleset: React
 * renders messages as text, and links pass safeRuleLink (https + DOMPurify) or are dropped.
 */
export function FindingCard({ finding, excerpt, onApply, onIgnore, status }: FindingCardProps) {
  const look = SEVERITY_LOOK[finding.severity];
  const link = safeRuleLink(finding.link);
  return (
    <article
      className={`cp-card cp-${finding.severity}`}
      data-clearpost-rule={finding.ruleId}
      data-clearpost-severity={finding.severity}
      aria-label={`${look.label}: ${finding.message}`}
    >
      <p className="cp-card-head">
        <span className="cp-sev" style={{ color: look.color }}>
          <span aria-hidden="true">{look.icon}</span> {look.label}
        </span>{' '}
        <span className="cp-rule">{finding.ruleId}</span>
      </p>
      {excerpt ? <p className="cp-excerpt">“{excerpt}”</p> : null}
      <p className="cp-message">{finding.message}</p>
      {link ? (
        <p className="cp-link">
          <a href={link} target="_blank" rel="noopener noreferrer">
            Why this rule (opens in a new tab)
          </a>
        </p>
      ) : null}
      {(onApply && finding.suggestions?.length) || onIgnore ? (
        <div className="cp-actions">
          {onApply &&
            finding.suggestions?.map((s) => (
              <button key={s} type="button" data-clearpost-suggestion={s} onClick={() => onApply(s)}>
                Replace with “{s}”
              </button>
            ))}
          {onIgnore ? (
            <button type="button" className="cp-ignore" onClick={onIgnore}>
              Ignore here
            </button>
          ) : null}
        </div>
      ) : null}
      {status ? (
        <p className="cp-status" role="status">
          {status}
        </p>
      ) : null}
    </article>
  );
}
