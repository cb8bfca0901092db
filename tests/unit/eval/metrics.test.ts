import { describe, expect, it } from 'vitest';
import { computeMetrics, meets, overlaps, rate, TARGETS, type EvalPost } from '../../../scripts/eval/metrics.ts';
import { formatReport } from '../../../scripts/eval/format.ts';
import type { Finding } from '../../../rules/types.ts';

const finding = (ruleId: string, start: number, end: number, severity: Finding['severity'] = 'error'): Finding => ({
  ruleId,
  category: ruleId.split('/')[0] ?? '',
  severity,
  start,
  end,
  message: '',
});

const post = (p: Partial<EvalPost> & { id: string }): EvalPost => ({ block: false, identifiers: [], tone: [], ...p });

describe('overlaps', () => {
  it('treats end as exclusive', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
    expect(overlaps({ start: 6, end: 7 }, { start: 5, end: 9 })).toBe(true);
  });
});

describe('computeMetrics', () => {
  const leak = post({
    id: 'uk-nhs-001',
    block: true,
    identifiers: [
      { type: 'patient-name', start: 0, end: 10 },
      { type: 'nhs-number', start: 20, end: 32 },
    ],
  });
  const missedLeak = post({ id: 'uk-nhs-002', block: true, identifiers: [{ type: 'room-bed', start: 3, end: 9 }] });
  const negative = post({ id: 'us-hosp-003' });
  const claim = post({ id: 'uk-eye-004', tone: [{ type: 'guarantee', start: 4, end: 14 }, { type: 'painless', start: 30, end: 38 }] });

  const metrics = computeMetrics([
    // name found by the wrong rule, NHS number by the right one; one stray privacy finding.
    { post: leak, findings: [finding('privacy/phone', 2, 8, 'warning'), finding('privacy/nhs-number', 20, 32), finding('privacy/email', 40, 50, 'warning')] },
    // only a warning: not blocked.
    { post: missedLeak, findings: [finding('privacy/room-bed', 3, 9, 'warning')] },
    // an error on a compliant post, and a tone finding where no claim is labelled.
    { post: negative, findings: [finding('privacy/ssn', 0, 11), finding('tone/superiority', 15, 19, 'warning')] },
    // guarantee found by another tone rule; painless missed; error findings here are not false blocks.
    { post: claim, findings: [finding('tone/cure', 10, 12)] },
  ]);

  it('counts block recall from error findings only', () => {
    expect(metrics.blockRecall).toEqual({ hits: 1, total: 2 });
  });

  it('counts false blocks on posts with neither block nor claim labels', () => {
    expect(metrics.falseBlock).toEqual({ hits: 1, total: 1 });
  });

  it('credits identifier recall only to the same-type rule', () => {
    expect(metrics.identifierRecall['patient-name']).toEqual({ hits: 0, total: 1 });
    expect(metrics.identifierRecall['nhs-number']).toEqual({ hits: 1, total: 1 });
    expect(metrics.identifierRecall['room-bed']).toEqual({ hits: 1, total: 1 });
    expect(metrics.identifierRecall.ssn).toEqual({ hits: 0, total: 0 });
  });

  it('measures privacy precision by overlap with any labelled identifier', () => {
    // phone@2-8 (overlaps name), nhs@20-32, room@3-9 hit; email@40-50 and ssn on the negative miss.
    expect(metrics.privacyPrecision).toEqual({ hits: 3, total: 5 });
  });

  it('credits tone recall to any tone rule, per-type recall to the same rule', () => {
    expect(metrics.toneRecall).toEqual({ hits: 1, total: 2 });
    expect(metrics.toneRecallByType.guarantee).toEqual({ hits: 0, total: 1 });
    expect(metrics.toneRecallByType.painless).toEqual({ hits: 0, total: 1 });
  });

  it('counts tone false alarms per post without claim labels', () => {
    expect(metrics.toneFalseAlarm).toEqual({ hits: 1, total: 3 });
  });

  it('lists every miss with what was expected and what came back', () => {
    const kinds = metrics.misses.map((m) => `${m.kind} ${m.id}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'identifier-missed uk-nhs-001',
        'privacy-unlabelled uk-nhs-001',
        'block-missed uk-nhs-002',
        'false-block us-hosp-003',
        'privacy-unlabelled us-hosp-003',
        'tone-false-alarm us-hosp-003',
        'tone-missed uk-eye-004',
      ]),
    );
    expect(metrics.misses).toHaveLength(7);
    expect(metrics.misses.find((m) => m.kind === 'block-missed')?.got).toBe('privacy/room-bed(warning) @3-9');
  });
});

describe('targets', () => {
  const target = (metric: string) => TARGETS.find((t) => t.metric === metric)!;

  it('passes at the threshold and misses beyond it, or when nothing was measured', () => {
    expect(meets(target('blockRecall'), { hits: 97, total: 100 })).toBe(true);
    expect(meets(target('blockRecall'), { hits: 96, total: 100 })).toBe(false);
    expect(meets(target('falseBlock'), { hits: 3, total: 100 })).toBe(true);
    expect(meets(target('falseBlock'), { hits: 4, total: 100 })).toBe(false);
    expect(meets(target('toneRecall'), { hits: 0, total: 0 })).toBe(false);
    expect(rate({ hits: 0, total: 0 })).toBeUndefined();
  });

  it('prints PASS/MISS per target in the report', () => {
    const report = formatReport(computeMetrics([{ post: post({ id: 'us-hosp-001' }), findings: [] }]));
    expect(report).toMatch(/False-block rate.*0\.0%.*0\/1.*PASS/);
    expect(report).toMatch(/Block recall.*n\/a.*0\/0.*MISS/);
  });
});
