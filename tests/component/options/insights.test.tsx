import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditToCsv, auditToJson } from '../../../entrypoints/background/audit-format';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { insightsToCsv, isoWeek, summariseAudit } from '../../../components/options/insights';
import type { AuditEvent } from '../../../entrypoints/shared/protocol';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { renderConsole } from './console-harness';

const event = (at: string, platform: AuditEvent['platform'], action: AuditEvent['action'], ruleIds: string[] = [], reason?: string): AuditEvent => ({
  at,
  platform,
  action,
  ruleIds,
  ...(reason ? { reason } : {}),
});

const LOG: AuditEvent[] = [
  event('2026-11-16T09:00:00Z', 'x', 'checked'),
  event('2026-11-16T09:01:00Z', 'x', 'blocked', ['privacy/nhs-number', 'brand/name']),
  event('2026-11-17T10:00:00Z', 'x', 'fix-applied', ['brand/name']),
  event('2026-11-23T10:00:00Z', 'linkedin', 'blocked', ['privacy/nhs-number']),
  event('2026-11-23T10:05:00Z', 'linkedin', 'override', ['privacy/nhs-number'], 'Patient consented in writing, form 12'),
  event('2026-11-24T08:00:00Z', 'facebook', 'checked'),
];

describe('isoWeek', () => {
  it.each([
    ['2026-11-16T00:00:00Z', '2026-W47'], // Monday
    ['2026-11-22T23:59:59Z', '2026-W47'], // Sunday, same week
    ['2026-11-23T00:00:00Z', '2026-W48'],
    ['2027-01-01T12:00:00Z', '2026-W53'], // Friday: belongs to the last week of 2026
    ['2024-12-30T12:00:00Z', '2025-W01'], // Monday: first week of 2025
  ])('%s is in %s', (iso, week) => expect(isoWeek(new Date(iso))).toBe(week));
});

describe('summariseAudit', () => {
  it('counts actions in total, per platform and per week, and ranks the rules behind them', () => {
    const insights = summariseAudit(LOG);
    expect(insights.totals).toEqual({ checked: 2, blocked: 2, overridden: 1, fixed: 1 });
    expect(insights.perPlatform.linkedin).toEqual({ checked: 0, blocked: 1, overridden: 1, fixed: 0 });
    expect(insights.perPlatform.facebook).toEqual({ checked: 1, blocked: 0, overridden: 0, fixed: 0 });
    expect(insights.perWeek).toEqual([
      { week: '2026-W47', counts: { checked: 1, blocked: 1, overridden: 0, fixed: 1 } },
      { week: '2026-W48', counts: { checked: 1, blocked: 1, overridden: 1, fixed: 0 } },
    ]);
    expect(insights.topRules).toEqual([
      { ruleId: 'privacy/nhs-number', count: 3 },
      { ruleId: 'brand/name', count: 2 },
    ]);
  });

  it('leaves every typed reason out of the export', () => {
    const csv = insightsToCsv(summariseAudit(LOG));
    expect(csv).not.toMatch(/consented/);
    expect(csv.split('\r\n')[0]).toBe('section,key,checked,blocked,overridden,fixed,ruleEvents');
    expect(csv).toContain('week,2026-W48,1,1,1,0,\r\n');
    expect(csv).toContain('rule,privacy/nhs-number,,,,,3\r\n');
  });
});

describe('insights panel', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows totals, a chart with a table alternative, and the top rules', async () => {
    const view = await renderConsole({ section: 'insights', local: { [STORAGE_KEYS.audit]: LOG } });
    const panel = within(await screen.findByTestId('insights'));
    expect(await panel.findByTestId('total-blocked')).toHaveTextContent('2');
    expect(panel.getByTestId('total-overridden')).toHaveTextContent('1');
    expect(panel.getByTestId('insights-chart')).toHaveAttribute('aria-hidden', 'true');
    expect(panel.getByTestId('insights-chart').querySelectorAll('rect')).toHaveLength(8);
    const weekly = panel.getByRole('table', { name: /Per week/ });
    expect(within(weekly).getByRole('rowheader', { name: '2026-W48' })).toBeInTheDocument();
    expect(panel.getByTestId('top-rules')).toHaveTextContent('privacy/nhs-number: 3brand/name: 2');
    expect(panel.queryByText(/consented/)).toBeNull();
    view.store.stop();
  });

  it('says when there is no activity yet', async () => {
    const view = await renderConsole({ section: 'insights' });
    expect(await screen.findByText('No activity recorded yet.')).toBeInTheDocument();
    view.store.stop();
  });

  it('team view: combines imported JSON and CSV audit exports with this browser\'s log, refuses a file that is not one, never shows reasons', async () => {
    // A file picker's "All files" lets any file through, whatever the accept attribute says.
    const user = userEvent.setup({ applyAccept: false });
    const view = await renderConsole({ section: 'insights', local: { [STORAGE_KEYS.audit]: LOG } });
    await screen.findByTestId('insights');
    const alice = new File([auditToJson([event('2026-11-30T09:00:00Z', 'facebook', 'blocked', ['tone/guarantee']), event('2026-11-30T09:05:00Z', 'facebook', 'override', ['tone/guarantee'], 'secret reason')])], 'alice.json', { type: 'application/json' });
    const bob = new File([auditToCsv([event('2026-11-16T11:00:00Z', 'x', 'blocked', ['privacy/nhs-number']), event('2026-11-16T11:00:00Z', 'x', 'checked')])], 'bob.csv', { type: 'text/csv' });
    const notes = new File(['Our patient Maria was discharged'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Import audit exports'), [alice, bob, notes]);

    const imported = await screen.findByTestId('imported-logs');
    expect(imported).toHaveTextContent('alice.json: 2 events');
    expect(imported).toHaveTextContent('bob.csv: 2 events');
    expect(imported).toHaveTextContent('notes.txt: not imported: expected the audit log CSV export');
    expect(screen.getByTestId('insights-sources')).toHaveTextContent('Showing this browser, alice.json, bob.csv: 10 events.');
    expect(screen.getByTestId('total-blocked')).toHaveTextContent('4');
    expect(screen.getByTestId('total-overridden')).toHaveTextContent('2');
    expect(screen.getByTestId('top-rules')).toHaveTextContent('privacy/nhs-number: 4brand/name: 2tone/guarantee: 2');
    const perPlatform = screen.getByRole('table', { name: 'Per platform' });
    expect(within(within(perPlatform).getByRole('rowheader', { name: 'facebook' }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1', '1', '0']);
    expect(screen.queryByText(/secret reason|Maria/)).toBeNull();

    // Only the team: this browser's log left out.
    await user.click(screen.getByLabelText("Include this browser's log"));
    expect(screen.getByTestId('total-blocked')).toHaveTextContent('2');
    // Importing the same file again replaces it rather than counting it twice.
    await user.upload(screen.getByLabelText('Import audit exports'), [alice]);
    await waitFor(() => expect(screen.getByTestId('insights-sources')).toHaveTextContent('Showing bob.csv, alice.json: 4 events.'));
    view.store.stop();
  });
});
