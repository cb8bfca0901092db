import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostPattern } from '../../../components/options/admin-api';
import { STORAGE_KEYS } from '../../../entrypoints/shared/protocol';
import { fakeServer } from '../../unit/background/fake-server';
import { FAILING_EXAMPLE, RIVERSIDE } from '../../unit/background/rulesets';
import { renderConsole } from './console-harness';

const URL_ = 'https://rules.example/riverside.yaml';
let stop: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => stop?.());

async function chooseSource(user: ReturnType<typeof userEvent.setup>, name: 'File' | 'URL' | 'Paste') {
  await screen.findByTestId('active-ruleset');
  await user.click(screen.getByRole('radio', { name }));
}

describe('loading sources', () => {
  it('file: loads the chosen file and names it as the source', async () => {
    const user = userEvent.setup();
    stop = (await renderConsole()).store.stop;
    await chooseSource(user, 'File');
    await user.upload(screen.getByLabelText('Ruleset file (YAML or JSON)'), new File([RIVERSIDE], 'riverside.yaml', { type: 'text/yaml' }));
    await waitFor(() => expect(screen.getByText('File: riverside.yaml')).toBeInTheDocument());
    expect(screen.getByTestId('ruleset-name')).toHaveTextContent('Riverside Hospital social media policy');
  });

  it('file: a ruleset whose examples fail is refused, with the example named', async () => {
    const user = userEvent.setup();
    stop = (await renderConsole()).store.stop;
    await chooseSource(user, 'File');
    await user.upload(screen.getByLabelText('Ruleset file (YAML or JSON)'), new File([FAILING_EXAMPLE], 'wrong.yaml'));
    const errors = await screen.findByTestId('ruleset-errors');
    expect(within(errors).getByRole('alert')).toHaveTextContent('1 problem in file wrong.yaml.');
    expect(errors).toHaveTextContent('brand/name: example should be flagged but was not: "Thanks from Riverside Hospital!"');
    expect(within(errors).getByTestId('error-excerpt')).toHaveTextContent('examples: { flag: ["Thanks from Riverside Hospital!"] }');
    expect(screen.getByText('Built-in healthcare default')).toBeInTheDocument();
  });

  it('URL: asks for access to that origin only, fetches through the background, and shows the refresh status', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    const server = fakeServer({ status: 200, body: RIVERSIDE, headers: { ETag: '"v1"' } });
    stop = (
      await renderConsole({
        fetch: server.fetch,
        api: {
          requestHostAccess: async (url) => {
            asked.push(hostPattern(url));
            return true;
          },
        },
      })
    ).store.stop;
    await chooseSource(user, 'URL');
    await user.type(screen.getByLabelText('Ruleset URL (https)'), URL_);
    await user.clear(screen.getByLabelText('Refresh every (minutes)'));
    await user.type(screen.getByLabelText('Refresh every (minutes)'), '30');
    await user.click(screen.getByRole('button', { name: 'Load from URL' }));

    await waitFor(() => expect(screen.getByText(`URL: ${URL_}`)).toBeInTheDocument());
    expect(asked).toEqual(['https://rules.example/*']);
    expect(server.requests.map((r) => r.url)).toEqual([URL_]);
    expect(screen.getByTestId('refresh-status')).toHaveTextContent('checked every 30 minutes');
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.ruleset))[STORAGE_KEYS.ruleset]).toMatchObject({ etag: '"v1"', refreshMinutes: 30 });
  });

  /** Loads URL_ from a server whose redirects take `hops` (the last one answering with the ruleset). */
  async function loadThroughRedirects(hops: string[]) {
    const user = userEvent.setup();
    const server = fakeServer({ status: 200, body: RIVERSIDE, finalUrl: hops.at(-1), redirects: hops });
    stop = (await renderConsole({ fetch: server.fetch, api: { requestHostAccess: async () => true } })).store.stop;
    await chooseSource(user, 'URL');
    await user.type(screen.getByLabelText('Ruleset URL (https)'), URL_);
    await user.click(screen.getByRole('button', { name: 'Load from URL' }));
  }

  it('URL: lists each redirect hop, which the admin did not type, the last one marked as the source', async () => {
    const hops = ['https://rules.example/latest', 'https://cdn.rules.example/v7/riverside.yaml'];
    await loadThroughRedirects(hops);
    const list = await screen.findByRole('list', { name: /the server redirected this address/i });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([hops[0], `${hops[1]} (the ruleset came from here)`]);
  });

  it('URL: refuses a redirect through an http hop, naming it, and keeps the active ruleset', async () => {
    await loadThroughRedirects(['http://rules.example/riverside.yaml', 'https://rules.example/riverside.yaml']);
    expect(await screen.findByText(/redirected to a non-https address \(http:\/\/rules\.example\/riverside\.yaml\)/)).toBeVisible();
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.ruleset))[STORAGE_KEYS.ruleset]).toBeUndefined();
    expect(screen.queryByTestId('refresh-redirects')).toBeNull();
  });

  it('URL: refuses without fetching when the admin does not grant access', async () => {
    const user = userEvent.setup();
    const server = fakeServer();
    stop = (await renderConsole({ fetch: server.fetch, api: { requestHostAccess: async () => false } })).store.stop;
    await chooseSource(user, 'URL');
    await user.type(screen.getByLabelText('Ruleset URL (https)'), URL_);
    await user.click(screen.getByRole('button', { name: 'Load from URL' }));
    const errors = await screen.findByTestId('ruleset-errors');
    expect(errors).toHaveTextContent('access to https://rules.example was not granted');
    expect(server.requests).toHaveLength(0);
  });

  it('URL: a failed fetch is refused and the active ruleset stays', async () => {
    const user = userEvent.setup();
    stop = (await renderConsole({ fetch: fakeServer({ status: 404 }).fetch })).store.stop;
    await chooseSource(user, 'URL');
    await user.type(screen.getByLabelText('Ruleset URL (https)'), URL_);
    await user.click(screen.getByRole('button', { name: 'Load from URL' }));
    expect(await screen.findByTestId('ruleset-errors')).toHaveTextContent(`HTTP 404 from ${URL_}`);
    expect(screen.getByText('Built-in healthcare default')).toBeInTheDocument();
  });

  it('refresh now: fetches with the stored validators and clears a past failure', async () => {
    const user = userEvent.setup();
    const server = fakeServer({ status: 200, body: RIVERSIDE, headers: { ETag: '"v1"' } }, { status: 500 }, { status: 304 });
    stop = (await renderConsole({ fetch: server.fetch })).store.stop;
    await chooseSource(user, 'URL');
    await user.type(screen.getByLabelText('Ruleset URL (https)'), URL_);
    await user.click(screen.getByRole('button', { name: 'Load from URL' }));
    await user.click(await screen.findByRole('button', { name: 'Refresh now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`HTTP 500 from ${URL_}`);
    await user.click(screen.getByRole('button', { name: 'Refresh now' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(server.requests.map((r) => r.headers['If-None-Match'])).toEqual([undefined, '"v1"', '"v1"']);
  });

  it('remove: goes back to the built-in default', async () => {
    const user = userEvent.setup();
    stop = (await renderConsole()).store.stop;
    await chooseSource(user, 'Paste');
    await user.click(screen.getByLabelText('Ruleset text (YAML or JSON)'));
    await user.paste(RIVERSIDE);
    await user.click(screen.getByRole('button', { name: 'Load pasted ruleset' }));
    await user.click(await screen.findByRole('button', { name: 'Remove loaded ruleset' }));
    expect(await screen.findByText('Built-in healthcare default')).toBeInTheDocument();
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.ruleset))[STORAGE_KEYS.ruleset]).toBeUndefined();
  });
});
