import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rulesetJsonSchema } from '../../../rules/json-schema';

describe('public/ruleset.schema.json', () => {
  it('is the JSON Schema generated from the Zod schema (regenerate: npm run --silent clearpost -- schema > public/ruleset.schema.json)', () => {
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../../public/ruleset.schema.json'), 'utf8'));
    expect(committed).toEqual(rulesetJsonSchema());
  });

  it('lists every rule kind and the https-only link format for editors', () => {
    const text = JSON.stringify(rulesetJsonSchema());
    for (const kind of ['terms', 'substitution', 'pattern', 'hashtags', 'length', 'detector', 'claim']) expect(text).toContain(`"const":"${kind}"`);
    expect(text).toContain('^https');
  });
});
