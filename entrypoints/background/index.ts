import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerAuditHandler } from './audit';
import { publishEffectiveRuleset } from './effective-publisher';
import type { PublisherApis } from './effective-publisher';
import { registerReinjection, type ReinjectApis } from './reinject';
import { startRulesetService } from './ruleset-service';
import type { BackgroundApis } from './ruleset-service';

export default defineBackground(() => {
  startRulesetService(browser as unknown as BackgroundApis, (url, init) => fetch(url, init));
  registerAuditHandler();
  publishEffectiveRuleset(browser as unknown as PublisherApis);
  registerReinjection(browser as unknown as ReinjectApis);
});
