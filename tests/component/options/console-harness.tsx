// Renders the admin console against wxt's fake browser with the real background service behind it,
// so component tests exercise the same validation and storage as the extension.

import { act, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserAdminApi } from '../../../components/options/admin-api';
import type { AdminApi } from '../../../components/options/admin-api';
import { createAdminStore } from '../../../components/options/admin-store';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { SectionId } from '../../../components/options/OptionsApp';
import { startRulesetService } from '../../../entrypoints/background/ruleset-service';
import type { BackgroundApis } from '../../../entrypoints/background/ruleset-service';
import type { FetchLike } from '../../../entrypoints/background/url-source';
import { writeDisabledRules } from '../../../entrypoints/shared/stored-state';

const noNetwork: FetchLike = async () => {
  throw new Error('no network in component tests');
};

/** Opens a console section through its navigation link, as an admin would. */
export function goTo(label: string): void {
  act(() => {
    fireEvent.click(screen.getByRole('link', { name: label }));
  });
}

export async function renderConsole(
  options: { managed?: Record<string, unknown>; local?: Record<string, unknown>; api?: Partial<AdminApi>; fetch?: FetchLike; section?: SectionId } = {},
) {
  // Most panels these tests drive (active ruleset, loading) live in Deployment.
  window.history.replaceState(null, '', `#${options.section ?? 'deployment'}`);
  if (options.managed) await fakeBrowser.storage.managed.set(options.managed);
  if (options.local) await fakeBrowser.storage.local.set(options.local);
  const service = startRulesetService(fakeBrowser as unknown as BackgroundApis, options.fetch ?? noNetwork);
  await service.ready;
  const api: AdminApi = {
    ...createBrowserAdminApi(),
    send: (message) => service.handle(message),
    // What the background does for the console's rule switches (settings-messages.ts; unit-tested there).
    setDisabledRules: (ruleIds) => writeDisabledRules(fakeBrowser.storage.local, ruleIds),
    requestHostAccess: async () => true,
    ...options.api,
  };
  const store = createAdminStore(api);
  const view = render(<OptionsApp store={store} />);
  return { ...view, store, service };
}
