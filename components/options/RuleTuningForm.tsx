// Tuning one rule: a severity (error, warning, info or off) and the note saying why, which the
// ruleset keeps under `tune:` so the next admin knows who decided what.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { TUNED_SEVERITIES } from '../../rules/schema';
import type { RuleTuning, TunedSeverity } from '../../rules/schema';

const SEVERITY_LABELS: Record<TunedSeverity, string> = {
  error: 'Error: blocks publishing',
  warning: 'Warning: informs',
  info: 'Info: a quiet note',
  off: 'Off: not checked',
};

export type RuleTuningFormProps = {
  ruleId: string;
  current: TunedSeverity;
  tuning?: RuleTuning;
  onSave(tuning: RuleTuning | undefined): void;
  onClose(): void;
};

export function RuleTuningForm({ ruleId, current, tuning, onSave, onClose }: RuleTuningFormProps) {
  const [severity, setSeverity] = useState<TunedSeverity>(tuning?.severity ?? current);
  const [note, setNote] = useState(tuning?.note ?? '');
  const [tried, setTried] = useState(false);
  const ids = { severity: useId(), note: useId(), problem: useId() };
  const missingNote = note.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missingNote) return;
    onSave({ severity, note: note.trim() });
    onClose();
  }

  return (
    <form className="tune-form" onSubmit={submit} aria-label={`Tune ${ruleId}`} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="field inline">
        <label htmlFor={ids.severity}>Severity</label>
        <select id={ids.severity} value={severity} onChange={(e) => setSeverity(e.target.value as TunedSeverity)} autoFocus>
          {TUNED_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.note}>Note (required): why this rule is tuned</label>
        <textarea
          id={ids.note}
          rows={2}
          value={note}
          aria-required="true"
          aria-invalid={tried && missingNote}
          aria-describedby={tried && missingNote ? ids.problem : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
        {tried && missingNote && (
          <p id={ids.problem} className="field-problems" role="alert">
            Write a note: the next admin needs to know why.
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Save tuning
        </button>
        {tuning && (
          <button
            type="button"
            onClick={() => {
              onSave(undefined);
              onClose();
            }}
          >
            Remove tuning
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
