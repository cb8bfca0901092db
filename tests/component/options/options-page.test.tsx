import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AdminReply } from '../../../entrypoints/shared/protocol';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { INVALID_SEVERITY, RIVERSIDE } from '../../unit/background/rulesets';
import { goTo, renderConsole } from './console-harness';

let cleanupStore: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanupStore?.());

async function open(options: Parameters<typeof renderConsole>[0] = {}) {
  const view = await renderConsole(options);
  cleanupStore = view.store.stop;
  return view;
}

async function pasteRuleset(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('Ruleset text (YAML or JSON)'));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Load pasted ruleset' }));
}

/** Opens the console and loads the Riverside ruleset through the paste form. */
async function openWithRiverside(text = RIVERSIDE) {
  const user = userEvent.setup();
  await open();
  await screen.findByTestId('active-ruleset');
  await pasteRuleset(user, text);
  await waitFor(() => expect(screen.getByTestId('ruleset-name')).toHaveTextContent('Riverside Hospital social media policy'));
  return user;
}

function activePanel() {
  return within(screen.getByTestId('active-ruleset'));
}

// The Rules section runs every example of the default packs (a few hundred) in jsdom: slow on a loaded machine.
describe('admin console', { timeout: 20_000 }, () => {
  it('loading: says so until the first snapshot arrives', async () => {
    await open({ api: { watch: () => () => undefined } });
    expect(screen.getByText('Loading the active ruleset…')).toHaveAttribute('role', 'status');
    expect(screen.queryByTestId('active-ruleset')).not.toBeInTheDocument();
  });

  it('empty: shows the built-in default with its rules per category', async () => {
    await open();
    const panel = await screen.findByTestId('active-ruleset');
    expect(within(panel).getByText(/No ruleset has been loaded/)).toBeInTheDocument();
    expect(within(panel).getByText('Built-in healthcare default')).toBeInTheDocument();
    expect(within(panel).getByText(/privacy \d+/)).toBeInTheDocument();
    expect(screen.queryByTestId('policy-notice')).not.toBeInTheDocument();
    goTo('Rules');
    // Whether the packs' own examples pass is the engine's concern; here: they ran and are reported.
    expect(screen.getByTestId('examples-report')).toHaveTextContent(/[1-9]\d* examples from [1-9]\d* rules: /);
  });

  it('loading a ruleset: the form is busy while the background validates', async () => {
    let answer: (reply: AdminReply) => void = () => undefined;
    const user = userEvent.setup();
    await open({ api: { send: () => new Promise<AdminReply>((resolve) => (answer = resolve)) } });
    await screen.findByTestId('active-ruleset');
    await pasteRuleset(user, RIVERSIDE);
    expect(screen.getByTestId('loading')).toHaveTextContent('Checking the ruleset and its examples…');
    expect(screen.getByRole('button', { name: 'Load pasted ruleset' })).toBeDisabled();
    await act(async () => answer({ ok: true, active: null }));
    expect(screen.queryByTestId('loading')).not.toBeInTheDocument();
  });

  it('loaded: shows name, version, source and load time; its examples ran; the test bench finds its rule', async () => {
    const user = await openWithRiverside();
    expect(activePanel().getByText('2026.11.0')).toBeInTheDocument();
    expect(activePanel().getByText('Pasted text')).toBeInTheDocument();
    expect(screen.getByTestId('active-ruleset').querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(activePanel().getByText(/^1 \(brand 1\)$/)).toBeInTheDocument();
    goTo('Rules');
    expect(screen.getByTestId('examples-report')).toHaveTextContent('2 examples from 1 rule: all behave as declared.');

    goTo('Test bench');
    await user.click(screen.getByLabelText('Sample post'));
    await user.paste('Thanks to everyone at Riverside Hosp for a great year');
    const results = screen.getByTestId('bench-results');
    const finding = results.querySelector('[data-clearpost-rule="brand/name"]');
    expect(finding).toHaveAttribute('data-clearpost-severity', 'error');
    expect(finding).toHaveTextContent('Use our full name, "Riverside Hospital".');
    expect(within(results).getByText(/Publishing would be blocked \(override: confirm\)/)).toBeInTheDocument();
    expect(within(results).getByRole('link', { name: /Why this rule/ })).toHaveAttribute('href', 'https://intranet.example/brand');

    // Applying the suggestion fixes the sample, as it would in the composer.
    await user.click(within(results).getByRole('button', { name: /Replace with “Riverside Hospital”/ }));
    expect(screen.getByLabelText('Sample post')).toHaveValue('Thanks to everyone at Riverside Hospital for a great year');
    expect(screen.getByText('Publishing would go ahead.')).toBeInTheDocument();
  });

  it('invalid: lists each error with line:column and the offending line, and keeps the previous ruleset', async () => {
    const user = await openWithRiverside();
    await user.clear(screen.getByLabelText('Ruleset text (YAML or JSON)'));
    await pasteRuleset(user, INVALID_SEVERITY);

    const errors = await screen.findByTestId('ruleset-errors');
    expect(within(errors).getByRole('alert')).toHaveTextContent('1 problem in pasted text. Nothing was changed: the previous ruleset stays active.');
    expect(within(errors).getByText('6:15')).toBeInTheDocument();
    expect(within(errors).getByText('rules[0].severity')).toBeInTheDocument();
    const excerpt = within(errors).getByTestId('error-excerpt');
    expect(excerpt.textContent).toBe(`   6 |     severity: fatal\n${' '.repeat(7)}${' '.repeat(14)}^`);
    expect(screen.getByTestId('ruleset-name')).toHaveTextContent('Riverside Hospital social media policy');
  });

  it('locked by policy: explains it, disables loading and rule switches, and uses the policy ruleset', async () => {
    await open({ managed: { locked: true, rulesetInline: RIVERSIDE, refreshMinutes: 1 } });
    const notice = await screen.findByTestId('policy-notice');
    expect(within(notice).getByRole('heading', { name: 'Managed by your organisation' })).toBeInTheDocument();
    expect(within(notice).getByText(/locked the ruleset/)).toBeInTheDocument();
    expect(within(notice).getByText('refreshMinutes')).toBeInTheDocument();
    await waitFor(() => expect(activePanel().getByText('Organisation policy (inline)')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Load pasted ruleset' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Remove loaded ruleset' })).not.toBeInTheDocument();
    goTo('Rules');
    expect(screen.getByRole('checkbox', { name: 'Enable brand/name' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Tune brand/name' })).toBeDisabled();
  });

  it('refresh failed: shows the error, when it last succeeded, and that the last good ruleset stays', async () => {
    await open({
      local: {
        [STORAGE_KEYS.ruleset]: {
          source: { kind: 'url', url: 'https://rules.example/riverside.yaml' },
          text: RIVERSIDE,
          loadedAt: '2026-11-20T08:00:00.000Z',
          refreshMinutes: 60,
          lastRefreshAt: '2026-11-22T09:00:00.000Z',
          lastRefreshOkAt: '2026-11-21T09:00:00.000Z',
          lastRefreshError: 'HTTP 503 from https://rules.example/riverside.yaml',
        },
      },
    });
    const status = await screen.findByTestId('refresh-status');
    expect(within(status).getByRole('alert')).toHaveTextContent(/The last refresh failed .*: HTTP 503 from https:\/\/rules\.example\/riverside\.yaml\. The last good ruleset stays active\./);
    const times = [...status.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2026-11-22T09:00:00.000Z', '2026-11-21T09:00:00.000Z']);
    expect(status).toHaveTextContent('checked every 60 minutes');
    expect(screen.getByTestId('ruleset-name')).toHaveTextContent('Riverside Hospital social media policy');
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
  });

  it('rule list: search filters, and switching a rule off stops it firing in the test bench', async () => {
    const user = await openWithRiverside();
    goTo('Rules');
    await user.type(screen.getByLabelText('Search rules'), 'nothing-matches-this');
    await waitFor(() => expect(screen.getByText('0 of 1 rules')).toBeInTheDocument());
    await user.clear(screen.getByLabelText('Search rules'));
    await user.type(screen.getByLabelText('Search rules'), 'brand');
    await waitFor(() => expect(screen.getByText('1 of 1 rules')).toBeInTheDocument());

    await user.click(screen.getByRole('checkbox', { name: 'Enable brand/name' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Enable brand/name' })).not.toBeChecked());
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.disabledRules))[STORAGE_KEYS.disabledRules]).toEqual(['brand/name']);
    goTo('Test bench');
    await user.click(screen.getByLabelText('Sample post'));
    await user.paste('Thanks from Riverside Hosp');
    expect(screen.getByTestId('no-findings')).toBeInTheDocument();
  });

  it('renders rule messages as plain text through DOMPurify, never as markup', async () => {
    await openWithRiverside(RIVERSIDE.replace('message: Use our full name, "{suggestion}".', `message: 'Use our name<img src=x onerror="alert(1)"><script>alert(2)</script> please'`));
    goTo('Rules');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    expect(document.querySelector('table.rules tr[data-rule-id="brand/name"]')).toHaveTextContent('Use our name please');
  });
});
