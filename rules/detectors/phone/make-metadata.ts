// Regenerates uk-us-metadata.json: libphonenumber-js's "min" metadata cut down to the +1 (US, Canada)
// and +44 (UK and Crown Dependencies) regions. The full metadata would add ~85 KB to the content
// script, whose whole budget is 350 KB; we only validate UK and North American numbers.
// Run after upgrading libphonenumber-js: npx tsx rules/detectors/phone/make-metadata.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const KEEP: Record<string, string[]> = { '1': ['US', 'CA'], '44': ['GB', 'GG', 'IM', 'JE'] };

const require = createRequire(import.meta.url);
const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'));
const countries = Object.fromEntries(Object.values(KEEP).flat().map((code) => [code, full.countries[code]]));
const trimmed = { version: full.version, country_calling_codes: KEEP, countries, nonGeographic: {} };
writeFileSync(new URL('./uk-us-metadata.json', import.meta.url), JSON.stringify(trimmed) + '\n');
