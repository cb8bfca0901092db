import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerPhotoReader } from '../offscreen/ensure';
import type { Checker } from '../../rules/types';
import { reasonProblem } from '../shared/reason-check';
import { createAuditLog, extensionAuditStorage, registerAuditHandler } from './audit';
import { watchAuditedSettings, type SettingsAuditApis } from './settings-audit';
import { isContentScript, isExtensionPage, selfFrom } from './senders';
import { publishEffectiveRuleset } from './effective-publisher';
import type { PublisherApis } from './effective-publisher';
import { registerReinjection, type ReinjectApis } from './reinject';
import { startRulesetService } from './ruleset-service';
import type { BackgroundApis } from './ruleset-service';

export default defineBackground(() => {
  startRulesetService(browser as unknown as BackgroundApis, (url, init) => fetch(url, init));
  const self = selfFrom(browser.runtime);
  let checker: Checker | null = null;
  const log = createAuditLog(extensionAuditStorage());
  registerAuditHandler({
    log,
    trusted: (sender) => isContentScript(sender, self) || isExtensionPage(sender, self),
    reasonProblem: (reason, platform) => reasonProblem(checker, reason, platform),
  });
  publishEffectiveRuleset(browser as unknown as PublisherApis, {
    onEffective: (effective) => (checker = effective.checker),
    onRulesetChanged: (identity) => void log.append({ at: new Date().toISOString(), ruleIds: [], action: 'ruleset-changed', detail: identity }),
  });
  watchAuditedSettings(browser as unknown as SettingsAuditApis, log);
  registerReinjection(browser as unknown as ReinjectApis);
  registerPhotoReader(); // issue 11: the offscreen photo reader
});
