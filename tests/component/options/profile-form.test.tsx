// The organisation profile and rule tuning as an admin uses them: typing, importing a CSV,
// applying, and what the test bench then does. Against the real background service.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { RIVERSIDE } from '../../unit/background/rulesets';
import { goTo, renderConsole } from './console-harness';

let cleanupStore: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanupStore?.());

async function openProfile(options: Parameters<typeof renderConsole>[0] = {}) {
  const view = await renderConsole({ section: 'profile', ...options });
  cleanupStore = view.store.stop;
  if (options.section === undefined || options.section === 'profile') await screen.findByTestId('profile-form');
  else await waitFor(() => expect(view.store.getState().snapshot).not.toBeNull());
  return view;
}

const draftState = () => screen.getByTestId('draft-bar').getAttribute('data-draft-state');

async function storedText(): Promise<string> {
  const stored = (await fakeBrowser.storage.local.get(STORAGE_KEYS.ruleset))[STORAGE_KEYS.ruleset] as { text: string; source: unknown } | undefined;
  return stored?.text ?? '';
}

describe('organisation profile form', { timeout: 30_000 }, () => {
  it('empty: starts from the built-in default with nothing to apply', async () => {
    await openProfile();
    expect(screen.getByLabelText('Ruleset name')).toHaveValue('Clearpost default (healthcare)');
    expect(screen.getByLabelText('Phone numbers')).toHaveValue('');
    expect(screen.getByRole('radio', { name: /Both/ })).toBeChecked();
    expect(screen.getByTestId('staff-empty')).toHaveTextContent('No staff in the directory yet.');
    expect(draftState()).toBe('clean');
    expect(screen.getByRole('button', { name: 'Apply changes' })).toBeDisabled();
  });

  it('validates as the admin types, and applying stores the edited ruleset that the test bench then uses', async () => {
    const user = userEvent.setup();
    const { store } = await openProfile();
    await user.type(screen.getByLabelText('Phone numbers'), '555');
    expect(screen.getByLabelText('Phone numbers')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('field-problems')).toHaveTextContent('Line 1: "555" has 3 digits; a phone number has 7 to 15');
    await waitFor(() => expect(draftState()).toBe('invalid'));
    expect(screen.getByRole('button', { name: 'Apply changes' })).toBeDisabled();

    await user.clear(screen.getByLabelText('Phone numbers'));
    await user.click(screen.getByLabelText('Phone numbers'));
    await user.paste('+44 161 555 0100');
    await user.click(screen.getByLabelText('Required on X'));
    await user.paste('#RiversideCares');
    await user.click(screen.getByRole('radio', { name: /United Kingdom/ }));
    await waitFor(() => expect(draftState()).toBe('valid'));
    await user.click(screen.getByRole('button', { name: 'Apply changes' }));
    await waitFor(() => expect(draftState()).toBe('clean'));

    const saved = parse(await storedText()) as { extends: string[]; org: Record<string, unknown>; rules: { id: string }[] };
    expect(saved.extends).toEqual(['healthcare-uk']);
    expect(saved.org).toEqual({ contacts: ['+44 161 555 0100'], jurisdiction: 'uk' });
    expect(saved.rules.map((r) => r.id)).toEqual(['hashtags/campaign-x']);
    expect(store.getState().snapshot?.effective.source).toEqual({ kind: 'console' });

    goTo('Test bench');
    await user.click(screen.getByLabelText('Sample post'));
    await user.paste('Flu clinic open today: call +44 161 555 0100');
    const results = screen.getByTestId('bench-results');
    expect(results.querySelector('[data-clearpost-rule="hashtags/campaign-x"]')).not.toBeNull();
    expect(results.querySelector('[data-clearpost-rule^="privacy/"]')).toBeNull();
  });

  it('invalid CSV row and duplicate: each reported by row, the good rows imported', async () => {
    const user = userEvent.setup();
    await openProfile();
    await user.click(screen.getByLabelText('Or paste CSV rows'));
    await user.paste('name,role,unit\nDr Priya Shah,Consultant cardiologist,Cardiology\n,Nurse,Ward 7\nSam Okafor,Ward sister,Ward 7\nDR PRIYA SHAH,Consultant,\n');
    await user.click(screen.getByRole('button', { name: 'Import rows' }));

    const outcome = screen.getByTestId('staff-import');
    expect(within(outcome).getByRole('status')).toHaveTextContent('Imported 2 people from pasted text; 2 rows skipped:');
    expect(within(outcome).getByTestId('staff-import-errors')).toHaveTextContent('Row 3: no name');
    expect(within(outcome).getByTestId('staff-import-errors')).toHaveTextContent('Row 5: duplicate: DR PRIYA SHAH is also on row 2');
    const table = screen.getByTestId('staff-table');
    expect(within(table).getByRole('rowheader', { name: 'Dr Priya Shah' })).toBeInTheDocument();
    expect(within(table).getByText('2 people in the directory')).toBeInTheDocument();

    // Importing the same person again is a duplicate of the directory, not a second entry.
    await user.click(screen.getByLabelText('Or paste CSV rows'));
    await user.paste('Sam Okafor,Ward sister,Ward 7');
    await user.click(screen.getByRole('button', { name: 'Import rows' }));
    expect(screen.getByTestId('staff-import-errors')).toHaveTextContent('Row 1: duplicate: Sam Okafor is already in the staff directory');
    expect(within(screen.getByTestId('staff-table')).getByText('2 people in the directory')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Sam Okafor' }));
    expect(within(screen.getByTestId('staff-table')).getByText('1 person in the directory')).toBeInTheDocument();
  });

  it('duplicate entries in a list are flagged on the line that repeats', async () => {
    const user = userEvent.setup();
    await openProfile();
    await user.click(screen.getByLabelText('Email addresses'));
    await user.paste('press@riverside.example\nPress@Riverside.example');
    expect(screen.getByTestId('field-problems')).toHaveTextContent('Line 2: duplicate of line 1');
    await waitFor(() => expect(draftState()).toBe('invalid'));
  });

  it('locked by policy: the policy ruleset is shown read-only', async () => {
    await openProfile({ managed: { locked: true, rulesetInline: RIVERSIDE } });
    await waitFor(() => expect(screen.getByLabelText('Ruleset name')).toHaveValue('Riverside Hospital social media policy'));
    expect(screen.getByTestId('profile-locked')).toHaveTextContent('Locked by policy');
    expect(screen.getByLabelText('Phone numbers')).toBeDisabled();
    expect(screen.getByLabelText('Or paste CSV rows')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Apply changes' })).not.toBeInTheDocument();
  });

  it('an existing ruleset is edited in place: its own rules and fields survive applying', async () => {
    const user = userEvent.setup();
    await openProfile();
    goTo('Deployment');
    await user.click(screen.getByLabelText('Ruleset text (YAML or JSON)'));
    await user.paste(RIVERSIDE);
    await user.click(screen.getByRole('button', { name: 'Load pasted ruleset' }));
    await waitFor(() => expect(screen.getByTestId('ruleset-name')).toHaveTextContent('Riverside Hospital social media policy'));
    goTo('Profile');
    await user.type(screen.getByLabelText('Unit and ward names'), 'Rainbow Ward');
    await waitFor(() => expect(draftState()).toBe('valid'));
    await user.click(screen.getByRole('button', { name: 'Apply changes' }));
    await waitFor(() => expect(draftState()).toBe('clean'));
    const before = parse(RIVERSIDE) as Record<string, unknown>;
    const after = parse(await storedText()) as Record<string, unknown> & { org: { units: string[] } };
    expect(after.org.units).toEqual(['Rainbow Ward']);
    expect(after.rules).toEqual(before.rules);
    expect(after.gate).toEqual(before.gate);
  });
});

describe('rule tuning', { timeout: 30_000 }, () => {
  it('needs a note; a warning shows in the diff against the default and on the test bench sample before it is applied', async () => {
    const user = userEvent.setup();
    await openProfile({ section: 'bench' });
    await user.click(screen.getByLabelText('Sample post'));
    await user.paste('We guarantee a painless recovery');
    expect(screen.getByTestId('bench-results').querySelector('[data-clearpost-rule="tone/guarantee"]')).toHaveAttribute('data-clearpost-severity', 'error');

    goTo('Rules');
    await user.type(screen.getByLabelText('Search rules'), 'tone/guarantee');
    await user.click(screen.getByRole('button', { name: 'Tune tone/guarantee' }));
    const form = screen.getByRole('form', { name: 'Tune tone/guarantee' });
    await user.selectOptions(within(form).getByLabelText('Severity'), 'warning');
    await user.click(within(form).getByRole('button', { name: 'Save tuning' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write a note');
    await user.type(within(form).getByLabelText(/Note \(required\)/), 'Legal approved our guarantee wording');
    await user.click(within(form).getByRole('button', { name: 'Save tuning' }));
    expect(screen.queryByRole('form', { name: 'Tune tone/guarantee' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tune tone/guarantee' })).toHaveFocus();

    await waitFor(() => expect(draftState()).toBe('valid'));
    const diff = screen.getByTestId('default-diff');
    expect(within(diff).getByText('1 change from the built-in default')).toBeInTheDocument();
    const row = diff.querySelector('tr[data-rule-id="tone/guarantee"]')!;
    expect(row).toHaveTextContent('errorwarningLegal approved our guarantee wording');
    expect(screen.getByTestId('preview-changes')).toHaveTextContent('tone/guarantee: error → warning');

    goTo('Test bench');
    expect(screen.getByText('Checked with your unsaved changes.', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('bench-results').querySelector('[data-clearpost-rule="tone/guarantee"]')).toHaveAttribute('data-clearpost-severity', 'warning');
    expect(screen.getByTestId('preview-changes')).toHaveTextContent('tone/guarantee: error → warning');
  });
});
