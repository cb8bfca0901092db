import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import { metaBusinessSuiteAdapter } from './meta-business-suite';
import type { PlatformAdapter } from './types';
import { xAdapter } from './x';
import { xProAdapter } from './x-pro';

// Specific hosts first: facebookAdapter matches every *.facebook.com host.
export const PLATFORM_ADAPTERS: readonly PlatformAdapter[] = [
  xProAdapter,
  metaBusinessSuiteAdapter,
  xAdapter,
  facebookAdapter,
  linkedinAdapter,
];

export const adapterForUrl = (url: URL) => PLATFORM_ADAPTERS.find((a) => a.matches(url));
