// A ruleset URL that redirects, loaded from the admin console in real Chromium: the background's
// fetch really follows the server's redirects, and the browser's webRequest events (the only place
// an extension sees the hops) name each one, including a middle hop fetch() itself never reports.
// The ruleset server is local (https with a throwaway
// certificate); host-resolver rules send two of the extension's own hosts to it, so no host access
// has to be granted by a prompt. A redirect through plain http is refused, naming the hop, even
// though the chain ends on https.
import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_RULESET } from '../content-ruleset';
import { launch, type Harness } from '../harness';

const START = 'https://x.com/rules/current.yaml';
const LATEST = 'https://x.com/rules/latest.yaml';
const MOVED = 'https://mobile.x.com/rules/v7.yaml';
const INSECURE_START = 'https://x.com/rules/insecure.yaml';
const PLAIN = 'http://rules-plain.example/rules.yaml';

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'clearpost-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=x.com'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** current -> latest -> mobile.x.com (the ruleset); insecure -> plain http -> back to mobile.x.com. */
const REDIRECTS: Record<string, string> = { [START]: LATEST, [LATEST]: MOVED, [INSECURE_START]: PLAIN, [PLAIN]: MOVED };

function rulesServer(scheme: 'http' | 'https') {
  return (req: IncomingMessage, res: ServerResponse) => {
    const to = REDIRECTS[`${scheme}://${req.headers.host}${req.url}`];
    if (to) return res.writeHead(302, { Location: to }).end();
    res.writeHead(200, { 'Content-Type': 'text/yaml' }).end(E2E_RULESET);
  };
}

const tls = createHttpsServer(selfSignedCertificate(), rulesServer('https'));
const plain = createHttpServer(rulesServer('http'));
const portOf = (server: { address(): unknown }) => (server.address() as AddressInfo).port;
let h: Harness;

beforeAll(async () => {
  await Promise.all([tls, plain].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
  const rules = [`MAP x.com 127.0.0.1:${portOf(tls)}`, `MAP mobile.x.com 127.0.0.1:${portOf(tls)}`, `MAP rules-plain.example 127.0.0.1:${portOf(plain)}`];
  h = await launch({ args: ['--ignore-certificate-errors', `--host-resolver-rules=${rules.join(',')}`] });
  // The harness answers x.com with replica pages; the ruleset paths go on to the local server.
  await h.context.route(/^https?:\/\/[^/]+\/rules\//, (route) => route.continue());
});
afterAll(async () => {
  await h?.close();
  tls.close();
  plain.close();
});

async function loadFromUrl(page: Page, url: string) {
  await page.getByRole('radio', { name: 'URL' }).check();
  await page.getByLabel('Ruleset URL (https)').fill(url);
  await page.getByRole('button', { name: 'Load from URL' }).click();
}

test('the admin sees each hop of a redirected ruleset URL; a hop through http is refused and the loaded ruleset stays', async () => {
  const page = await h.openExtensionPage('options.html#deployment');
  await loadFromUrl(page, START);
  const hops = page.getByRole('list', { name: /the server redirected this address/i }).getByRole('listitem');
  await expect.poll(() => hops.allTextContents(), { timeout: 20_000 }).toEqual([LATEST, `${MOVED} (the ruleset came from here)`]);
  await expect.poll(() => page.getByTestId('active-ruleset').textContent()).toContain('Clearpost content e2e');

  await loadFromUrl(page, INSECURE_START);
  await page.getByText(`${INSECURE_START} redirected to a non-https address (${PLAIN})`).waitFor({ timeout: 20_000 });
  expect(await page.getByTestId('active-ruleset').textContent()).toContain(START);
  await page.close();
});
