import { parse } from 'yaml';
import { loadRuleset } from '../../../rules';
import { BRAND_RULE_ID, hashtagRuleId, readDraft, writeProfile, writeTuning } from '../../../components/options/profile/ruleset-draft';
import type { Profile } from '../../../components/options/profile/ruleset-draft';
import { checkList } from '../../../components/options/profile/field-checks';
import { parseStaffCsv, staffToCsv } from '../../../components/options/profile/staff-csv';

// A hand-written ruleset with comments, fields the form does not edit and an unusual key order.
const WRITTEN = `# Riverside's policy: reviewed by comms and IG, November 2026
name: Riverside Hospital social media policy
version: 2026.11.0
description: Keep this in sync with the intranet page.
extends: [healthcare-uk, crisis]   # crisis twice is harmless
org:
  names: [Riverside Hospital]
  staff:
    - Dr Priya Shah
    - { name: Sam Okafor, role: Ward sister, unit: Ward 7 }
  contacts: ["+44 161 555 0100", bookings@riverside.example]
gate: { blockOn: error, override: confirm }
rules:
  - id: brand/name
    kind: substitution
    severity: error
    swap: { Riverside Hosp: Riverside Hospital }
    message: Use our full name, "{suggestion}".
    link: https://intranet.example/brand
    examples: { flag: ["Thanks from Riverside Hosp!"], pass: ["Thanks from Riverside Hospital!"] }
  - id: hashtags/campaign-x
    kind: hashtags
    platforms: [x]
    severity: error     # the campaign tag is compulsory on X
    require: { all: ["#RiversideCares"] }
    message: Add {detail}
disable: [tone/miracle]
`;

function profileOf(text: string): Profile {
  const read = readDraft(text);
  if (!read.ok) throw new Error(read.error);
  return read.profile;
}

describe('ruleset draft: the profile form reads and writes the ruleset format without losing content', () => {
  it('reads the org section and the rules the form owns', () => {
    const profile = profileOf(WRITTEN);
    expect(profile).toMatchObject({
      rulesetName: 'Riverside Hospital social media policy',
      names: ['Riverside Hospital'],
      jurisdiction: 'uk',
      phones: ['+44 161 555 0100'],
      emails: ['bookings@riverside.example'],
      staff: [{ name: 'Dr Priya Shah' }, { name: 'Sam Okafor', role: 'Ward sister', unit: 'Ward 7' }],
    });
    expect(profile.hashtags.x).toEqual({ required: ['#RiversideCares'], approved: [], banned: [] });
    expect(profile.hashtags.facebook).toEqual({ required: [], approved: [], banned: [] });
  });

  it('writing back an unchanged profile returns the text byte for byte', () => {
    expect(writeProfile(WRITTEN, profileOf(WRITTEN))).toBe(WRITTEN);
  });

  it('an edit changes only its own nodes: comments, other rules, order and unknown-to-the-form fields survive', () => {
    const profile = profileOf(WRITTEN);
    const edited = writeProfile(WRITTEN, {
      ...profile,
      phones: [...profile.phones, '0161 555 0199'],
      bannedVariants: ['Riverside Hosp.', 'RSH'],
      hashtags: { ...profile.hashtags, x: { required: ['#RiversideCares', '#FluJab'], approved: [], banned: ['#Hospital'] } },
    });
    expect(edited).toContain("# Riverside's policy: reviewed by comms and IG, November 2026");
    expect(edited).toContain('# the campaign tag is compulsory on X');
    const before = parse(WRITTEN) as Record<string, unknown>;
    const after = parse(edited) as { org: { contacts: string[] }; rules: Record<string, unknown>[] } & Record<string, unknown>;
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const key of ['name', 'version', 'description', 'extends', 'gate', 'disable']) expect(after[key]).toEqual(before[key]);
    expect(after.org.contacts).toEqual(['+44 161 555 0100', '0161 555 0199', 'bookings@riverside.example']);
    expect(after.rules[0]).toEqual((before.rules as unknown[])[0]);
    // The X rule keeps its own severity and message; only its lists changed.
    expect(after.rules[1]).toEqual({
      id: 'hashtags/campaign-x', kind: 'hashtags', platforms: ['x'], severity: 'error',
      require: { all: ['#RiversideCares', '#FluJab'] }, message: 'Add {detail}', ban: ['#Hospital'],
    });
    expect(after.rules[2]).toMatchObject({ id: BRAND_RULE_ID, kind: 'substitution', swap: { 'Riverside Hosp.': 'Riverside Hospital', RSH: 'Riverside Hospital' } });
    // And it still loads, with the edit in force.
    const loaded = loadRuleset(edited);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.checker.check('Ask RSH about #FluJab #RiversideCares', { platform: 'x' }).map((f) => f.ruleId)).toContain(BRAND_RULE_ID);
    expect(profileOf(edited).bannedVariants).toEqual(['Riverside Hosp.', 'RSH']);
  });

  it('emptying a list removes the rule or key it made, and jurisdiction chooses the umbrella pack', () => {
    const profile = profileOf(WRITTEN);
    const text = writeProfile(WRITTEN, { ...profile, jurisdiction: 'both', hashtags: { ...profile.hashtags, x: { required: [], approved: [], banned: [] } } });
    const data = parse(text) as { extends: string[]; org: Record<string, unknown>; rules: { id: string }[] };
    expect(data.extends).toEqual(['healthcare', 'crisis']);
    expect(data.org.jurisdiction).toBe('both');
    expect(data.rules.map((r) => r.id)).toEqual(['brand/name']);
    expect(readDraft(text)).toMatchObject({ ok: true, profile: { jurisdiction: 'both' } });
  });

  it('starting from the default creates the org section and the rules', () => {
    const start = 'name: Clearpost default (healthcare)\nversion: 1\nextends: [healthcare]\n';
    const profile = profileOf(start);
    expect(profile.jurisdiction).toBe('both');
    const text = writeProfile(start, { ...profile, phones: ['+44 161 555 0100'], hashtags: { ...profile.hashtags, x: { required: ['#RiversideCares'], approved: [], banned: [] } } });
    const loaded = loadRuleset(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const ids = loaded.checker.check('Flu clinic open today, call +44 161 555 0100', { platform: 'x' }).map((f) => f.ruleId);
    expect(ids).toContain(hashtagRuleId('x'));
    expect(ids.filter((id) => id.startsWith('privacy/'))).toEqual([]);
  });

  it('tuning is written under tune: and removed again', () => {
    const tuned = writeTuning(WRITTEN, 'tone/guarantee', { severity: 'warning', note: 'Reviewed by legal' });
    expect(readDraft(tuned)).toMatchObject({ ok: true, tune: { 'tone/guarantee': { severity: 'warning', note: 'Reviewed by legal' } } });
    expect(tuned).toContain('# the campaign tag is compulsory on X');
    expect(parse(writeTuning(tuned, 'tone/guarantee', undefined))).toEqual(parse(WRITTEN));
  });

  it('a text that is not YAML is reported, not thrown', () => {
    expect(readDraft('name: [unclosed')).toMatchObject({ ok: false, error: expect.stringContaining('not valid YAML') });
  });
});

describe('staff CSV import', () => {
  it('reads name, role and unit with or without a header, quoted commas included', () => {
    const csv = 'Name,Job title,Ward\r\n"Shah, Priya",Consultant,Cardiology\r\nSam Okafor,,\r\n\r\nLee Chan,Physio\r\n';
    expect(parseStaffCsv(csv)).toEqual({
      entries: [{ name: 'Shah, Priya', role: 'Consultant', unit: 'Cardiology' }, { name: 'Sam Okafor' }, { name: 'Lee Chan', role: 'Physio' }],
      errors: [],
    });
    expect(parseStaffCsv('Dr Priya Shah,Consultant').entries).toEqual([{ name: 'Dr Priya Shah', role: 'Consultant' }]);
  });

  it('reports invalid rows and duplicates by row number and keeps the good rows', () => {
    const csv = ['name,role,unit', 'Dr Priya Shah,Consultant,', ',Nurse,Ward 7', '12345,Porter,', 'dr  priya shah,Consultant,', 'Sam Okafor,Nurse,Ward 7', 'Ann Lee,a,b,c', '"Broken,Nurse'].join('\n');
    const result = parseStaffCsv(csv, [{ name: 'Sam Okafor' }]);
    expect(result.entries).toEqual([{ name: 'Dr Priya Shah', role: 'Consultant' }]);
    expect(result.errors).toEqual([
      { row: 3, message: 'no name' },
      { row: 4, message: '"12345" is not a person\'s name' },
      { row: 5, message: 'duplicate: dr priya shah is also on row 2' },
      { row: 6, message: 'duplicate: Sam Okafor is already in the staff directory' },
      { row: 7, message: '4 columns; expected 3 (name, role, unit; a name with a comma must be in "quotes")' },
      { row: 8, message: 'a quoted field is never closed (missing ")' },
    ]);
  });

  it('without a header, extra columns are an error', () => {
    expect(parseStaffCsv('Ann Lee,a,b,c').errors).toEqual([{ row: 1, message: '4 columns; expected 3 (name, role, unit; a name with a comma must be in "quotes")' }]);
  });

  it('exports what it imports', () => {
    const staff = [{ name: 'Shah, Priya', role: 'Consultant' }, { name: 'Sam "Sammy" Okafor', unit: 'Ward 7' }];
    expect(parseStaffCsv(staffToCsv(staff)).entries).toEqual(staff);
  });
});

describe('list field checks', () => {
  it('flags what is not a phone, email, domain or hashtag, and duplicates, by line', () => {
    expect(checkList(['+44 161 555 0100', '+44 (161) 555-0100', '555', 'call us'], 'phone')).toEqual([
      { line: 2, message: 'duplicate of line 1' },
      { line: 3, message: '"555" has 3 digits; a phone number has 7 to 15' },
      { line: 4, message: '"call us" is not a phone number (digits, spaces, + ( ) - only)' },
    ]);
    expect(checkList(['press@riverside.example', 'press@'], 'email')).toEqual([{ line: 2, message: expect.stringContaining('not an email address') }]);
    expect(checkList(['riverside.example', 'https://riverside.example/'], 'domain')).toEqual([{ line: 2, message: expect.stringContaining('domain only') }]);
    expect(checkList(['#FluJab', 'flujab', '#two words'], 'hashtag')).toEqual([
      { line: 2, message: 'duplicate of line 1' },
      { line: 3, message: expect.stringContaining('not one hashtag') },
    ]);
  });
});
