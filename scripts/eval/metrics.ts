// Pure metric computation for the corpus evaluation: labelled posts + the checker's findings in,
// numbers and the misses behind them out. No I/O, so it is unit-tested on tiny hand-made inputs.
import type { Finding } from '../../rules/types.ts';
import type { CorpusPost, IdentifierType, LabelledSpan, ToneType } from './corpus.ts';
import { IDENTIFIER_TYPES, TONE_TYPES } from './corpus.ts';

export type Ratio = { hits: number; total: number };

/** The part of a post the metrics read (so tests can build posts without the derived fields). */
export type EvalPost = Pick<CorpusPost, 'id' | 'block' | 'identifiers' | 'tone'>;
export type EvalResult = { post: EvalPost; findings: Finding[] };

export type Miss = { id: string; kind: MissKind; expected: string; got: string };
export type MissKind =
  | 'block-missed'
  | 'false-block'
  | 'identifier-missed'
  | 'privacy-unlabelled'
  | 'tone-missed'
  | 'tone-false-alarm';

export type Metrics = {
  blockRecall: Ratio;
  falseBlock: Ratio;
  identifierRecall: Record<IdentifierType, Ratio>;
  privacyPrecision: Ratio;
  toneRecall: Ratio;
  toneRecallByType: Record<ToneType, Ratio>;
  toneFalseAlarm: Ratio;
  misses: Miss[];
};

type Span = { start: number; end: number };

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const isPrivacy = (f: Finding) => f.ruleId.startsWith('privacy/');
const isTone = (f: Finding) => f.ruleId.startsWith('tone/');

export const rate = (r: Ratio): number | undefined => (r.total === 0 ? undefined : r.hits / r.total);

const emptyRatios = <T extends string>(keys: readonly T[]) =>
  Object.fromEntries(keys.map((k) => [k, { hits: 0, total: 0 }])) as Record<T, Ratio>;

const describeFindings = (findings: Finding[]): string =>
  findings.length === 0 ? 'nothing' : findings.map((f) => `${f.ruleId}(${f.severity}) @${f.start}-${f.end}`).join(', ');

const describeSpan = (span: LabelledSpan<string>) => `${span.type} "${span.quote ?? `${span.start}-${span.end}`}"`;

export function computeMetrics(results: readonly EvalResult[]): Metrics {
  const m: Metrics = {
    blockRecall: { hits: 0, total: 0 },
    falseBlock: { hits: 0, total: 0 },
    identifierRecall: emptyRatios(IDENTIFIER_TYPES),
    privacyPrecision: { hits: 0, total: 0 },
    toneRecall: { hits: 0, total: 0 },
    toneRecallByType: emptyRatios(TONE_TYPES),
    toneFalseAlarm: { hits: 0, total: 0 },
    misses: [],
  };
  const miss = (post: EvalPost, kind: MissKind, expected: string, got: string) => m.misses.push({ id: post.id, kind, expected, got });

  for (const { post, findings } of results) {
    const errors = findings.filter((f) => f.severity === 'error');
    const privacy = findings.filter(isPrivacy);
    const tone = findings.filter(isTone);

    if (post.block) {
      m.blockRecall.total++;
      if (errors.length > 0) m.blockRecall.hits++;
      else miss(post, 'block-missed', 'an error finding', describeFindings(findings));
    } else if (post.tone.length === 0) {
      // "Compliant": nothing that should stop it. Claims posts are excluded because some claims
      // (guarantees, risk-free, POM names) are meant to block.
      m.falseBlock.total++;
      if (errors.length > 0) {
        m.falseBlock.hits++;
        miss(post, 'false-block', 'no error finding', describeFindings(errors));
      }
    }

    for (const span of post.identifiers) {
      const ratio = m.identifierRecall[span.type];
      ratio.total++;
      if (privacy.some((f) => f.ruleId === `privacy/${span.type}` && overlaps(f, span))) ratio.hits++;
      else miss(post, 'identifier-missed', describeSpan(span), describeFindings(privacy.filter((f) => overlaps(f, span))));
    }

    for (const finding of privacy) {
      m.privacyPrecision.total++;
      if (post.identifiers.some((span) => overlaps(finding, span))) m.privacyPrecision.hits++;
      else miss(post, 'privacy-unlabelled', 'no privacy finding here', describeFindings([finding]));
    }

    for (const span of post.tone) {
      const found = tone.filter((f) => overlaps(f, span));
      m.toneRecall.total++;
      m.toneRecallByType[span.type].total++;
      if (found.length > 0) m.toneRecall.hits++;
      else miss(post, 'tone-missed', describeSpan(span), 'nothing');
      if (found.some((f) => f.ruleId === `tone/${span.type}`)) m.toneRecallByType[span.type].hits++;
    }

    if (post.tone.length === 0) {
      m.toneFalseAlarm.total++;
      if (tone.length > 0) {
        m.toneFalseAlarm.hits++;
        miss(post, 'tone-false-alarm', 'no tone finding', describeFindings(tone));
      }
    }
  }
  return m;
}

export type Target = { label: string; metric: 'blockRecall' | 'falseBlock' | 'toneRecall' | 'toneFalseAlarm'; atLeast?: number; atMost?: number };

/** The product owner's targets (issue #3). */
export const TARGETS: readonly Target[] = [
  { label: 'Block recall (block:true posts with an error finding)', metric: 'blockRecall', atLeast: 0.97 },
  { label: 'False-block rate (compliant posts with an error finding)', metric: 'falseBlock', atMost: 0.03 },
  { label: 'Tone recall (labelled claim spans hit by any tone/* finding)', metric: 'toneRecall', atLeast: 0.95 },
  { label: 'Tone false-alarm rate (posts without claims given a tone/* finding)', metric: 'toneFalseAlarm', atMost: 0.05 },
];

/** PASS when the target is met; MISS otherwise, including when there is nothing to measure. */
export function meets(target: Target, ratio: Ratio): boolean {
  const value = rate(ratio);
  if (value === undefined) return false;
  if (target.atLeast !== undefined && value < target.atLeast) return false;
  if (target.atMost !== undefined && value > target.atMost) return false;
  return true;
}
