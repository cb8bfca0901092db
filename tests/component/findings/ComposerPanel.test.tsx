// The in-page badge and panel: a labelled button with the state hook, a panel reachable and
// dismissible by keyboard, and a polite summary rather than per-keystroke announcements.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../../rules/types';
import { ComposerPanel, type ComposerPanelProps } from '../../../entrypoints/content/ui/ComposerPanel';
import { MAX_RENDERED_FINDINGS } from '../../../entrypoints/content/session-types';

const cure: Finding = { ruleId: 'tone/cure', category: 'tone', severity: 'warning', start: 12, end: 17, message: 'Avoid promising a cure.', suggestions: ['treats'] };
const nhs: Finding = { ruleId: 'privacy/nhs-number', category: 'privacy', severity: 'error', start: 0, end: 12, message: 'Patient identifier.' };

function setup(overrides: Partial<ComposerPanelProps> = {}) {
  const badgeAnchor = document.body.appendChild(document.createElement('div'));
  const cardAnchor = document.body.appendChild(document.createElement('div'));
  const props: ComposerPanelProps = {
    state: 'issues',
    findings: [nhs, cure],
    text: '943 476 5919 cures',
    caretIndex: null,
    badgeAnchor,
    cardAnchor,
    statusFor: () => undefined,
    onApply: vi.fn(),
    onIgnore: vi.fn(),
    onShow: vi.fn(),
    onToggle: vi.fn(),
    ...overrides,
  };
  const view = render(<ComposerPanel {...props} />);
  return { props, view, cardAnchor };
}

describe('ComposerPanel', () => {
  test('the badge is a labelled button carrying the state hook', () => {
    setup();
    const badge = screen.getByRole('button', { name: '2 – Clearpost: 1 error, 1 warning' });
    expect(badge).toHaveAttribute('data-clearpost-badge');
    expect(badge).toHaveAttribute('data-clearpost-state', 'issues');
    expect(badge).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Clearpost: 1 error, 1 warning')).toHaveAttribute('aria-live', 'polite');
  });

  test('a draft with more findings than are drawn: the badge counts them all, the panel draws the cap and says so', async () => {
    const many = Array.from({ length: MAX_RENDERED_FINDINGS + 50 }, (_, i) => ({ ...nhs, start: i * 13, end: i * 13 + 12 }));
    setup({ findings: many, text: '943 476 5919 '.repeat(many.length) });
    await userEvent.click(screen.getByRole('button', { name: `${many.length} – Clearpost: ${many.length} errors` }));
    expect(screen.getByRole('list', { name: 'Findings in this draft' }).querySelectorAll('[data-clearpost-rule]')).toHaveLength(MAX_RENDERED_FINDINGS);
    expect(screen.getByText(`Showing the first ${MAX_RENDERED_FINDINGS} of ${many.length} findings; fix these to see the rest.`)).toBeVisible();
  });

  test('keyboard: Enter opens the panel with focus on the first finding, Escape closes it and focus returns', async () => {
    const { props } = setup();
    const badge = screen.getByRole('button', { name: /Clearpost/ });
    badge.focus();
    await userEvent.keyboard('{Enter}');
    expect(badge).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(props.onShow).toHaveBeenLastCalledWith(1);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    expect(props.onApply).toHaveBeenCalledWith(1, 'treats');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(badge).toHaveFocus();
  });

  test('the card of the finding under the caret opens next to it and can be closed', async () => {
    const { cardAnchor } = setup({ caretIndex: 1 });
    expect(cardAnchor.querySelector('article')).toHaveAttribute('data-clearpost-rule', 'tone/cure');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(cardAnchor.querySelector('article')).toBeNull();
  });

  test('off and error states say what they mean', () => {
    const { view, props } = setup({ state: 'off', findings: [] });
    expect(screen.getByRole('button', { name: 'Clearpost: Clearpost is paused on this site' })).toHaveAttribute('data-clearpost-state', 'off');
    act(() => view.rerender(<ComposerPanel {...props} state="error" findings={[]} />));
    expect(screen.getByRole('button', { name: /cannot check this box; posting is not blocked/ })).toHaveAttribute('data-clearpost-state', 'error');
  });
});
