// Renders the admin console against wxt's fake browser with the real background service behind it,
// so component tests exercise the same validation and storage as the extension.

import { render } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserAdminApi } from '../../../components/options/admin-api';
import type { AdminApi } from '../../../components/options/admin-api';
import { createAdminStore } from '../../../components/options/admin-store';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { startRulesetService } from '../../../entrypoints/background/ruleset-service';
import type { BackgroundApis } from '../../../entrypoints/background/ruleset-service';
import type { FetchLike } from '../../../entrypoints/background/url-source';

const noNetwork: FetchLike = async () => {
  throw new Error('no network in component tests');
};

export async function renderConsole(options: { managed?: Record<string, unknown>; local?: Record<string, unknown>; api?: Partial<AdminApi>; fetch?: FetchLike } = {}) {
  if (options.managed) await fakeBrowser.storage.managed.set(options.managed);
  if (options.local) await fakeBrowser.storage.local.set(options.local);
  const service = startRulesetService(fakeBrowser as unknown as BackgroundApis, options.fetch ?? noNetwork);
  await service.ready;
  const api: AdminApi = { ...createBrowserAdminApi(), send: (message) => service.handle(message), requestHostAccess: async () => true, ...options.api };
  const store = createAdminStore(api);
  const view = render(<OptionsApp store={store} />);
  return { ...view, store, service };
}
