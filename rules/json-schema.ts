// The JSON Schema admins' editors use (public/ruleset.schema.json), generated from the Zod schema.
// Kept out of rules/index.ts so the generator is not bundled into the extension's content script.

import * as z from 'zod';
import { rulesetSchema } from './schema';

export function rulesetJsonSchema(): unknown {
  return z.toJSONSchema(rulesetSchema, { io: 'input', unrepresentable: 'any' });
}
