// Names of the embedded packs, kept apart from the YAML registry so the schema can list them
// without pulling the pack texts in.
export const PACK_NAMES = [
  'privacy-us',
  'privacy-uk',
  'claims',
  'brand',
  'hashtags',
  'platform',
  'crisis',
  'healthcare',
  'healthcare-us',
  'healthcare-uk',
] as const;
export type PackName = (typeof PACK_NAMES)[number];
