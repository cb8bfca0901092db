import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerPhotoReader } from '../offscreen/ensure';
import { registerAuditHandler } from './audit';
import { publishEffectiveRuleset } from './effective-publisher';
import type { PublisherApis } from './effective-publisher';
import { startRulesetService } from './ruleset-service';
import type { BackgroundApis } from './ruleset-service';

export default defineBackground(() => {
  startRulesetService(browser as unknown as BackgroundApis, (url, init) => fetch(url, init));
  registerAuditHandler();
  registerPhotoReader(); // issue 11: the offscreen photo reader
  publishEffectiveRuleset(browser as unknown as PublisherApis);
});
