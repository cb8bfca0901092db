import type { Platform } from '../rules/types';

/** How each platform is named in the UI. */
export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
