// A ruleset's photo settings with the defaults filled in (rulesets written before photos have none).

import { imagesSchema, type ImageSettings, type Ruleset } from '../schema';

export const DEFAULT_IMAGE_SETTINGS: ImageSettings = imagesSchema.parse({});

export function imageSettings(ruleset: Pick<Ruleset, 'images'>): ImageSettings {
  return { ...DEFAULT_IMAGE_SETTINGS, ...ruleset.images };
}
