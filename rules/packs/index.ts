// The embedded packs, by the names rulesets use in `extends:`. Imported as text so the same
// YAML ships in the extension, the CLI and the tests.

import brand from './brand.yaml?raw';
import claims from './claims.yaml?raw';
import crisis from './crisis.yaml?raw';
import hashtags from './hashtags.yaml?raw';
import healthcare from './healthcare.yaml?raw';
import healthcareUk from './healthcare-uk.yaml?raw';
import healthcareUs from './healthcare-us.yaml?raw';
import platform from './platform.yaml?raw';
import privacyUk from './privacy-uk.yaml?raw';
import privacyUs from './privacy-us.yaml?raw';
import type { PackName } from './names';

export { PACK_NAMES, type PackName } from './names';

export const PACKS: Record<PackName, string> = {
  'privacy-us': privacyUs,
  'privacy-uk': privacyUk,
  claims,
  brand,
  hashtags,
  platform,
  crisis,
  healthcare,
  'healthcare-us': healthcareUs,
  'healthcare-uk': healthcareUk,
};

/** The embedded default: everything. */
export const DEFAULT_RULESET_YAML = `name: Clearpost default (healthcare)
version: 1
extends: [healthcare]
`;
