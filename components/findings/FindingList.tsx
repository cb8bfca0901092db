import { useRef, type KeyboardEvent } from 'react';
import type { Finding } from '../../rules/types';
import { FindingCard } from './FindingCard';

export type FindingListProps = {
  findings: readonly Finding[];
  /** The text the findings' offsets index, for excerpts. */
  text?: string;
  label: string;
  onApply?: (index: number, suggestion: string) => void;
  onIgnore?: (index: number) => void;
  /** Called when an item gets focus, e.g. to show the finding in the editor. */
  onFocusItem?: (index: number) => void;
  statusFor?: (index: number) => string | undefined;
};

/** Findings as a list; Tab reaches each card's buttons, Up/Down/Home/End move between cards. */
export function FindingList({ findings, text, label, onApply, onIgnore, onFocusItem, statusFor }: FindingListProps) {
  const listRef = useRef<HTMLUListElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(listRef.current?.querySelectorAll<HTMLLIElement>(':scope > li') ?? [])];
    const current = items.findIndex((li) => li.contains(event.target as Node));
    if (current < 0) return;
    const next =
      event.key === 'ArrowDown' ? Math.min(current + 1, items.length - 1)
      : event.key === 'ArrowUp' ? Math.max(current - 1, 0)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? items.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    items[next]!.focus();
  };

  return (
    <ul className="cp-list" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
      {findings.map((finding, i) => (
        <li key={`${finding.ruleId}:${finding.start}:${finding.end}`} tabIndex={0} onFocus={(e) => e.target === e.currentTarget && onFocusItem?.(i)}>
          <FindingCard
            finding={finding}
            excerpt={text?.slice(finding.start, finding.end)}
            onApply={onApply && ((s) => onApply(i, s))}
            onIgnore={onIgnore && (() => onIgnore(i))}
            status={statusFor?.(i)}
          />
        </li>
      ))}
    </ul>
  );
}
