// First-sight batches (tests/corpus-blind/<batch>/posts.jsonl): posts written by someone who never
// saw the rules, labelled at the level a reviewer thinks in (does it leak a patient, does it make a
// risky claim, which phrases), not in rule ids. The metrics are the ones the detection issue quotes:
// identifier posts blocked, posts wrongly blocked, claim posts flagged, neutral health posts warned.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../rules/types.ts';
import { CORPUS_PLATFORMS, CorpusError, JURISDICTIONS, type OrgConfig } from './corpus.ts';
import { overlaps, type Ratio } from './metrics.ts';

export const BLIND_IDENTIFIER_TYPES = [
  'name', 'date', 'age', 'phone', 'email', 'address', 'mrn', 'nhs-number', 'ssn', 'room-bed', 'jigsaw', 'other',
] as const;
export type BlindIdentifierType = (typeof BLIND_IDENTIFIER_TYPES)[number];

/** Topics whose posts are ordinary health communication: a tone finding there is a false alarm. */
const HEALTH_TOPICS = new Set(['awareness', 'advice', 'service-info']);

export type BlindSpan = { start: number; end: number; quote: string };
export type BlindPost = {
  id: string;
  batch: string;
  jurisdiction: (typeof JURISDICTIONS)[number];
  platform: (typeof CORPUS_PLATFORMS)[number];
  org?: OrgConfig;
  text: string;
  leak: boolean;
  identifiers: (BlindSpan & { type: BlindIdentifierType })[];
  claim: boolean;
  claims: BlindSpan[];
  topic: string;
};

function locate(text: string, quote: unknown, where: string): BlindSpan {
  if (typeof quote !== 'string' || quote === '') throw new CorpusError(`${where}: quote must be a non-empty string`);
  const start = text.indexOf(quote);
  if (start < 0) throw new CorpusError(`${where}: quote "${quote}" is not in the text`);
  return { start, end: start + quote.length, quote };
}

export function parseBlindPost(line: string, batch: string, where: string): BlindPost {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new CorpusError(`${where}: invalid JSON (${(e as Error).message})`);
  }
  const text = raw.text;
  if (typeof raw.id !== 'string' || typeof text !== 'string') throw new CorpusError(`${where}: id and text must be strings`);
  if (!(JURISDICTIONS as readonly unknown[]).includes(raw.jurisdiction)) throw new CorpusError(`${where}: jurisdiction must be uk or us`);
  if (!(CORPUS_PLATFORMS as readonly unknown[]).includes(raw.platform)) throw new CorpusError(`${where}: unknown platform`);
  if (typeof raw.leak !== 'boolean' || typeof raw.claim !== 'boolean') throw new CorpusError(`${where}: leak and claim must be booleans`);
  const identifiers = ((raw.identifiers ?? []) as Record<string, unknown>[]).map((span, i) => {
    if (!(BLIND_IDENTIFIER_TYPES as readonly unknown[]).includes(span.type)) throw new CorpusError(`${where}: identifiers[${i}] has unknown type ${String(span.type)}`);
    return { ...locate(text, span.quote, `${where}: identifiers[${i}]`), type: span.type as BlindIdentifierType };
  });
  const claims = ((raw.claims ?? []) as Record<string, unknown>[]).map((span, i) => locate(text, span.quote, `${where}: claims[${i}]`));
  return {
    id: raw.id,
    batch,
    jurisdiction: raw.jurisdiction as BlindPost['jurisdiction'],
    platform: raw.platform as BlindPost['platform'],
    ...(raw.org ? { org: raw.org as OrgConfig } : {}),
    text,
    leak: raw.leak,
    identifiers,
    claim: raw.claim,
    claims,
    topic: typeof raw.topic === 'string' ? raw.topic : 'other',
  };
}

/** Every posts.jsonl under `dir` (a batch folder, or a folder of batches). */
export function loadBlindBatches(dir: string): BlindPost[] {
  const files = statSync(join(dir, 'posts.jsonl'), { throwIfNoEntry: false })
    ? [{ batch: dir.split('/').pop() ?? dir, file: join(dir, 'posts.jsonl') }]
    : readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => ({ batch: entry.name, file: join(dir, entry.name, 'posts.jsonl') }))
        .filter(({ file }) => statSync(file, { throwIfNoEntry: false }));
  if (files.length === 0) throw new CorpusError(`${dir}: no posts.jsonl found`);
  return files.flatMap(({ batch, file }) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, lineNo: i + 1 }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, lineNo }) => parseBlindPost(line, batch, `${file}:${lineNo}`)),
  );
}

export type BlindMetrics = {
  leakBlocked: Ratio;
  wronglyBlocked: Ratio;
  claimFlagged: Ratio;
  healthToneWarned: Ratio;
  spanRecall: Record<BlindIdentifierType, Ratio>;
  wrongBlocksByRule: Map<string, number>;
  failures: { id: string; what: string; got: string }[];
};

const isPrivacy = (f: Finding) => f.category === 'privacy';
const isTone = (f: Finding) => f.category === 'tone';
const isError = (f: Finding) => f.severity === 'error';
const describe = (findings: Finding[]) =>
  findings.length === 0 ? 'nothing' : findings.map((f) => `${f.ruleId}(${f.severity}) @${f.start}-${f.end}`).join(', ');

export function computeBlindMetrics(results: readonly { post: BlindPost; findings: Finding[] }[]): BlindMetrics {
  const m: BlindMetrics = {
    leakBlocked: { hits: 0, total: 0 },
    wronglyBlocked: { hits: 0, total: 0 },
    claimFlagged: { hits: 0, total: 0 },
    healthToneWarned: { hits: 0, total: 0 },
    spanRecall: Object.fromEntries(BLIND_IDENTIFIER_TYPES.map((t) => [t, { hits: 0, total: 0 }])) as BlindMetrics['spanRecall'],
    wrongBlocksByRule: new Map(),
    failures: [],
  };
  for (const { post, findings } of results) {
    const errors = findings.filter(isError);
    if (post.leak) {
      m.leakBlocked.total++;
      if (errors.length > 0) m.leakBlocked.hits++;
      else m.failures.push({ id: post.id, what: 'leak not blocked', got: describe(findings) });
      for (const span of post.identifiers) {
        const ratio = m.spanRecall[span.type];
        ratio.total++;
        if (findings.some((f) => isPrivacy(f) && isError(f) && overlaps(f, span))) ratio.hits++;
        else m.failures.push({ id: post.id, what: `${span.type} "${span.quote}" missed`, got: describe(findings.filter((f) => overlaps(f, span))) });
      }
    } else {
      // Wrong: a privacy error where there is no identifier, or any error where there is neither an
      // identifier nor a claim (claims the policy forbids may legitimately block).
      const wrong = errors.filter((f) => isPrivacy(f) || !post.claim);
      m.wronglyBlocked.total++;
      if (wrong.length > 0) {
        m.wronglyBlocked.hits++;
        for (const ruleId of new Set(wrong.map((f) => f.ruleId))) m.wrongBlocksByRule.set(ruleId, (m.wrongBlocksByRule.get(ruleId) ?? 0) + 1);
        m.failures.push({ id: post.id, what: 'wrongly blocked', got: describe(wrong) });
      }
    }
    if (post.claim) {
      m.claimFlagged.total++;
      if (findings.some(isTone)) m.claimFlagged.hits++;
      else m.failures.push({ id: post.id, what: `claim not flagged: ${post.claims.map((c) => `"${c.quote}"`).join(', ')}`, got: describe(findings) });
    } else if (!post.leak && HEALTH_TOPICS.has(post.topic)) {
      m.healthToneWarned.total++;
      const tone = findings.filter(isTone);
      if (tone.length > 0) {
        m.healthToneWarned.hits++;
        m.failures.push({ id: post.id, what: 'health post given a tone finding', got: describe(tone) });
      }
    }
  }
  return m;
}
