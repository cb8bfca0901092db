// Public-facing staff: imported from a CSV export (HR system, spreadsheet), listed, removable one by
// one, exported again. Rows that cannot be imported are listed with their row number and why.

import { useId, useMemo, useState } from 'react';
import { downloadText } from '../download';
import { parseStaffCsv, staffToCsv } from './staff-csv';
import type { StaffImport } from './staff-csv';
import type { StaffEntry } from './ruleset-draft';

/** Rows drawn at once; the filter finds anyone in a directory of thousands. */
const ROWS_SHOWN = 50;

export function StaffDirectory({ staff, onChange }: { staff: readonly StaffEntry[]; onChange(staff: StaffEntry[]): void }) {
  const [csv, setCsv] = useState('');
  const [filter, setFilter] = useState('');
  const [outcome, setOutcome] = useState<(StaffImport & { source: string }) | null>(null);
  const ids = { csv: useId(), file: useId(), filter: useId(), title: useId() };

  function importCsv(text: string, source: string) {
    const result = parseStaffCsv(text, staff);
    setOutcome({ ...result, source });
    if (result.entries.length > 0) onChange([...staff, ...result.entries]);
    // The outcome lists every skipped row; the box is emptied so nothing is imported twice.
    if (source === 'pasted text') setCsv('');
  }

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const matching = needle ? staff.filter((s) => [s.name, s.role ?? '', s.unit ?? ''].some((v) => v.toLowerCase().includes(needle))) : staff;
    return matching.slice(0, ROWS_SHOWN);
  }, [staff, filter]);

  return (
    <fieldset className="group" aria-labelledby={ids.title}>
      <legend id={ids.title}>Staff directory</legend>
      <p className="hint">
        Public-facing staff are never taken for patients. Import a CSV with the columns name, role, unit (role and unit optional; a header row is
        optional).
      </p>
      <div className="field">
        <label htmlFor={ids.file}>Import a CSV file</label>
        <input
          id={ids.file}
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (file) importCsv(await file.text(), file.name);
            event.target.value = '';
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.csv}>Or paste CSV rows</label>
        <textarea id={ids.csv} rows={3} spellCheck={false} value={csv} placeholder="Dr Priya Shah,Consultant cardiologist,Cardiology" onChange={(e) => setCsv(e.target.value)} />
        <button type="button" disabled={!csv.trim()} onClick={() => importCsv(csv, 'pasted text')}>
          Import rows
        </button>
      </div>

      {outcome && (
        <div className={outcome.errors.length > 0 ? 'notice notice-error' : 'notice'} data-testid="staff-import">
          <p role="status">
            Imported {outcome.entries.length} {outcome.entries.length === 1 ? 'person' : 'people'} from {outcome.source}
            {outcome.errors.length > 0 ? `; ${outcome.errors.length} row${outcome.errors.length === 1 ? '' : 's'} skipped:` : '.'}
          </p>
          {outcome.errors.length > 0 && (
            <ul data-testid="staff-import-errors">
              {outcome.errors.map((error) => (
                <li key={error.row}>
                  Row {error.row}: {error.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {staff.length === 0 ? (
        <p data-testid="staff-empty">No staff in the directory yet.</p>
      ) : (
        <>
          <div className="field inline">
            <label htmlFor={ids.filter}>Find in directory</label>
            <input id={ids.filter} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <table className="staff" data-testid="staff-table">
            <caption>
              {staff.length} {staff.length === 1 ? 'person' : 'people'} in the directory
              {shown.length < staff.length ? ` (showing ${shown.length})` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Unit</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.name}>
                  <th scope="row">{entry.name}</th>
                  <td>{entry.role ?? ''}</td>
                  <td>{entry.unit ?? ''}</td>
                  <td>
                    <button type="button" className="link" onClick={() => onChange(staff.filter((s) => s !== entry))} aria-label={`Remove ${entry.name}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => downloadText('clearpost-staff.csv', 'text/csv', staffToCsv(staff))}>
            Export directory (CSV)
          </button>
        </>
      )}
    </fieldset>
  );
}
