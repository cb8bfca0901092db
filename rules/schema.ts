// The ruleset format: the contract with organisations' admins. The JSON Schema shipped in
// public/ruleset.schema.json is generated from these definitions (`clearpost schema`), so the
// descriptions here are what admins see as editor hints.

import * as z from 'zod';
import { PLATFORMS, SEVERITIES } from './types';
import { PACK_NAMES } from './packs/names';
import { CLAIM_NAMES } from './claims/names';
import { SCOPE_KINDS } from './scope/types';
import { PLACEHOLDERS, unknownPlaceholders } from './text/placeholders';

export const KIND_NAMES = ['terms', 'substitution', 'pattern', 'hashtags', 'length', 'detector', 'claim'] as const;
export type KindName = (typeof KIND_NAMES)[number];

const platform = z.enum(PLATFORMS);
const severity = z.enum(SEVERITIES);

const nonEmptyText = z.string().trim().min(1, 'expected a non-empty string');

const httpsLink = z
  .string()
  .regex(/^https:\/\//, 'expected an https:// link')
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an https:// link to a web page' }))
  .describe('Reference for the rule (policy page, regulation, ruling). https only.');

const message = z
  .string()
  .min(1, 'expected a non-empty message')
  .superRefine((text, ctx) => {
    const unknown = unknownPlaceholders(text);
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')}; expected one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
      });
    }
  })
  .describe(`Plain text shown to the writer. Placeholders: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);

const exampleText = z.union([
  z.string(),
  z.strictObject({ text: z.string(), platform: platform.optional() }),
]);
export type Example = z.infer<typeof exampleText>;

const examples = z
  .strictObject({
    flag: z.array(exampleText).default([]).describe('Texts this rule must flag.'),
    pass: z.array(exampleText).default([]).describe('Texts this rule must not flag.'),
  })
  .describe('Checked every time the ruleset loads: a ruleset whose examples fail is refused.');

const ruleId = z
  .string()
  .regex(/^[A-Za-z0-9][\w.-]*(\/[\w.-]+)*$/, 'expected an id like "tone/guarantee" (letters, digits, - _ . and /)');

const commonFields = {
  id: ruleId.describe('Unique id, conventionally <category>/<name>. A rule with the id of a pack rule replaces it.'),
  category: nonEmptyText
    .optional()
    .describe('privacy | brand | hashtags | tone | platform | your own. Defaults to the part of the id before "/".'),
  severity: severity.default('warning').describe('error blocks publishing; warning and info inform.'),
  message: message.optional(),
  link: httpsLink.optional(),
  platforms: z.array(platform).min(1).optional().describe('Only check on these platforms (default: all).'),
  lowerOutsideClaims: z
    .boolean()
    .default(false)
    .describe('Lower every hit one step when the claim-context model reads the whole post as advertising nothing (opening hours, a rota, a caution about others\' adverts).'),
  examples: examples.optional(),
};

const perPlatformNumber = z.union([
  z.number().int().positive(),
  z.partialRecord(platform, z.number().int().positive()),
]);

const matchOptions = {
  caseSensitive: z.boolean().default(false).describe('Match letter case exactly (default: ignore case).'),
  wholeWord: z.boolean().default(true).describe('Only match whole words (default: true).'),
};

const PREFIX_HINT = 'End a phrase with * (only at its end) to match any word starting with it ("guarantee*" also finds "guaranteed").';

// Lists may nest one level so a YAML anchor can be shared and extended: requires: [cure, *conditions].
const contextPhrases = z
  .array(z.union([nonEmptyText, z.array(nonEmptyText)]))
  .transform((list) => list.flat())
  .pipe(z.array(z.string()).min(1, 'expected at least one phrase'));

const NESTING_HINT = 'An item may itself be a list, so a shared YAML list can be reused and extended: [cure, *conditions].';

const SCOPE_HINT =
  '"sentence" (default; sentences end at . ! ? … before a space, or at a line break), "post" (the whole text), "match" (only phrases overlapping the match itself), or { window: N } (N characters either side of the match). A phrase counts if any part of it falls in the scope.';

const scopeValue = z.union([
  z.enum(['sentence', 'post', 'match']),
  z.strictObject({ window: z.number().int().min(1).max(1000).describe('Characters either side of the match.') }),
]);
export type ContextScope = z.output<typeof scopeValue>;

export const matchContext = z
  .strictObject({
    requires: contextPhrases
      .optional()
      .describe(`A match counts only if at least one of these words or phrases also occurs in its scope (the match itself may be one). Whole words, any case. ${PREFIX_HINT} ${NESTING_HINT}`),
    excludes: contextPhrases
      .optional()
      .describe(`A match is dropped if any of these words or phrases occurs in its scope, including one that overlaps or contains the match ("cannot guarantee" cancels "guarantee"). Whole words, any case. ${PREFIX_HINT} ${NESTING_HINT}`),
    scope: z
      .union([
        scopeValue,
        z.strictObject({
          requires: scopeValue.optional().describe('Where `requires` is looked for (default: sentence).'),
          excludes: scopeValue.optional().describe('Where `excludes` is looked for (default: sentence).'),
        }),
      ])
      .default('sentence')
      .describe(`Where requires/excludes are looked for, one scope for both or { requires: ..., excludes: ... }. ${SCOPE_HINT}`),
    ignoreIn: z
      .array(z.enum(SCOPE_KINDS))
      .min(1)
      .optional()
      .describe('Drop a match that sits where the writer asserts nothing: negation ("no clinic can guarantee"), question (one the post rebuts, or asked about a treatment), hypothetical, myth (being corrected), quotation (repeated to warn about it), title, past.'),
  })
  .refine((context) => context.requires !== undefined || context.excludes !== undefined || context.ignoreIn !== undefined, 'expected requires, excludes, ignoreIn or a mix')
  .describe('Only count a match in the right context: with one of `requires` nearby, none of `excludes`, and outside the scopes in `ignoreIn`.');
export type MatchContext = z.output<typeof matchContext>;

export const termsRule = z
  .strictObject({
    ...commonFields,
    kind: z.literal('terms'),
    terms: z.array(nonEmptyText).min(1, 'expected at least one term').describe(`Words or phrases that must not appear. ${PREFIX_HINT}`),
    ...matchOptions,
    context: matchContext.optional(),
  })
  .describe('Words or phrases that must not appear (thousands are fine: they compile into one automaton).');

export const substitutionRule = z
  .strictObject({
    ...commonFields,
    kind: z.literal('substitution'),
    swap: z
      .record(nonEmptyText, z.union([nonEmptyText, z.array(nonEmptyText)]))
      .refine((swap) => Object.keys(swap).length > 0, 'expected at least one "from: to" entry')
      .describe(`from: replacement (or a list of replacements; [] flags without suggesting). The writer\'s capitalisation is kept. ${PREFIX_HINT}`),
    ...matchOptions,
    context: matchContext.optional(),
  })
  .describe('Flags a word or phrase and suggests a replacement.');

export const patternRule = z
  .strictObject({
    ...commonFields,
    kind: z.literal('pattern'),
    pattern: nonEmptyText.describe('A JavaScript regular expression (no slashes). Patterns that can backtrack catastrophically are refused.'),
    caseSensitive: z.boolean().default(false),
    suggestions: z.array(z.string()).optional().describe('Replacements offered for every match.'),
  })
  .describe('A regular expression written by the admin.');

const hashtagList = z.array(z.string().regex(/^#?[^\s#]+$/, 'expected a hashtag like "#RiversideCares"'));

export const hashtagsRule = z
  .strictObject({
    ...commonFields,
    kind: z.literal('hashtags'),
    require: z
      .strictObject({
        any: hashtagList.optional().describe('At least one of these must appear.'),
        all: hashtagList.optional().describe('Every one of these must appear.'),
      })
      .optional(),
    allow: hashtagList.optional().describe('Only these hashtags may be used.'),
    ban: hashtagList.optional().describe('These hashtags must not be used.'),
    max: perPlatformNumber.optional().describe('Maximum number of hashtags: a number, or per platform.'),
    camelCase: z
      .union([z.boolean(), z.strictObject({ minLetters: z.number().int().min(2) })])
      .optional()
      .describe('Multi-word hashtags must be CamelCase so screen readers split the words. true = tags that split into known words, or of 20+ letters.'),
  })
  .describe('Hashtag policy: required, allowed, banned, how many, CamelCase.');

export const lengthRule = z
  .strictObject({
    ...commonFields,
    kind: z.literal('length'),
    max: perPlatformNumber.describe('Maximum length: a number, or per platform. X is counted the way X counts (weighted, URLs = 23).'),
  })
  .describe('Post length limit; flags the part that overflows.');

export const detectorRule = z
  .strictObject({
    ...commonFields,
    kind: z.literal('detector'),
    detector: nonEmptyText.describe('Name of a built-in detector, e.g. nhs-number, ssn, mrn, email, phone.'),
    context: z
      .strictObject({
        raise: z.array(nonEmptyText).default([]).describe('Words near a hit that raise its severity one step.'),
        lower: z.array(nonEmptyText).default([]).describe('Words near a hit that lower its severity one step.'),
        window: z.number().int().min(1).max(1000).default(60).describe('How many characters either side count as "near".'),
        lowerOutsideCare: z
          .boolean()
          .default(false)
          .describe("Lower every hit one step when the patient-context model reads the whole post as about no one's care."),
      })
      .optional(),
  })
  .describe('A built-in patient-identifier detector. Hits matching the org allow-lists are dropped.');

export const claimRule = z
  .strictObject({
    ...commonFields,
    kind: z.literal('claim'),
    claim: z.enum(CLAIM_NAMES).describe('The built-in claim construction this rule reports.'),
    ignoreIn: z
      .array(z.enum(SCOPE_KINDS))
      .default([...SCOPE_KINDS])
      .describe('Scopes where a hit is not a claim (default: all): negation, question, hypothetical, myth, quotation, title, past.'),
  })
  .describe('A built-in claim construction (absolute outcome, cure verb + condition, provider superlative, ...), scope-aware.');

export const ruleSchema = z.discriminatedUnion('kind', [
  termsRule,
  substitutionRule,
  patternRule,
  hashtagsRule,
  lengthRule,
  detectorRule,
  claimRule,
]);

const staffMember = z
  .union([
    nonEmptyText,
    z.strictObject({
      name: nonEmptyText,
      role: z.string().optional().describe('Job title, e.g. "Ward sister".'),
      unit: z.string().optional().describe('Ward, department or clinic.'),
    }),
  ])
  .describe('A public-facing member of staff: a name, or { name, role, unit } as imported from a directory.');

export const orgSchema = z
  .strictObject({
    names: z.array(nonEmptyText).default([]).describe('The organisation\'s own names.'),
    jurisdiction: z.enum(['uk', 'us', 'both']).optional().describe('Where the organisation posts from: chooses laws, links and packs.'),
    staff: z.array(staffMember).default([]).describe('Public-facing staff: never flagged as patients.'),
    contacts: z.array(nonEmptyText).default([]).describe('The organisation\'s own phones, emails, addresses: never flagged.'),
    domains: z.array(nonEmptyText).default([]).describe('The organisation\'s web and email domains: addresses at them are its own.'),
    addresses: z.array(nonEmptyText).default([]).describe('The organisation\'s sites: street addresses and postcodes or ZIP codes.'),
    units: z.array(nonEmptyText).default([]).describe('Wards, departments and clinics by name: never taken for a person.'),
  })
  .default({ names: [], staff: [], contacts: [], domains: [], addresses: [], units: [] })
  .describe('The organisation\'s own details: what it says about itself never blocks.');

export const TUNED_SEVERITIES = [...SEVERITIES, 'off'] as const;
export type TunedSeverity = (typeof TUNED_SEVERITIES)[number];

const ruleTuning = z
  .strictObject({
    severity: z.enum(TUNED_SEVERITIES).describe('error blocks publishing; warning and info inform; off stops the rule.'),
    note: nonEmptyText.describe('Why this organisation tunes the rule (required, shown to admins).'),
  })
  .describe('A severity change for one rule, with its reason.');
export type RuleTuning = z.output<typeof ruleTuning>;

const platformOverride = z.strictObject({
  disable: z.array(ruleId).default([]).describe('Rule ids not checked on this platform.'),
  severity: z.record(ruleId, severity).default({}).describe('Rule id: severity on this platform.'),
});

const imageRuleSeverity = z.enum([...SEVERITIES, 'off']);

export const imagesSchema = z.strictObject({
  text: z.boolean().default(true).describe('Read the text in attached photos (on the device) and check it with this ruleset\'s rules.'),
  location: imageRuleSeverity.default('warning').describe('image/location: the file\'s metadata records where it was taken.'),
  owner: imageRuleSeverity.default('warning').describe('image/owner: the metadata names the camera owner or author.'),
  timestamp: imageRuleSeverity.default('info').describe('image/timestamp: the metadata records when it was taken.'),
  faces: imageRuleSeverity.default('warning').describe('image/face: a face is visible (detected on the device; no recognition): a consent reminder.'),
  timeoutSeconds: z.number().min(1).max(120).default(20).describe('How long the gate waits for a photo check before it lets the post through (visibly, audited).'),
});

export const rulesetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: nonEmptyText.describe('Name of this ruleset, shown to writers and admins.'),
    version: z.union([z.string(), z.number()]).transform(String).default('0').describe('Your version of this ruleset.'),
    description: z.string().optional(),
    extends: z.array(z.enum(PACK_NAMES)).default([]).describe('Embedded packs whose rules this ruleset includes.'),
    org: orgSchema,
    gate: z
      .strictObject({
        blockOn: z.enum(['error', 'warning']).default('error').describe('Lowest severity that blocks publishing.'),
        override: z.enum(['none', 'confirm', 'reason']).default('reason').describe('How a writer may publish anyway.'),
      })
      .default({ blockOn: 'error', override: 'reason' }),
    disable: z.array(ruleId).default([]).describe('Rule ids (from packs) not checked.'),
    tune: z
      .record(ruleId, ruleTuning)
      .default({})
      .describe('Rule id: a new severity (or off) for a rule, with the note saying why. Applied after the packs are merged.'),
    platforms: z.partialRecord(platform, platformOverride).default({}).describe('Per-platform rule changes.'),
    rules: z.array(ruleSchema).default([]),
    // Photo checks (issue 11). Kept as one block at the end so other schema work merges cleanly.
    images: imagesSchema.optional().describe('Checks of attached photos: text in the picture and file metadata.'),
  })
  .describe('A Clearpost ruleset: the organisation\'s social-media policy as checkable rules.');

export type RulesetInput = z.input<typeof rulesetSchema>;
/** A ruleset as written in one file (before its packs are merged in). */
export type RulesetFile = z.output<typeof rulesetSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type RuleOf<K extends KindName> = Extract<Rule, { kind: K }>;
export type Gate = RulesetFile['gate'];
export type OrgLists = RulesetFile['org'];
export type StaffMember = OrgLists['staff'][number];
export type PlatformOverrides = RulesetFile['platforms'];
export type ImageSettings = z.output<typeof imagesSchema>;

/** A ruleset with its packs merged in: what the checker runs. */
export type Ruleset = Omit<RulesetFile, '$schema'>;
