// A ruleset's photo settings with the defaults filled in (rulesets written before photos have none).
// The defaults are written out rather than parsed from the schema so the content script, which must
// stay small, does not pull in zod; tests/unit/image/settings.test.ts keeps the two equal.

import type { ImageSettings, Ruleset } from '../schema';

export const DEFAULT_IMAGE_SETTINGS: ImageSettings = { text: true, location: 'warning', owner: 'warning', timestamp: 'info', faces: 'warning', timeoutSeconds: 20 };

export function imageSettings(ruleset: Pick<Ruleset, 'images'>): ImageSettings {
  return { ...DEFAULT_IMAGE_SETTINGS, ...ruleset.images };
}
