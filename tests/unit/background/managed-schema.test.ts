import { readFileSync } from 'node:fs';
import { MANAGED_POLICY_KEYS, parseManagedPolicy } from '../../../entrypoints/shared/managed-policy';

type PropertySchema = { type: string; enum?: string[]; pattern?: string; minimum?: number };
const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as {
  type: string;
  properties: Record<string, PropertySchema>;
};

describe('public/managed_schema.json', () => {
  it('follows Chrome\'s rules: a top-level object, no additionalProperties, one type per schema', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    for (const property of Object.values(schema.properties)) expect(['string', 'integer', 'boolean']).toContain(property.type);
  });

  it('declares exactly the keys the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_POLICY_KEYS].sort());
  });

  it('agrees with the extension on what a valid value is', () => {
    const valid = { rulesetUrl: 'https://it.example/r.yaml', rulesetSha256: 'a'.repeat(64), refreshMinutes: 15, gateOverride: 'reason' };
    expect(parseManagedPolicy(valid).ignored).toEqual([]);
    expect(new RegExp(schema.properties.rulesetUrl!.pattern!).test(valid.rulesetUrl)).toBe(true);
    expect(new RegExp(schema.properties.rulesetSha256!.pattern!).test(valid.rulesetSha256)).toBe(true);
    expect(schema.properties.refreshMinutes!.minimum).toBe(15);
    expect(parseManagedPolicy({ refreshMinutes: 14 }).ignored.map((i) => i.key)).toEqual(['refreshMinutes']);
    expect(schema.properties.gateOverride!.enum).toEqual(['none', 'confirm', 'reason']);
  });
});
