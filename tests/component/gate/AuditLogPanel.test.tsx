import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AUDIT_ROWS_SHOWN, AuditLogPanel } from '../../../components/gate/AuditLogPanel';
import type { AuditEvent } from '../../../entrypoints/shared/protocol';

const at = (n: number) => new Date(Date.UTC(2026, 10, 22, 0, 0, n)).toISOString();
const events: AuditEvent[] = [
  { at: at(1), platform: 'x', ruleIds: ['privacy/nhs-number'], action: 'blocked' },
  { at: at(2), platform: 'x', ruleIds: ['privacy/nhs-number'], action: 'override', reason: '<b>consented</b>, "ok"' },
  { at: at(3), platform: 'linkedin', ruleIds: ['brand/name'], action: 'fix-applied' },
];

describe('AuditLogPanel', () => {
  it('lists events newest first, reasons as plain text', () => {
    render(<AuditLogPanel events={events} download={vi.fn()} />);
    const rows = within(screen.getByRole('table', { name: 'Audit events, newest first' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(1).map((c) => c.textContent))).toEqual([
      ['LinkedIn', 'Fix applied', 'brand/name', ''],
      ['X', 'Posted anyway', 'privacy/nhs-number', '<b>consented</b>, "ok"'],
      ['X', 'Held back', 'privacy/nhs-number', ''],
    ]);
    expect(rows[0]!.querySelector('time')).toHaveAttribute('datetime', at(3));
    expect(screen.getByRole('table').querySelector('b')).toBeNull();
  });

  it('exports the whole log as CSV and JSON from the keyboard', async () => {
    const download = vi.fn();
    const user = userEvent.setup();
    render(<AuditLogPanel events={events} download={download} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Export audit log (CSV)' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard(' ');
    expect(download).toHaveBeenCalledTimes(2);
    const [csvName, csvType, csv] = download.mock.calls[0]!;
    expect([csvName, csvType]).toEqual(['clearpost-audit.csv', 'text/csv']);
    expect(csv.split('\r\n')).toHaveLength(5); // header, 3 events, final newline
    const [jsonName, , json] = download.mock.calls[1]!;
    expect(jsonName).toBe('clearpost-audit.json');
    expect(JSON.parse(json)).toEqual(events);
  });

  it('draws the newest rows only, and says the exports hold all', () => {
    const many = Array.from({ length: AUDIT_ROWS_SHOWN + 5 }, (_, n): AuditEvent => ({ ...events[0]!, at: at(n) }));
    render(<AuditLogPanel events={many} download={vi.fn()} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(AUDIT_ROWS_SHOWN + 1);
    expect(screen.getByText(/205 events.*Showing the newest 200; the exports have them all/)).toBeInTheDocument();
  });

  it('offers no export of an empty log', () => {
    render(<AuditLogPanel events={[]} download={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Export audit log (CSV)' })).toBeDisabled();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
