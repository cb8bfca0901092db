import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerPhotoReader } from '../offscreen/ensure';
import { gateBuiltInPatterns } from '../../rules/text/regex-gate';
import type { Checker } from '../../rules/types';
import { reasonProblem } from '../shared/reason-check';
import { createAuditLog, extensionAuditStorage, registerAuditHandler } from './audit';
import { registerCheckHandler } from './check-service';
import { serveContentState, type ContentStateApis } from './content-state';
import { watchAuditedSettings, type SettingsAuditApis } from './settings-audit';
import { registerSettingsHandler } from './settings-messages';
import { isContentScript, isExtensionPage, selfFrom, type Sender } from './senders';
import { ownStorage, type LockableArea } from './owned-storage';
import { publishEffectiveRuleset } from './effective-publisher';
import type { PublisherApis } from './effective-publisher';
import { fetchWithRedirectHops, type RedirectEvents } from './redirect-hops';
import { registerReinjection, type ReinjectApis } from './reinject';
import { startRulesetService } from './ruleset-service';
import type { BackgroundApis } from './ruleset-service';

export default defineBackground(() => {
  const now = () => new Date().toISOString();
  // Every write below goes through the owned area: the background is the only writer of its keys.
  const owned = ownStorage(browser.storage as unknown as Parameters<typeof ownStorage>[0], (keys) =>
    void log.append({ at: now(), ruleIds: [], action: 'storage-restored', detail: keys.join(' ') }),
  );
  const storage = { local: owned.area as LockableArea, managed: browser.storage.managed, onChanged: browser.storage.onChanged };
  const apis = { storage, alarms: browser.alarms, runtime: browser.runtime, tabs: browser.tabs };
  const log = createAuditLog(extensionAuditStorage(owned.area));

  const fetchRuleset = fetchWithRedirectHops((url, init) => fetch(url, init), browser.webRequest.onBeforeRedirect as unknown as RedirectEvents);
  startRulesetService(apis as unknown as BackgroundApis, fetchRuleset);
  const self = selfFrom(browser.runtime);
  const fromExtensionPage = (sender: Sender) => isExtensionPage(sender, self);
  const fromOurContexts = (sender: Sender) => isContentScript(sender, self) || fromExtensionPage(sender);
  let checker: Checker | null = null;
  registerAuditHandler({
    log,
    trusted: fromOurContexts,
    reasonProblem: (reason, platform) => reasonProblem(checker, reason, platform),
  });
  const publisher = publishEffectiveRuleset(apis as unknown as PublisherApis, {
    onEffective: (effective) => (checker = effective.checker),
    onRulesetChanged: (identity) => void log.append({ at: now(), ruleIds: [], action: 'ruleset-changed', detail: identity }),
  });
  serveContentState(apis as unknown as ContentStateApis, { published: publisher.published, trusted: fromOurContexts });
  // The background checks long drafts off the page's thread: reading new patterns' literals during one of its checks holds up no page.
  gateBuiltInPatterns();
  registerCheckHandler(browser.runtime as unknown as Parameters<typeof registerCheckHandler>[0], {
    checker: () => publisher.published().then(() => checker),
    trusted: fromOurContexts,
  });
  registerSettingsHandler(browser.runtime as unknown as Parameters<typeof registerSettingsHandler>[0], owned.area, fromExtensionPage);
  watchAuditedSettings(apis as unknown as SettingsAuditApis, log);
  registerReinjection(browser as unknown as ReinjectApis);
  registerPhotoReader(); // issue 11: the offscreen photo reader
});
