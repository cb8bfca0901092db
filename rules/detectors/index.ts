import type { Detector } from './types';

/** Every built-in detector, by the id rules use in `detector:`. */
export const DETECTORS: Record<string, Detector> = {};
