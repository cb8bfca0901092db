import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import type { PlatformAdapter } from './types';
import { xAdapter } from './x';

export const PLATFORM_ADAPTERS: readonly PlatformAdapter[] = [xAdapter, facebookAdapter, linkedinAdapter];

export const adapterForUrl = (url: URL) => PLATFORM_ADAPTERS.find((a) => a.matches(url));
