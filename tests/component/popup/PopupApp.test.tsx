import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { createPopupStore, type PopupDeps } from '../../../components/popup/popup-store';
import type { TabStatus } from '../../../entrypoints/shared/protocol';
import type { Platform } from '../../../rules/types';
import { createDefaultChecker } from '../../../rules';

const status = (over: Partial<TabStatus> = {}): TabStatus => ({
  platform: 'x',
  composers: 2,
  findings: { error: 1, warning: 2, info: 0 },
  state: 'issues',
  paused: false,
  pauseAllowed: true,
  ...over,
});

function fakeDeps(over: Partial<PopupDeps> & { url?: string; status?: TabStatus | null; paused?: Platform[] } = {}) {
  let paused = over.paused ?? [];
  const deps: PopupDeps = {
    activeTab: async () => ({ id: 7, url: over.url ?? 'https://x.com/home' }),
    platformFor: (url) => (url.startsWith('https://x.com') ? 'x' : url.startsWith('https://www.linkedin.com') ? 'linkedin' : null),
    tabStatus: vi.fn(async () => (over.status === undefined ? status() : over.status)),
    pausedSites: async () => paused,
    setPausedSites: vi.fn(async (sites: Platform[]) => {
      paused = sites;
    }),
    pauseAllowed: async () => true,
    openAdminConsole: vi.fn(),
    // The real embedded default, as the extension uses with no ruleset loaded.
    watchChecker: (onChecker) => {
      onChecker(createDefaultChecker(), { blockOn: 'error', override: 'reason' });
      return () => undefined;
    },
    copyText: vi.fn(async () => undefined),
    ...over,
  };
  return deps;
}

function renderPopup(deps: PopupDeps) {
  render(<PopupApp store={createPopupStore(deps)} />);
  return userEvent.setup();
}

describe('PopupApp', () => {
  it('shows the composers watched and the findings in this tab', async () => {
    renderPopup(fakeDeps());
    expect(await screen.findByText('Watching 2 composers on X.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Findings in this tab' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['✖ 1 error', '▲ 2 warnings']);
    expect(screen.getByText('Watching 2 composers on X.').closest('[data-clearpost-state]')).toHaveAttribute('data-clearpost-state', 'issues');
  });

  it('says when the drafts are clean', async () => {
    renderPopup(fakeDeps({ status: status({ findings: { error: 0, warning: 0, info: 0 }, state: 'ok', composers: 1 }) }));
    expect(await screen.findByText('Watching 1 composer on X.')).toBeInTheDocument();
    expect(screen.getByText('No problems found in the drafts.')).toBeInTheDocument();
  });

  it('says posting is not held back when a composer cannot be checked', async () => {
    renderPopup(fakeDeps({ status: status({ state: 'error' }) }));
    expect(await screen.findByText(/can’t check a composer .* isn’t holding back posts/)).toHaveAttribute('data-clearpost-state', 'error');
  });

  it('explains other sites and offers no pause there', async () => {
    renderPopup(fakeDeps({ url: 'https://example.org/' }));
    expect(await screen.findByText(/checks drafts on X, Facebook and LinkedIn/)).toBeInTheDocument();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('asks for a reload when the content script does not answer', async () => {
    renderPopup(fakeDeps({ status: null, tabStatus: async () => Promise.reject(new Error('no receiver')) }));
    expect(await screen.findByText(/isn’t running on this X page yet. Reload/)).toBeInTheDocument();
  });

  it('pauses and resumes this site from the keyboard, keeping other paused sites', async () => {
    const deps = fakeDeps({ paused: ['linkedin'] });
    const user = renderPopup(deps);
    const toggle = await screen.findByRole('switch', { name: 'Pause checking on X' });
    expect(toggle).not.toBeChecked();

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(deps.setPausedSites).toHaveBeenLastCalledWith(['linkedin', 'x']);
    expect(await screen.findByText(/Paused on X/)).toBeInTheDocument();
    expect(toggle).toBeChecked();
    expect(deps.tabStatus).toHaveBeenCalledTimes(2); // re-read after the change

    await user.keyboard(' ');
    expect(deps.setPausedSites).toHaveBeenLastCalledWith(['linkedin']);
    expect(await screen.findByText('Watching 2 composers on X.')).toBeInTheDocument();
  });

  it('reports a pause that could not be saved', async () => {
    const user = renderPopup(fakeDeps({ setPausedSites: async () => Promise.reject(new Error('quota')) }));
    await user.click(await screen.findByRole('switch', { name: 'Pause checking on X' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Couldn’t save the change');
    expect(screen.getByRole('switch')).not.toBeChecked();
  });

  it('offers no pause where the organisation forbids it', async () => {
    renderPopup(fakeDeps({ pauseAllowed: async () => false }));
    expect(await screen.findByText('Your organisation doesn’t allow pausing Clearpost.')).toBeInTheDocument();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('opens the admin console from the keyboard', async () => {
    const deps = fakeDeps();
    const user = renderPopup(deps);
    const link = await screen.findByRole('link', { name: 'Open the admin console' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(deps.openAdminConsole).toHaveBeenCalledTimes(1);
  });

  it('quick check on any page: the same cards and fixes, then the fixed text copied; the page status stays', async () => {
    const deps = fakeDeps({ url: 'https://mail.example.org/compose' });
    const user = renderPopup(deps);
    expect(await screen.findByText(/checks drafts on X, Facebook and LinkedIn/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('Paste a draft written anywhere'));
    await user.paste('We guarantee a painless recovery');
    const results = screen.getByTestId('quick-results');
    expect(within(results).getByText('This would be held back: fix the errors first.')).toBeInTheDocument();
    expect(results.querySelector('[data-clearpost-rule="tone/guarantee"]')).toHaveAttribute('data-clearpost-severity', 'error');
    expect(results.querySelector('[data-clearpost-rule="tone/painless"]')).toHaveAttribute('data-clearpost-severity', 'warning');

    await user.click(within(results).getByRole('button', { name: /Replace with “comfortable”/ }));
    expect(screen.getByLabelText('Paste a draft written anywhere')).toHaveValue('We guarantee a comfortable recovery');
    expect(results.querySelector('[data-clearpost-rule="tone/painless"]')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(deps.copyText).toHaveBeenCalledWith('We guarantee a comfortable recovery');
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
    expect(screen.getByText(/checks drafts on X, Facebook and LinkedIn/)).toBeInTheDocument();
  });

  it('quick check on a supported site: platform preset to the tab\'s site, its status unchanged', async () => {
    const user = renderPopup(fakeDeps({ url: 'https://www.linkedin.com/feed/', status: status({ platform: 'linkedin' }) }));
    expect(await screen.findByText('Watching 2 composers on LinkedIn.')).toBeInTheDocument();
    expect(screen.getByLabelText('For')).toHaveValue('linkedin');
    await user.selectOptions(screen.getByLabelText('For'), 'x');
    await user.click(screen.getByLabelText('Paste a draft written anywhere'));
    await user.paste('New clinic #one #two #three');
    expect(screen.getByTestId('quick-results').querySelector('[data-clearpost-rule="hashtags/count"]')).not.toBeNull();
    expect(screen.getByText('Watching 2 composers on LinkedIn.')).toBeInTheDocument();
  });

  it('quick check: a failed copy says what to do instead', async () => {
    const user = renderPopup(fakeDeps({ copyText: async () => Promise.reject(new Error('denied')) }));
    await user.click(await screen.findByLabelText('Paste a draft written anywhere'));
    await user.paste('Hello');
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(screen.getByRole('status')).toHaveTextContent('Couldn’t copy: select the text and copy it by hand.');
  });
});
