import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../../rules/types';
import { FindingCard } from '../../../components/findings/FindingCard';
import { FindingList } from '../../../components/findings/FindingList';
import { safeRuleLink } from '../../../components/findings/safe-link';
import { summarize } from '../../../components/findings/severity';

const cure: Finding = {
  ruleId: 'tone/cure',
  category: 'tone',
  severity: 'warning',
  start: 12,
  end: 17,
  message: 'Avoid promising a cure.',
  suggestions: ['treats', 'helps with'],
  link: 'https://www.asa.org.uk/advice',
};
const nhs: Finding = { ruleId: 'privacy/nhs-number', category: 'privacy', severity: 'error', start: 0, end: 12, message: 'An NHS number identifies a patient.' };

describe('FindingCard', () => {
  test('shows severity as a word and an icon, not colour alone, and carries the test hooks', () => {
    const { container } = render(<FindingCard finding={cure} excerpt="cures" />);
    const card = container.querySelector('article')!;
    expect(card).toHaveAttribute('data-clearpost-rule', 'tone/cure');
    expect(card).toHaveAttribute('data-clearpost-severity', 'warning');
    expect(card).toHaveTextContent('▲ Warning');
    expect(card).toHaveTextContent('“cures”');
    expect(screen.getByRole('link', { name: /why this rule/i })).toHaveAttribute('href', 'https://www.asa.org.uk/advice');
  });

  test('each suggestion is a button that applies it; Ignore here is offered', async () => {
    const onApply = vi.fn();
    const onIgnore = vi.fn();
    render(<FindingCard finding={cure} onApply={onApply} onIgnore={onIgnore} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-clearpost-suggestion'))).toEqual(['treats', 'helps with', null]);
    await userEvent.click(screen.getByRole('button', { name: 'Replace with “helps with”' }));
    expect(onApply).toHaveBeenCalledWith('helps with');
    await userEvent.click(screen.getByRole('button', { name: 'Ignore here' }));
    expect(onIgnore).toHaveBeenCalledOnce();
  });

  test('admin text is never markup, and non-https links are dropped', () => {
    const evil = { ...cure, message: '<img src=x onerror=alert(1)>', link: 'javascript:alert(1)' };
    const { container } = render(<FindingCard finding={evil} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('a')).toBeNull();
    expect(safeRuleLink('http://example.com/')).toBeUndefined();
    expect(safeRuleLink('not a url')).toBeUndefined();
    expect(safeRuleLink('https://example.com/a b')).toBe('https://example.com/a%20b');
  });
});

describe('FindingList', () => {
  test('arrow keys move between findings; focusing one reports its index', async () => {
    const onFocusItem = vi.fn();
    render(<FindingList findings={[nhs, cure]} text="943 476 5919 cures" label="Findings" onFocusItem={onFocusItem} />);
    const items = screen.getAllByRole('listitem');
    items[0]!.focus();
    expect(onFocusItem).toHaveBeenLastCalledWith(0);
    await userEvent.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    expect(onFocusItem).toHaveBeenLastCalledWith(1);
    await userEvent.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    expect(screen.getByRole('list', { name: 'Findings' })).toHaveTextContent('“943 476 5919”');
  });

  test('summaries count by severity', () => {
    expect(summarize([nhs, cure, cure])).toBe('1 error, 2 warnings');
    expect(summarize([])).toBe('No issues');
  });
});
