// A refused ruleset: every error with its line:column, and the offending line from the admin's own
// text with a marker under the column, so the fix is obvious without opening an editor.

import { useAdmin } from './admin-store';
import { SafeText } from './safe-content';

function SourceExcerpt({ text, line, column }: { text: string; line: number; column?: number }) {
  const source = text.split(/\r?\n/)[line - 1];
  if (source === undefined) return null;
  const marker = column === undefined ? '' : `${' '.repeat(Math.max(0, column - 1))}^`;
  return (
    <pre className="excerpt" data-testid="error-excerpt">
      <span className="line-number">{String(line).padStart(4)} | </span>
      {source}
      {marker && `\n${' '.repeat(7)}${marker}`}
    </pre>
  );
}

export function RulesetErrors() {
  const refusal = useAdmin((s) => s.refusal);
  if (!refusal) return null;
  const count = refusal.errors.length;
  return (
    <section className="notice notice-error" aria-labelledby="errors-title" data-testid="ruleset-errors">
      <h2 id="errors-title">Ruleset refused</h2>
      <p role="alert">
        {count} problem{count === 1 ? '' : 's'} in <SafeText text={refusal.label} />. Nothing was changed: the previous ruleset stays active.
      </p>
      <ol>
        {refusal.errors.map((error, index) => (
          <li key={index}>
            <p>
              {error.line !== undefined && (
                <strong className="position">
                  {error.line}
                  {error.column !== undefined ? `:${error.column}` : ''}{' '}
                </strong>
              )}
              {error.path && <code>{error.path}</code>} <SafeText text={error.message} />
            </p>
            {refusal.text !== undefined && error.line !== undefined && <SourceExcerpt text={refusal.text} line={error.line} column={error.column} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
