// One list of the profile as a text box, one item per line, checked as the admin types. The text
// is kept as typed (blank lines included) so the cursor never jumps; the items go to the ruleset.

import { useEffect, useId, useState } from 'react';
import { checkList, linesOf } from './field-checks';
import type { ListKind } from './field-checks';

export type ListFieldProps = {
  label: string;
  hint?: string;
  kind: ListKind;
  values: readonly string[];
  onChange(values: string[]): void;
  rows?: number;
  placeholder?: string;
};

export function ListField({ label, hint, kind, values, onChange, rows = 3, placeholder }: ListFieldProps) {
  const [text, setText] = useState(values.join('\n'));
  const id = useId();
  const valuesKey = JSON.stringify(values);
  useEffect(() => {
    // Follow changes made elsewhere (another form, a newly loaded ruleset), not our own echo.
    setText((current) => (JSON.stringify(linesOf(current)) === valuesKey ? current : values.join('\n')));
  }, [valuesKey]);
  const problems = checkList(linesOf(text), kind);
  const describedBy = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          onChange(linesOf(event.target.value));
        }}
      />
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field-problems" data-testid="field-problems">
          {problems.map((problem) => (
            <li key={`${problem.line}-${problem.message}`}>
              Line {problem.line}: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
