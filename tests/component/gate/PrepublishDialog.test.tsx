import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PrepublishDialog, type PrepublishDialogProps } from '../../../components/gate/PrepublishDialog';
import type { Finding } from '../../../rules/types';

const nhs: Finding = {
  ruleId: 'privacy/nhs-number',
  category: 'privacy',
  severity: 'error',
  start: 10,
  end: 22,
  message: 'An NHS number identifies a patient. Remove it.',
  link: 'https://digital.nhs.uk/nhs-number',
};
const ssn: Finding = { ...nhs, ruleId: 'privacy/ssn', start: 30, end: 41, message: 'A US SSN identifies a person.', link: 'javascript:alert(1)' };

function renderDialog(overrides: Partial<PrepublishDialogProps> = {}) {
  const props: PrepublishDialogProps = {
    platform: 'x',
    level: 'error',
    findings: [nhs, ssn],
    override: 'reason',
    onFix: vi.fn(),
    onOverride: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  render(<PrepublishDialog {...props} />);
  return { props, user: userEvent.setup(), dialog: screen.getByRole('alertdialog') };
}

describe('PrepublishDialog', () => {
  it('is a labelled alert dialog listing each finding with its test hooks', () => {
    const { dialog } = renderDialog();
    expect(dialog).toHaveAccessibleName('This post can’t be published yet');
    expect(dialog).toHaveAccessibleDescription(/2 problems .* on X/);
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-clearpost-rule'))).toEqual(['privacy/nhs-number', 'privacy/ssn']);
    expect(items.every((li) => li.getAttribute('data-clearpost-severity') === 'error')).toBe(true);
    expect(items[0]).toHaveTextContent('An NHS number identifies a patient.');
  });

  it('links only https references', () => {
    const { dialog } = renderDialog();
    const links = within(dialog).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://digital.nhs.uk/nhs-number');
  });

  it('starts on "Go back and fix", which asks to fix', async () => {
    const { props, user } = renderDialog();
    const fix = screen.getByRole('button', { name: 'Go back and fix' });
    expect(fix).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(props.onFix).toHaveBeenCalledTimes(1);
    expect(props.onOverride).not.toHaveBeenCalled();
  });

  it('closes on Escape', async () => {
    const { props, user } = renderDialog();
    await user.keyboard('{Escape}');
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { dialog, user } = renderDialog({ findings: [ssn] });
    const fix = screen.getByRole('button', { name: 'Go back and fix' });
    const reason = screen.getByRole('textbox', { name: /Reason for posting anyway/ });
    const postAnyway = screen.getByRole('button', { name: 'Post anyway' });
    expect(fix).toHaveFocus();
    await user.tab();
    expect(postAnyway).toHaveFocus();
    await user.tab();
    expect(reason).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(postAnyway).toHaveFocus();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('requires a reason before posting anyway, then passes it trimmed', async () => {
    const { props, user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(props.onOverride).not.toHaveBeenCalled();
    const reason = screen.getByRole('textbox', { name: /Reason for posting anyway/ });
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a reason');

    await user.type(reason, '  Patient consented in writing ');
    expect(reason).toHaveAttribute('aria-invalid', 'false');
    await user.tab(); // Go back and fix
    await user.tab(); // Post anyway
    await user.keyboard('{Enter}');
    expect(props.onFix).not.toHaveBeenCalled();
    expect(props.onOverride).toHaveBeenCalledExactlyOnceWith('Patient consented in writing');
  });

  it('posts anyway on a plain confirmation when the policy is "confirm"', async () => {
    const { props, user } = renderDialog({ override: 'confirm' });
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(props.onOverride).toHaveBeenCalledExactlyOnceWith();
  });

  it('offers only fixing when the policy is "none"', () => {
    renderDialog({ override: 'none' });
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Go back and fix']);
    expect(screen.getByText(/policy doesn’t allow posting/)).toBeInTheDocument();
  });

  it('words a warning confirmation as a question, not a ban', () => {
    const warning: Finding = { ...nhs, ruleId: 'brand/name', severity: 'warning', message: 'Use our full name.' };
    const { dialog } = renderDialog({ level: 'warning', findings: [warning], override: 'confirm', platform: 'linkedin' });
    expect(dialog).toHaveAccessibleName('Check this post before publishing');
    expect(dialog).toHaveAccessibleDescription(/1 problem .* confirm .* on LinkedIn/);
    expect(within(dialog).getByRole('listitem')).toHaveAttribute('data-clearpost-severity', 'warning');
  });

  it('renders rule messages as text, never as markup', () => {
    const hostile: Finding = { ...nhs, message: '<img src=x onerror="window.__pwned=1">Remove it' };
    const { dialog } = renderDialog({ findings: [hostile] });
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('<img src=x');
  });
});
