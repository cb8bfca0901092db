import { fireEvent, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showPrepublishDialog, type DialogContent } from '../../../entrypoints/content/gate/dialog-host';
import { GATE_HOST_ATTRIBUTE } from '../../../entrypoints/content/gate/host-attribute';

const content: DialogContent = {
  platform: 'facebook',
  level: 'error',
  override: 'reason',
  findings: [
    { ruleId: 'privacy/ssn', category: 'privacy', severity: 'error', start: 0, end: 11, message: 'A US SSN identifies a person.' },
  ],
};

const host = () => document.querySelector(`[${GATE_HOST_ATTRIBUTE}]`);
/** Testing Library queries inside our open shadow root. */
const inShadow = () => within(host()!.shadowRoot as unknown as HTMLElement);

afterEach(() => document.body.replaceChildren());

/** jsdom marks every dispatched event untrusted; these tests stand in for the user. */
const trustAll = () => true;

describe('showPrepublishDialog', () => {
  it("ignores a page script's clicks and typing inside the dialog", async () => {
    const open = showPrepublishDialog(content);
    const settled = vi.fn();
    void open.outcome.then(settled);
    fireEvent.change(inShadow().getByRole('textbox', { name: /Reason/ }), { target: { value: 'scripted reason' } });
    fireEvent.click(inShadow().getByRole('button', { name: 'Post anyway' }));
    inShadow().getByRole('button', { name: 'Go back and fix' }).click();
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).not.toHaveBeenCalled();
    expect(host()).not.toBeNull();
    open.close();
  });

  it('mounts the alert dialog in an open shadow root outside the page', () => {
    showPrepublishDialog(content, trustAll);
    expect(host()?.shadowRoot?.mode).toBe('open');
    expect(inShadow().getByRole('alertdialog')).toHaveAccessibleName('This post can’t be published yet');
    expect(document.body.querySelector('[role="alertdialog"]')).toBeNull(); // not in the light DOM
  });

  it('keeps keys typed in the dialog from the site’s own shortcuts', async () => {
    const siteShortcut = vi.fn();
    document.addEventListener('keydown', siteShortcut);
    showPrepublishDialog(content, trustAll);
    const reason = inShadow().getByRole('textbox', { name: /Reason/ });
    // Composed, as real key events are: without our host's guard it would reach the document.
    reason.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    expect(siteShortcut).not.toHaveBeenCalled();
    document.removeEventListener('keydown', siteShortcut);
  });

  it('reports an override with its reason once, and is gone before the re-submit', async () => {
    const open = showPrepublishDialog(content, trustAll);
    // user-event types into document.activeElement, which is our host here: set the field directly.
    fireEvent.change(inShadow().getByRole('textbox', { name: /Reason/ }), { target: { value: 'Fictional number in a training post' } });
    await userEvent.setup().click(inShadow().getByRole('button', { name: 'Post anyway' }));
    await expect(open.outcome).resolves.toEqual({ kind: 'override', reason: 'Fictional number in a training post' });
    expect(host()).toBeNull();
  });

  it('reports "Go back and fix", and Escape as a cancel', async () => {
    const fix = showPrepublishDialog(content, trustAll);
    await userEvent.setup().click(inShadow().getByRole('button', { name: 'Go back and fix' }));
    await expect(fix.outcome).resolves.toEqual({ kind: 'fix' });

    const cancel = showPrepublishDialog(content, trustAll);
    await userEvent.setup().keyboard('{Escape}');
    await expect(cancel.outcome).resolves.toEqual({ kind: 'cancel' });
    expect(host()).toBeNull();
  });

  it('closes as a cancel when the content script goes away', async () => {
    const open = showPrepublishDialog(content, trustAll);
    open.close();
    open.close();
    await expect(open.outcome).resolves.toEqual({ kind: 'cancel' });
    expect(host()).toBeNull();
  });
});
