// ESLint RuleTester-style harness: every `valid` text must produce no hit; every `invalid` case must
// produce exactly the listed hits (matched text, and severity when given). A hit without its own
// severity takes the rule's: expect that as severity 'rule'.
import { describe, expect, it } from 'vitest';
import type { Detector, OrgContext } from '../../../rules/detectors/types';
import type { Platform, Severity } from '../../../rules/types';

export const NO_ORG: OrgContext = { names: [], staff: [], contacts: [] };

export type ExpectedHit = { match: string; severity?: Severity | 'rule'; detail?: RegExp; suggestions?: string[] };
type Case = { text: string; org?: OrgContext; platform?: Platform };
export type InvalidCase = Case & { hits: ExpectedHit[] };

export function testDetector(detector: Detector, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  const run = (c: Case) => detector.detect({ text: c.text, platform: c.platform, org: c.org ?? NO_ORG });

  describe(`${detector.meta.id} valid`, () => {
    for (const entry of cases.valid) {
      const c = typeof entry === 'string' ? { text: entry } : entry;
      it(c.text, () => {
        expect(run(c).map((hit) => c.text.slice(hit.start, hit.end))).toEqual([]);
      });
    }
  });

  describe(`${detector.meta.id} invalid`, () => {
    for (const c of cases.invalid) {
      it(c.text, () => {
        const hits = run(c);
        expect(hits.map((hit) => c.text.slice(hit.start, hit.end))).toEqual(c.hits.map((h) => h.match));
        c.hits.forEach((expected, i) => {
          const hit = hits[i]!;
          if (expected.severity) expect(hit.severity ?? 'rule').toBe(expected.severity);
          if (expected.detail) expect(hit.detail).toMatch(expected.detail);
          if (expected.suggestions) expect(hit.suggestions).toEqual(expected.suggestions);
          expect(hit.detail.length).toBeGreaterThan(0);
        });
      });
    }
  });
}
