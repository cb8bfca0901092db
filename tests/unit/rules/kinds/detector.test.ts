import { loadRuleset } from '../../../../rules';
import type { Detector } from '../../../../rules/detectors/types';
import { describeRule } from './tester';

// Stand-in detectors, so the tests control exactly what is detected.
const digits: Detector = {
  meta: { id: 'digits', description: 'test: runs of six or more digits' },
  detect: ({ text }) => [...text.matchAll(/\+?\d[\d ]{5,}\d/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, detail: 'A long number.' })),
};
const names: Detector = {
  meta: { id: 'names', description: 'test: three fixed names in any case and spacing' },
  detect: ({ text }) =>
    [...text.matchAll(/(?:dr\.? +)?priya +shah|riverside +hospital|john +smith/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, detail: 'A name.', severity: 'info' as const })),
};
const broken: Detector = {
  meta: { id: 'broken', description: 'test: throws' },
  detect: () => {
    throw new Error('boom');
  },
};
const detectors = { digits, names, broken };

describeRule(
  'detector with context words',
  { kind: 'detector', detector: 'digits', severity: 'warning', context: { raise: ['patient', 'NHS number'], lower: ['call us', 'phone'], window: 20 } },
  {
    flag: [
      { text: 'Reference 1234567', severities: ['warning'] },
      { text: 'Patient reference 1234567', severities: ['error'] },
      { text: 'Our NHS number is 1234567', severities: ['error'] },
      { text: 'Call us on 1234567', severities: ['info'] },
      { text: 'Patient, call us on 1234567', severities: ['warning'] },
      // Outside the window the word has no effect.
      { text: `Patient ${'.'.repeat(40)} 1234567`, severities: ['warning'] },
    ],
    pass: ['No numbers here', '12345'],
  },
  {},
  { detectors },
);

// The whole post as context: a number in a rota is lowered, the same number in a patient's story is not.
const ROTA = 'Reminder for all staff: the theatre rota for next month is now on the intranet, and the canteen closes early on Friday for the deep clean, ref 1234567.';
const STORY = 'So lovely to see Mr Hughes walk out to his daughter\'s car this afternoon, three weeks after he came in by ambulance with a broken hip, ref 1234567.';
describeRule(
  'detector lowered outside care',
  { kind: 'detector', detector: 'digits', severity: 'error', context: { lowerOutsideCare: true } },
  {
    flag: [
      { text: ROTA, severities: ['warning'] },
      { text: STORY, severities: ['error'] },
      // Too short for the model to judge: the rule's own severity stands.
      { text: 'Rota ref 1234567', severities: ['error'] },
    ],
    pass: [],
  },
  {},
  { detectors },
);

describeRule(
  'detector not lowered outside care unless asked',
  { kind: 'detector', detector: 'digits', severity: 'error' },
  { flag: [{ text: ROTA, severities: ['error'] }], pass: [] },
  {},
  { detectors },
);

describeRule(
  'detector with the org allow-lists',
  { kind: 'detector', detector: 'digits' },
  {
    flag: [{ text: 'Call 0161 555 0199', spans: [[5, 18]] }],
    pass: ['Call 0161 555 0100', 'Call +44 161 555 0100', 'Call 01615550100'],
  },
  { org: { contacts: ['+44 161 555 0100'] } },
  { detectors },
);

describeRule(
  'detector hits on staff and org names are dropped (case, spacing and punctuation ignored)',
  { kind: 'detector', detector: 'names' },
  {
    flag: [{ text: 'Get well soon John Smith', severities: ['info'] }],
    pass: ['Meet Dr Priya Shah', 'Meet dr  priya shah.', 'Welcome to Riverside Hospital'],
  },
  { org: { staff: ['Dr. Priya Shah'], names: ['Riverside Hospital'] } },
  { detectors },
);

describe('detector loading and failures', () => {
  it('refuses an unknown detector name, listing the known ones', () => {
    const result = loadRuleset('name: t\nrules:\n  - id: privacy/x\n    kind: detector\n    detector: dna-sequence\n', { detectors });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'rules[0].detector', line: 5, column: 15, message: 'privacy/x: unknown detector "dna-sequence"; expected one of: broken, digits, names' }],
    });
  });

  it('a detector that throws becomes one engine warning; other rules still run', () => {
    const result = loadRuleset(
      JSON.stringify({
        name: 't',
        rules: [
          { id: 'privacy/broken', kind: 'detector', detector: 'broken' },
          { id: 'tone/cure', kind: 'terms', terms: ['cure'] },
        ],
      }),
      { detectors },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const findings = result.checker.check('a cure');
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'engine/rule-failed', severity: 'warning', start: 0, end: 0, message: expect.stringContaining('privacy/broken could not run (boom)') }),
      expect.objectContaining({ ruleId: 'tone/cure', start: 2, end: 6 }),
    ]);
  });
});

// Detectors read the normalised text; findings, the {match} value and context words use the draft's offsets.
describeRule(
  'detector on disguised text (spans in the draft, not the normalised text)',
  { kind: 'detector', detector: 'digits', message: 'found {match}', context: { raise: ['patient'], lower: [], window: 20 } },
  {
    flag: [
      // Fullwidth digits and a soft hyphen inside: the span covers the draft's characters.
      { text: '😀 Ref \uff11\uff12\uff13\u00ad4567', spans: [[7, 15]] },
      // Invisibles at the edges stay out of the span; an emoji before does not shift it.
      { text: '👩🏽‍⚕️ \u200b123\u2009456\u200b ok', spans: [[9, 16]] },
      // Arabic-Indic digits after a Cyrillic-spelled context word still raise severity.
      { text: 'p\u0430tient \u0661\u0662\u0663\u0664\u0665\u0666\u0667', severities: ['error'] },
    ],
    pass: ['\uff11\uff12\uff13 only three'],
  },
  {},
  { detectors },
);

describe('detector findings quote the draft', () => {
  it('puts the draft text, not the normalised text, in {match}', () => {
    const loaded = loadRuleset(
      JSON.stringify({ name: 't', rules: [{ id: 'privacy/x', kind: 'detector', detector: 'digits', severity: 'error', message: 'found {match}' }] }),
      { detectors },
    );
    if (!loaded.ok) throw new Error('load failed');
    const text = 'Ref \uff11\uff12\uff13\u00ad4567';
    const [finding] = loaded.checker.check(text);
    expect(finding?.message).toBe(`found ${text.slice(4)}`);
  });
});
