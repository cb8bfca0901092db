// The labelled development corpus (tests/corpus/*.jsonl): its shape, and loading with validation.
// Each line is one post. Spans are UTF-16 offsets into `text`; `quote` records the expected slice
// so a wrong offset is caught at load time instead of silently skewing the metrics.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const IDENTIFIER_TYPES = [
  'nhs-number', 'ssn', 'mrn', 'mbi', 'email', 'phone', 'us-address', 'zip', 'uk-postcode',
  'patient-name', 'care-date', 'age-90', 'room-bed', 'newborn', 'patient-story', 'review-reply', 'jigsaw',
] as const;
export const TONE_TYPES = [
  'guarantee', 'cure', 'miracle', 'risk-free', 'painless', 'permanent', 'vision-outcome',
  'superiority', 'success-rate', 'urgency', 'giveaway', 'before-after', 'pom', 'endorsement',
] as const;
export const CORPUS_PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
export const JURISDICTIONS = ['uk', 'us'] as const;

export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];
export type ToneType = (typeof TONE_TYPES)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export type LabelledSpan<T extends string> = {
  type: T;
  start: number;
  end: number;
  quote?: string;
  /** Identifier spans only: "warning" marks consent-warning labels that must not block. */
  severity?: 'error' | 'warning';
};

export type OrgConfig = { names?: string[]; staff?: string[]; contacts?: string[] };

export type CorpusPost = {
  id: string;
  platform: (typeof CORPUS_PLATFORMS)[number];
  text: string;
  org?: OrgConfig;
  block: boolean;
  identifiers: LabelledSpan<IdentifierType>[];
  tone: LabelledSpan<ToneType>[];
  note?: string;
  /** Derived: the file the post came from, e.g. "identifiers". */
  file: string;
  /** Derived from the id prefix ("uk-" / "us-"): picks the jurisdiction pack in eval. */
  jurisdiction: Jurisdiction;
};

export class CorpusError extends Error {}

const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

function parseSpans<T extends string>(raw: unknown, types: readonly T[], text: string, where: string): LabelledSpan<T>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new CorpusError(`${where}: expected an array of spans`);
  return raw.map((span: Record<string, unknown>, i) => {
    const at = `${where}[${i}]`;
    if (!includes(types, span.type)) throw new CorpusError(`${at}: unknown type ${String(span.type)}`);
    const { start, end, quote, severity } = span;
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) {
      throw new CorpusError(`${at}: start/end must be integers (run scripts/eval/locate-spans.ts)`);
    }
    if (start < 0 || end > text.length || start >= end) throw new CorpusError(`${at}: span ${start}-${end} outside text`);
    if (quote !== undefined && text.slice(start, end) !== quote) {
      throw new CorpusError(`${at}: text.slice(${start},${end}) is "${text.slice(start, end)}", quote is "${String(quote)}"`);
    }
    if (severity !== undefined && severity !== 'error' && severity !== 'warning') {
      throw new CorpusError(`${at}: severity must be error or warning`);
    }
    return { type: span.type, start, end, ...(quote === undefined ? {} : { quote: quote as string }), ...(severity ? { severity } : {}) };
  });
}

export function parsePost(line: string, file: string, lineNo: number): CorpusPost {
  const where = `${file}:${lineNo}`;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new CorpusError(`${where}: invalid JSON (${(e as Error).message})`);
  }
  const { id, platform, text, org, block, note } = raw;
  if (typeof id !== 'string' || !/^(uk|us)-[a-z]+-\d{3}$/.test(id)) throw new CorpusError(`${where}: id must look like uk-ivf-012`);
  if (!includes(CORPUS_PLATFORMS, platform)) throw new CorpusError(`${where} ${id}: bad platform`);
  if (typeof text !== 'string' || text.length === 0) throw new CorpusError(`${where} ${id}: text missing`);
  if (typeof block !== 'boolean') throw new CorpusError(`${where} ${id}: block must be boolean`);
  if (org !== undefined && (typeof org !== 'object' || org === null)) throw new CorpusError(`${where} ${id}: org must be an object`);
  const identifiers = parseSpans(raw.identifiers, IDENTIFIER_TYPES, text, `${where} ${id} identifiers`);
  const tone = parseSpans(raw.tone, TONE_TYPES, text, `${where} ${id} tone`);
  if (block && !identifiers.some((s) => s.severity !== 'warning')) {
    throw new CorpusError(`${where} ${id}: block:true needs at least one error-level identifier span`);
  }
  return {
    id, platform, text, block, identifiers, tone, file,
    jurisdiction: id.slice(0, 2) as Jurisdiction,
    ...(org ? { org: org as OrgConfig } : {}),
    ...(typeof note === 'string' ? { note } : {}),
  };
}

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

export function loadCorpus(dir: string): CorpusPost[] {
  const posts: CorpusPost[] = [];
  const seen = new Set<string>();
  for (const path of corpusFiles(dir)) {
    const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.jsonl$/, '');
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const post = parsePost(line, file, i + 1);
      if (seen.has(post.id)) throw new CorpusError(`${file}:${i + 1}: duplicate id ${post.id}`);
      seen.add(post.id);
      posts.push(post);
    });
  }
  return posts;
}
