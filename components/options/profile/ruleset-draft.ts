// The organisation profile and rule tuning as form values, read from and written back into the
// admin's ruleset text. Writing edits only the YAML nodes whose value changed, so everything else
// in the file (other rules, comments, key order, fields the form does not know) stays as it was.

import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { PLATFORMS } from '../../../rules/types';
import type { Platform } from '../../../rules/types';
import type { RuleTuning } from '../../../rules/schema';

export type Jurisdiction = 'uk' | 'us' | 'both';
export type StaffEntry = { name: string; role?: string; unit?: string };
export type HashtagPolicy = { required: string[]; approved: string[]; banned: string[] };

export type Profile = {
  rulesetName: string;
  names: string[];
  /** Misspellings and old names writers must not use; each is replaced by the first name. */
  bannedVariants: string[];
  jurisdiction?: Jurisdiction;
  phones: string[];
  emails: string[];
  domains: string[];
  addresses: string[];
  units: string[];
  staff: StaffEntry[];
  hashtags: Record<Platform, HashtagPolicy>;
};

/** Ids of the rules the form owns: found by id when reading, created or removed when writing. */
export const BRAND_RULE_ID = 'brand/org-name';
export const hashtagRuleId = (platform: Platform) => `hashtags/campaign-${platform}`;

/** The umbrella pack for each jurisdiction; choosing one replaces the others in `extends`. */
export const JURISDICTION_PACKS: Record<Jurisdiction, string> = { uk: 'healthcare-uk', us: 'healthcare-us', both: 'healthcare' };

export type DraftRead = { ok: true; profile: Profile; tune: Record<string, RuleTuning> } | { ok: false; error: string };

type Plain = Record<string, unknown>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const record = (value: unknown): Plain => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Plain) : {});
const isEmail = (contact: string) => contact.includes('@');

function parse(text: string): { ok: true; doc: Document; data: Plain } | { ok: false; error: string } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, error: `not valid YAML or JSON: ${doc.errors[0]!.message.split('\n')[0]}` };
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'expected a ruleset: a mapping with at least "name"' };
  return { ok: true, doc, data: data as Plain };
}

function rulesOf(data: Plain): Plain[] {
  return Array.isArray(data.rules) ? data.rules.map(record) : [];
}

function staffEntry(value: unknown): StaffEntry | undefined {
  if (typeof value === 'string') return { name: value };
  const entry = record(value);
  if (typeof entry.name !== 'string') return undefined;
  return {
    name: entry.name,
    ...(typeof entry.role === 'string' && entry.role ? { role: entry.role } : {}),
    ...(typeof entry.unit === 'string' && entry.unit ? { unit: entry.unit } : {}),
  };
}

function jurisdictionOf(org: Plain, extendsList: string[]): Jurisdiction | undefined {
  if (org.jurisdiction === 'uk' || org.jurisdiction === 'us' || org.jurisdiction === 'both') return org.jurisdiction;
  // Rulesets written before the profile existed say it only through their packs.
  return (Object.keys(JURISDICTION_PACKS) as Jurisdiction[]).find((j) => extendsList.includes(JURISDICTION_PACKS[j]));
}

function hashtagPolicy(rule: Plain | undefined): HashtagPolicy {
  const require = record(rule?.require);
  return { required: strings(require.all), approved: strings(rule?.allow), banned: strings(rule?.ban) };
}

function tuneOf(data: Plain): Record<string, RuleTuning> {
  const tune: Record<string, RuleTuning> = {};
  for (const [id, value] of Object.entries(record(data.tune))) {
    const entry = record(value);
    if (typeof entry.severity === 'string' && typeof entry.note === 'string') tune[id] = { severity: entry.severity as RuleTuning['severity'], note: entry.note };
  }
  return tune;
}

export function readDraft(text: string): DraftRead {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const { data } = parsed;
  const org = record(data.org);
  const rules = rulesOf(data);
  const byId = (id: string) => rules.find((rule) => rule.id === id);
  const contacts = strings(org.contacts);
  const profile: Profile = {
    rulesetName: typeof data.name === 'string' ? data.name : '',
    names: strings(org.names),
    bannedVariants: Object.keys(record(byId(BRAND_RULE_ID)?.swap)),
    jurisdiction: jurisdictionOf(org, strings(data.extends)),
    phones: contacts.filter((c) => !isEmail(c)),
    emails: contacts.filter(isEmail),
    domains: strings(org.domains),
    addresses: strings(org.addresses),
    units: strings(org.units),
    staff: (Array.isArray(org.staff) ? org.staff : []).map(staffEntry).filter((s): s is StaffEntry => s !== undefined),
    hashtags: Object.fromEntries(PLATFORMS.map((p) => [p, hashtagPolicy(byId(hashtagRuleId(p)))])) as Record<Platform, HashtagPolicy>,
  };
  return { ok: true, profile, tune: tuneOf(data) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function setList(doc: Document, path: string[], list: readonly unknown[]): void {
  if (list.length === 0) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  const flow = list.every((item) => typeof item === 'string');
  doc.setIn(path, doc.createNode(list, { flow }));
}

function ruleIndex(doc: Document, id: string): number {
  const rules = doc.get('rules', true);
  if (!isSeq(rules)) return -1;
  return rules.items.findIndex((item) => isMap(item) && item.get('id') === id);
}

/** Creates, updates (only the given fields) or removes the rule with this id. */
function upsertRule(doc: Document, id: string, fields: Plain | null, created: () => Plain): void {
  const index = ruleIndex(doc, id);
  if (fields === null) {
    if (index >= 0) doc.deleteIn(['rules', index]);
    return;
  }
  if (index < 0) {
    const rule = { id, ...created(), ...fields };
    if (isSeq(doc.get('rules', true))) doc.addIn(['rules'], doc.createNode(rule));
    else doc.set('rules', doc.createNode([rule]));
    return;
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) doc.deleteIn(['rules', index, key]);
    else doc.setIn(['rules', index, key], doc.createNode(value, { flow: Array.isArray(value) }));
  }
}

function writeBrandRule(doc: Document, profile: Profile): void {
  const canonical = profile.names[0];
  if (!canonical || profile.bannedVariants.length === 0) {
    upsertRule(doc, BRAND_RULE_ID, null, () => ({}));
    return;
  }
  const swap = Object.fromEntries(profile.bannedVariants.map((variant) => [variant, canonical]));
  upsertRule(doc, BRAND_RULE_ID, { swap }, () => ({
    kind: 'substitution',
    category: 'brand',
    severity: 'warning',
    message: 'Write our name as "{suggestion}", not "{match}".',
  }));
}

function writeHashtagRule(doc: Document, platform: Platform, policy: HashtagPolicy): void {
  const id = hashtagRuleId(platform);
  if (policy.required.length + policy.approved.length + policy.banned.length === 0) {
    upsertRule(doc, id, null, () => ({}));
    return;
  }
  const fields = {
    require: policy.required.length > 0 ? { all: policy.required } : undefined,
    allow: policy.approved.length > 0 ? policy.approved : undefined,
    ban: policy.banned.length > 0 ? policy.banned : undefined,
  };
  upsertRule(doc, id, fields, () => ({ kind: 'hashtags', category: 'hashtags', severity: 'warning', platforms: [platform] }));
}

function writeJurisdiction(doc: Document, data: Plain, jurisdiction: Jurisdiction | undefined): void {
  if (!jurisdiction) {
    if (doc.hasIn(['org', 'jurisdiction'])) doc.deleteIn(['org', 'jurisdiction']);
    return;
  }
  doc.setIn(['org', 'jurisdiction'], jurisdiction);
  const umbrellas = new Set(Object.values(JURISDICTION_PACKS));
  const others = strings(data.extends).filter((pack) => !umbrellas.has(pack));
  setList(doc, ['extends'], [JURISDICTION_PACKS[jurisdiction], ...others]);
}

function staffNode(entry: StaffEntry): StaffEntry | string {
  return entry.role || entry.unit ? entry : entry.name;
}

/**
 * The ruleset text with the profile written in. Fields equal to what the text already says are
 * not touched, so writing back an unchanged profile returns the text as it was.
 */
export function writeProfile(text: string, profile: Profile): string {
  const parsed = parse(text);
  if (!parsed.ok) return text;
  const { doc, data } = parsed;
  const read = readDraft(text);
  if (!read.ok) return text;
  const before = read.profile;
  let changed = false;
  const when = (key: keyof Profile, write: () => void) => {
    if (same(before[key], profile[key])) return;
    write();
    changed = true;
  };
  when('rulesetName', () => doc.set('name', profile.rulesetName));
  when('names', () => {
    setList(doc, ['org', 'names'], profile.names);
    writeBrandRule(doc, profile);
  });
  when('bannedVariants', () => writeBrandRule(doc, profile));
  when('jurisdiction', () => writeJurisdiction(doc, data, profile.jurisdiction));
  const contactsChanged = !same(before.phones, profile.phones) || !same(before.emails, profile.emails);
  if (contactsChanged) {
    setList(doc, ['org', 'contacts'], [...profile.phones, ...profile.emails]);
    changed = true;
  }
  when('domains', () => setList(doc, ['org', 'domains'], profile.domains));
  when('addresses', () => setList(doc, ['org', 'addresses'], profile.addresses));
  when('units', () => setList(doc, ['org', 'units'], profile.units));
  when('staff', () => setList(doc, ['org', 'staff'], profile.staff.map(staffNode)));
  when('hashtags', () => {
    for (const platform of PLATFORMS) {
      if (!same(before.hashtags[platform], profile.hashtags[platform])) writeHashtagRule(doc, platform, profile.hashtags[platform]);
    }
  });
  return changed ? doc.toString({ lineWidth: 0 }) : text;
}

/** The text with one rule's tuning set, or removed when `tuning` is undefined. */
export function writeTuning(text: string, ruleId: string, tuning: RuleTuning | undefined): string {
  const parsed = parse(text);
  if (!parsed.ok) return text;
  const { doc, data } = parsed;
  const current = tuneOf(data)[ruleId];
  if (same(current, tuning)) return text;
  if (tuning) doc.setIn(['tune', ruleId], doc.createNode(tuning, { flow: true }));
  else {
    doc.deleteIn(['tune', ruleId]);
    if (Object.keys(record(data.tune)).length <= 1) doc.delete('tune');
  }
  return doc.toString({ lineWidth: 0 });
}
