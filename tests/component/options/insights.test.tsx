import { screen, within } from '@testing-library/react';
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
});
