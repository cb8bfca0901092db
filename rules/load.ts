// Admin text (YAML or JSON) -> a validated, merged, compiled ruleset; or every problem found, each
// naming the path inside the ruleset, the line:column in the admin's file and what was expected.
// Never throws on bad input.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type * as z from 'zod';
import { compile, compileContext, compileRule, type CompiledChecker, type CompiledRule, type CompileOptions } from './compile';
import { runRules } from './check';
import { DETECTORS } from './detectors';
import type { Detector } from './detectors/types';
import type { RuleValidator } from './kinds/types';
import { UNTRUSTED_INPUT_VALIDATORS, VALIDATORS } from './kinds/validators';
import { PACKS } from './packs';
import type { PackName } from './packs/names';
import { KIND_NAMES, ruleSchema, rulesetSchema, type Example, type Rule, type Ruleset, type RulesetFile } from './schema';
import type { Finding, Platform, RulesetError } from './types';

/** Rulesets are a few hundred KB at most; anything bigger is a mistake, refused before parsing. */
export const MAX_RULESET_BYTES = 2 * 1024 * 1024;

export type ExampleResult = {
  ruleId: string;
  expect: 'flag' | 'pass';
  index: number;
  text: string;
  platform?: Platform;
  ok: boolean;
  /** This rule's findings on the example. */
  findings: Finding[];
};

export type LoadOptions = {
  /** Shown in error messages (CLI). */
  filename?: string;
  detectors?: Readonly<Record<string, Detector>>;
  /** Refuse the ruleset when one of its own rules' examples fails (default true; `clearpost test` reports them instead). */
  enforceExamples?: boolean;
  /**
   * The text was already accepted by loadRuleset (e.g. stored by the background): skip the slow
   * checks that only guard admin input (regex safety analysis, examples). Never use for new input.
   */
  trusted?: boolean;
};

export type LoadResult =
  | { ok: true; ruleset: Ruleset; checker: CompiledChecker; examples: ExampleResult[] }
  | { ok: false; errors: RulesetError[] };

type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    const safe = /^[A-Za-z_$][\w$]*$/.test(segment) ? segment : JSON.stringify(segment);
    return out === '' ? safe : `${out}.${safe}`;
  }, '');
}

/** Finds where a path lives in the source; falls back to the nearest existing parent. */
class SourceMap {
  constructor(
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  private position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  locate(path: readonly PathSegment[], key?: string): { line?: number; column?: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true) as YamlNode | undefined;
      if (depth === path.length && key !== undefined && isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) return this.position(keyRange[0]);
      }
      const range = node && (isMap(node) || isSeq(node) || isScalar(node)) ? node.range : undefined;
      if (range) return this.position(range[0]);
    }
    return {};
  }
}

function sizeError(text: string): RulesetError | undefined {
  // Length in UTF-16 units is a cheap lower bound for the byte size; no need to encode 10 MB to know.
  if (text.length <= MAX_RULESET_BYTES && new TextEncoder().encode(text).length <= MAX_RULESET_BYTES) return undefined;
  const megabytes = (Math.max(text.length, 1) / (1024 * 1024)).toFixed(1);
  return { path: '', message: `the ruleset is too large (at least ${megabytes} MB); the limit is ${MAX_RULESET_BYTES / (1024 * 1024)} MB` };
}

type Parsed = { ok: true; data: unknown; source: SourceMap } | { ok: false; errors: RulesetError[] };

function parse(text: string): Parsed {
  const lines = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `not valid YAML or JSON: ${(error as Error).message}` }] };
  }
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return { path: '', line, column: col, message: `not valid YAML or JSON: ${error.message.split('\n')[0]}` };
      }),
    };
  }
  try {
    // maxAliasCount stops "billion laughs" alias bombs.
    const data: unknown = document.toJS({ maxAliasCount: 100 });
    return { ok: true, data, source: new SourceMap(document, lines) };
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `the ruleset could not be read: ${(error as Error).message}` }] };
  }
}

function at(source: SourceMap, path: readonly PathSegment[], message: string, key?: string): RulesetError {
  return { path: formatPath(key === undefined ? path : [...path, key]), ...source.locate(path, key), message };
}

/** Unknown or missing kinds get their own error listing the valid kinds; returns the rule indexes concerned. */
function kindErrors(data: unknown, source: SourceMap): { errors: RulesetError[]; badRules: Set<number> } {
  const errors: RulesetError[] = [];
  const badRules = new Set<number>();
  const rules = (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return { errors, badRules };
  const valid = KIND_NAMES.join(', ');
  rules.forEach((rule: unknown, index) => {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return;
    const kind = (rule as { kind?: unknown }).kind;
    if (typeof kind === 'string' && (KIND_NAMES as readonly string[]).includes(kind)) return;
    badRules.add(index);
    const message = kind === undefined ? `missing "kind"; expected one of: ${valid}` : `unknown kind ${JSON.stringify(kind)}; expected one of: ${valid}`;
    errors.push(kind === undefined ? at(source, ['rules', index], message) : at(source, ['rules', index, 'kind'], message));
  });
  return { errors, badRules };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field; remove it or check its spelling`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `missing; ${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')}`;
  return issue.message.replace(/^Invalid (input|option): /, '');
}

function schemaErrors(issues: readonly z.core.$ZodIssue[], source: SourceMap, badRules: Set<number>): RulesetError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    if (path[0] === 'rules' && typeof path[1] === 'number' && badRules.has(path[1])) return [];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => at(source, path, issueMessage(issue), key));
    return [at(source, path, issueMessage(issue))];
  });
}

/** Checks that need more than the schema (regex safety, known detectors, unique ids) on every rule that parsed. */
function ruleErrors(rules: readonly (Rule | undefined)[], org: RulesetFile['org'], source: SourceMap, options: LoadOptions): RulesetError[] {
  const errors: RulesetError[] = [];
  const seen = new Map<string, number>();
  const context = compileContext({ org }, options.detectors ?? DETECTORS);
  rules.forEach((rule, index) => {
    if (!rule) return;
    const first = seen.get(rule.id);
    if (first !== undefined) errors.push(at(source, ['rules', index, 'id'], `duplicate id "${rule.id}" (also rules[${first}])`));
    else seen.set(rule.id, index);
    const validators = [VALIDATORS[rule.kind], options.trusted ? undefined : UNTRUSTED_INPUT_VALIDATORS[rule.kind]] as (RuleValidator<typeof rule.kind> | undefined)[];
    const problems = validators.flatMap((validate) => validate?.(rule as never, context) ?? []);
    for (const problem of problems) errors.push(at(source, ['rules', index, problem.path], `${rule.id}: ${problem.message}`));
  });
  return errors;
}

/** When the file as a whole is invalid, still validate each rule that parses on its own, so all problems show at once. */
function individuallyValidRules(data: object): (Rule | undefined)[] {
  const rules = (data as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) return [];
  return rules.map((rule: unknown) => {
    const parsed = ruleSchema.safeParse(rule);
    return parsed.success ? parsed.data : undefined;
  });
}

function mergeOverrides(base: Ruleset['platforms'], next: Ruleset['platforms']): Ruleset['platforms'] {
  const merged: Ruleset['platforms'] = { ...base };
  for (const [platform, override] of Object.entries(next) as [Platform, NonNullable<Ruleset['platforms'][Platform]>][]) {
    const previous = merged[platform];
    merged[platform] = previous
      ? { disable: [...previous.disable, ...override.disable], severity: { ...previous.severity, ...override.severity } }
      : override;
  }
  return merged;
}

/** Packs first, in order, then the file's own rules; a rule with an existing id replaces it in place. */
function merge(packs: Ruleset[], file: RulesetFile): Ruleset {
  const rules = new Map<string, Rule>();
  let platforms: Ruleset['platforms'] = {};
  const disable: string[] = [];
  const org = { ...file.org, names: [...file.org.names], staff: [...file.org.staff], contacts: [...file.org.contacts], domains: [...file.org.domains], addresses: [...file.org.addresses], units: [...file.org.units] };
  for (const pack of [...packs, file]) {
    for (const rule of pack.rules) rules.set(rule.id, rule);
    platforms = mergeOverrides(platforms, pack.platforms);
    disable.push(...pack.disable);
  }
  for (const pack of packs) {
    org.names.push(...pack.org.names);
    org.staff.push(...pack.org.staff);
    org.contacts.push(...pack.org.contacts);
    org.domains.push(...pack.org.domains);
    org.addresses.push(...pack.org.addresses);
    org.units.push(...pack.org.units);
  }
  const tune: Ruleset['tune'] = {};
  for (const pack of [...packs, file]) Object.assign(tune, pack.tune);
  for (const [id, { severity }] of Object.entries(tune)) {
    const rule = rules.get(id);
    if (!rule) continue;
    if (severity === 'off') disable.push(id);
    else rules.set(id, { ...rule, severity });
  }
  const { $schema: _schema, ...rest } = file;
  return { ...rest, org, platforms, tune, disable: [...new Set(disable)], rules: [...rules.values()] };
}

/** A misspelt id in `disable` or a platform override would silently do nothing; say so instead. */
function unknownRuleIdErrors(file: RulesetFile, ruleset: Ruleset, source: SourceMap): RulesetError[] {
  const known = new Set(ruleset.rules.map((rule) => rule.id));
  const message = (id: string) => `no rule has the id "${id}" in this ruleset or the packs it extends`;
  const errors = file.disable.flatMap((id, index) => (known.has(id) ? [] : [at(source, ['disable', index], message(id))]));
  for (const id of Object.keys(file.tune)) {
    if (!known.has(id)) errors.push(at(source, ['tune'], message(id), id));
  }
  for (const [platform, override] of Object.entries(file.platforms)) {
    if (!override) continue;
    override.disable.forEach((id, index) => {
      if (!known.has(id)) errors.push(at(source, ['platforms', platform, 'disable', index], message(id)));
    });
    for (const id of Object.keys(override.severity)) {
      if (!known.has(id)) errors.push(at(source, ['platforms', platform, 'severity'], message(id), id));
    }
  }
  return errors.sort(byPosition);
}

type Resolved = { ok: true; ruleset: Ruleset; file: RulesetFile; source: SourceMap } | { ok: false; errors: RulesetError[] };

function resolve(text: string, options: LoadOptions, visiting: readonly string[]): Resolved {
  const tooBig = sizeError(text);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const { data, source } = parsed;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ path: '', ...source.locate([]), message: 'expected a ruleset: a mapping with at least "name" and "rules"' }] };
  }
  const kinds = kindErrors(data, source);
  const result = rulesetSchema.safeParse(data);
  if (!result.success) {
    const emptyOrg = { names: [], staff: [], contacts: [], domains: [], addresses: [], units: [] };
    const errors = [
      ...kinds.errors,
      ...schemaErrors(result.error.issues, source, kinds.badRules),
      ...ruleErrors(individuallyValidRules(data), emptyOrg, source, options),
    ];
    return { ok: false, errors: errors.sort(byPosition) };
  }

  const file = result.data;
  const packErrors: RulesetError[] = [];
  const packs: Ruleset[] = [];
  file.extends.forEach((name, index) => {
    const pack = resolvePack(name, options, visiting);
    if (pack.ok) packs.push(pack.ruleset);
    else packErrors.push(...pack.errors.map((error) => at(source, ['extends', index], `pack ${name}: ${error.path ? `${error.path}: ` : ''}${error.message}`)));
  });
  const invalidRules = ruleErrors(file.rules, file.org, source, options);
  const all = [...packErrors, ...invalidRules];
  if (all.length > 0) return { ok: false, errors: all.sort(byPosition) };
  const ruleset = merge(packs, file);
  const unknownIds = unknownRuleIdErrors(file, ruleset, source);
  if (unknownIds.length > 0) return { ok: false, errors: unknownIds };
  return { ok: true, ruleset, file, source };
}

function resolvePack(name: PackName, options: LoadOptions, visiting: readonly string[]): Resolved {
  if (visiting.includes(name)) return { ok: false, errors: [{ path: 'extends', message: `packs extend each other in a cycle: ${[...visiting, name].join(' -> ')}` }] };
  // Embedded packs are ours, reviewed and tested in this repository (tests/unit/rules/packs.test.ts).
  return resolve(PACKS[name], { ...options, filename: `pack:${name}`, trusted: true }, [...visiting, name]);
}

function byPosition(a: RulesetError, b: RulesetError): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.path.localeCompare(b.path);
}

function exampleOf(example: Example, rule: Rule): { text: string; platform?: Platform } {
  if (typeof example === 'string') return { text: example, platform: rule.platforms?.[0] };
  return { text: example.text, platform: example.platform ?? rule.platforms?.[0] };
}

/** Runs one rule's own examples against that rule alone. */
export function runExamples(compiled: CompiledRule, overrides: Ruleset['platforms'] = {}): ExampleResult[] {
  const { rule } = compiled;
  const cases = [
    ...(rule.examples?.flag ?? []).map((example, index) => ({ expect: 'flag' as const, index, ...exampleOf(example, rule) })),
    ...(rule.examples?.pass ?? []).map((example, index) => ({ expect: 'pass' as const, index, ...exampleOf(example, rule) })),
  ];
  return cases.map((example) => {
    const findings = runRules([compiled], overrides, example.text, { platform: example.platform });
    const flagged = findings.length > 0;
    return { ruleId: rule.id, ...example, ok: example.expect === 'flag' ? flagged : !flagged, findings };
  });
}

/** Every rule's examples in a compiled checker (packs included): what `clearpost test` runs. */
export function testRuleset(checker: CompiledChecker): ExampleResult[] {
  return checker.rules.flatMap((compiled) => runExamples(compiled));
}

/** Rules whose limits are given per platform do nothing on an example without a platform. */
function needsPlatform(rule: Rule | undefined): boolean {
  return (rule?.kind === 'length' || rule?.kind === 'hashtags') && typeof rule.max === 'object';
}

function describeFailure(result: ExampleResult, rule: Rule | undefined): string {
  const where = result.platform ? ` on ${result.platform}` : '';
  if (result.expect === 'flag') {
    const hint = !result.platform && needsPlatform(rule) ? ' (its limits are per platform: write the example as { text, platform })' : '';
    return `example should be flagged${where} but was not: ${JSON.stringify(result.text)}${hint}`;
  }
  const found = result.findings.map((f) => `${f.ruleId} at ${f.start}-${f.end}: ${f.message}`).join('; ');
  return `example should pass${where} but was flagged: ${JSON.stringify(result.text)} (${found})`;
}

export function loadRuleset(text: string, options: LoadOptions = {}): LoadResult {
  try {
    const resolved = resolve(text, options, []);
    if (!resolved.ok) return resolved;
    const { ruleset, file, source } = resolved;
    const checker = compile(ruleset, { detectors: options.detectors } satisfies CompileOptions);
    const context = compileContext(ruleset, options.detectors ?? DETECTORS);
    // Every rule is compiled before any example runs: the rules share one literal automaton, built at the first check.
    const examples = options.trusted ? [] : file.rules.map((rule) => compileRule(rule, context)).flatMap((rule) => runExamples(rule));
    const failures = examples.filter((result) => !result.ok);
    if (failures.length > 0 && options.enforceExamples !== false) {
      const indexOf = new Map(file.rules.map((rule, index) => [rule.id, index]));
      return {
        ok: false,
        errors: failures.map((failure) =>
          at(source, ['rules', indexOf.get(failure.ruleId) ?? 0, 'examples', failure.expect, failure.index], `${failure.ruleId}: ${describeFailure(failure, file.rules[indexOf.get(failure.ruleId) ?? 0])}`),
        ),
      };
    }
    return { ok: true, ruleset, checker, examples };
  } catch (error) {
    // A bug of ours must still come back as an error the admin can report, not an exception.
    return { ok: false, errors: [{ path: '', message: `internal error while loading the ruleset: ${(error as Error).message}` }] };
  }
}
