// The state of the admin's unsaved edits (profile and rule tuning): validated as they type, with
// every problem listed, and the buttons to apply, discard or export them.

import { useAdmin } from './admin-store';
import { useDraftText } from './draft-hooks';
import { downloadText } from './download';
import { profileProblems } from './profile/field-checks';
import { readDraft } from './profile/ruleset-draft';
import { SafeText } from './safe-content';

export function DraftBar() {
  const current = useDraftText();
  const check = useAdmin((s) => s.draftCheck);
  const busy = useAdmin((s) => s.busy);
  const applyDraft = useAdmin((s) => s.applyDraft);
  const discardDraft = useAdmin((s) => s.discardDraft);
  if (!current || current.locked) return null;
  const { text, edited } = current;
  const read = readDraft(text);
  const fieldProblems = read.ok ? profileProblems(read.profile) : 0;
  const checked = check !== null && check.text === text ? check.result : null;
  const errors = checked && !checked.ok ? checked.errors : [];
  const ready = edited && checked?.ok === true && fieldProblems === 0 && busy === null;

  let status: string;
  if (!edited) status = 'No unsaved changes: the forms show the active ruleset.';
  else if (!checked) status = 'Unsaved changes. Checking…';
  else if (errors.length > 0 || fieldProblems > 0) {
    const count = errors.length + fieldProblems;
    status = `Unsaved changes with ${count} problem${count === 1 ? '' : 's'} to fix before they can be applied.`;
  } else status = 'Unsaved changes. The edited ruleset is valid: apply it to use it in this browser.';

  return (
    <div className="draft-bar" data-testid="draft-bar" data-draft-state={!edited ? 'clean' : ready ? 'valid' : checked ? 'invalid' : 'checking'}>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {errors.length > 0 && (
        <ul className="field-problems" data-testid="draft-errors">
          {errors.map((error, index) => (
            <li key={index}>
              {error.path && <code>{error.path}</code>} <SafeText text={error.message} />
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={!ready} onClick={() => void applyDraft()}>
          {busy === 'apply' ? 'Applying…' : 'Apply changes'}
        </button>
        <button type="button" disabled={!edited || busy !== null} onClick={discardDraft}>
          Discard changes
        </button>
        <button type="button" disabled={edited && !ready} onClick={() => downloadText('clearpost-ruleset.yaml', 'application/yaml', text)}>
          Export ruleset (YAML)
        </button>
      </div>
    </div>
  );
}
