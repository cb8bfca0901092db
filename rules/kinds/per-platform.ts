import type { Platform } from '../types';

/** A limit given either for every platform or per platform; undefined when it doesn't apply. */
export function limitFor(limit: number | Partial<Record<Platform, number>> | undefined, platform: Platform | undefined): number | undefined {
  if (limit === undefined || typeof limit === 'number') return limit;
  return platform === undefined ? undefined : limit[platform];
}
