import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Finding } from '../../../rules/types';
import { FindingCard } from '../../../components/findings/FindingCard';
import { FindingList } from '../../../components/findings/FindingList';
import { countBySeverity, summarize } from '../../../components/findings/severity';
import { MAX_RENDERED_FINDINGS, type BadgeState } from '../session-types';

export type ComposerPanelProps = {
  state: BadgeState;
  /** Every finding: the counts take them all, the cards only the first MAX_RENDERED_FINDINGS. */
  findings: readonly Finding[];
  text: string;
  /** The finding under the caret, shown as a card next to it. */
  caretIndex: number | null;
  badgeAnchor: HTMLElement;
  cardAnchor: HTMLElement;
  statusFor: (index: number) => string | undefined;
  onApply: (index: number, suggestion: string) => void;
  onIgnore: (index: number) => void;
  onShow: (index: number) => void;
  /** Called after the panel opens or closes, so it is placed (and stacked above other composers' UI). */
  onToggle: (open: boolean) => void;
};

const STATE_TEXT: Record<BadgeState, string> = {
  ok: 'No issues',
  issues: '',
  off: 'Clearpost is paused on this site',
  error: 'Clearpost cannot check this box; posting is not blocked',
};

function badgeLabel(state: BadgeState, findings: readonly Finding[]): string {
  return state === 'issues' ? summarize(findings) : STATE_TEXT[state];
}

/** The badge (a button), its findings panel, the caret card and a polite live summary. */
export function ComposerPanel(props: ComposerPanelProps) {
  const { state, findings, text, caretIndex, badgeAnchor, cardAnchor, statusFor, onApply, onIgnore, onShow, onToggle } = props;
  const [open, setOpen] = useState(false);
  const [dismissedCaret, setDismissedCaret] = useState<number | null>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const counts = countBySeverity(findings);
  const label = badgeLabel(state, findings);
  const shown = findings.slice(0, MAX_RENDERED_FINDINGS);

  useEffect(() => onToggle(open), [open, onToggle]);
  useEffect(() => {
    const panel = panelRef.current;
    if (open) (panel?.querySelector<HTMLElement>('li') ?? panel?.querySelector<HTMLElement>('button'))?.focus();
  }, [open]);
  useEffect(() => setDismissedCaret(null), [caretIndex]);
  // Fixing the last finding closes the panel: it would otherwise sit over the site's Post button.
  const nothingLeft = findings.length === 0;
  useEffect(() => {
    if (nothingLeft) setOpen(false);
  }, [nothingLeft]);

  const close = () => {
    setOpen(false);
    badgeRef.current?.focus();
  };
  const caretFinding = caretIndex !== null && caretIndex !== dismissedCaret ? findings[caretIndex] : undefined;

  return (
    <>
      {createPortal(
        <div className="cp-badge-wrap">
          <button
            ref={badgeRef}
            type="button"
            className={`cp-badge cp-state-${state}`}
            data-clearpost-badge=""
            data-clearpost-state={state}
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={badgeName(badgeGlyph(state, counts.error + counts.warning + counts.info), label)}
            title={`Clearpost: ${label}`}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">{badgeGlyph(state, counts.error + counts.warning + counts.info)}</span>
          </button>
          {open ? (
            <div
              ref={panelRef}
              id={panelId}
              className="cp-panel"
              role="dialog"
              aria-label="Clearpost findings"
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.stopPropagation();
                  close();
                }
              }}
            >
              <div className="cp-panel-head">
                <h2>{state === 'issues' ? summarize(findings) : STATE_TEXT[state]}</h2>
                <button type="button" className="cp-close" aria-label="Close findings" onClick={close}>
                  ×
                </button>
              </div>
              {findings.length ? (
                <FindingList
                  findings={shown}
                  text={text}
                  label="Findings in this draft"
                  onApply={onApply}
                  onIgnore={onIgnore}
                  onFocusItem={onShow}
                  statusFor={statusFor}
                />
              ) : null}
              {shown.length < findings.length ? (
                <p className="cp-more" data-clearpost-more="">
                  Showing the first {shown.length} of {findings.length} findings; fix these to see the rest.
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="cp-sr-only" aria-live="polite">
            {state === 'issues' || state === 'ok' ? `Clearpost: ${summarize(findings)}` : STATE_TEXT[state]}
          </div>
        </div>,
        badgeAnchor,
      )}
      {caretFinding && !open && caretIndex !== null
        ? createPortal(
            <div className="cp-caret-card">
              <button type="button" className="cp-close" aria-label="Close" onClick={() => setDismissedCaret(caretIndex)}>
                ×
              </button>
              <FindingCard
                finding={caretFinding}
                onApply={(s) => onApply(caretIndex, s)}
                onIgnore={() => onIgnore(caretIndex)}
                status={statusFor(caretIndex)}
              />
            </div>,
            cardAnchor,
          )
        : null}
    </>
  );
}

/** The badge's accessible name starts with the number it shows (WCAG 2.5.3, label in name). */
function badgeName(glyph: string, label: string): string {
  return /^\d+$/.test(glyph) ? `${glyph} – Clearpost: ${label}` : `Clearpost: ${label}`;
}

function badgeGlyph(state: BadgeState, count: number): string {
  if (state === 'off') return '⏸';
  if (state === 'error') return '!';
  return count ? String(count) : '✓';
}
