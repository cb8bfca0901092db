// Prints each detector's median time on a 280- and a 3,000-character post (Node, this machine).
// Run: npx tsx tests/unit/detectors/time-detectors.ts
import { DETECTORS } from '../../../rules/detectors';
import type { OrgContext } from '../../../rules/detectors/types';

const org: OrgContext = { names: ['Riverside Hospital'], staff: ['Dr Priya Shah', 'Jane Lee'], contacts: ['+44 161 555 0100', 'bookings@riverside.example'] };
// A mix of compliant copy and identifier-bearing sentences, so every detector has candidates to judge.
const SENTENCES = [
  'Flu clinics run on 12 May and 19 May at Riverside Hospital, 9am-4pm; call us on 0161 555 0100 to book.',
  'Maria Gonzalez was discharged today after surgery on Ward 7, Bay 3, and thanks Dr Priya Shah and the team.',
  'Our 95-year-old patient Edith turns 96 on Friday! Her daughter can be reached on 07700 900123.',
  'NHS no: 943 476 5919 was visible on the whiteboard; MRN 00123456 too. Please never post these.',
  'Welcome baby Leo, born at 02:17 on 3/4/2024 weighing 7lb 2oz, to proud parents Sam and Alex!',
  'Hi Karen, thanks for your review. We are sorry your visit on Tuesday was delayed; please email bookings@riverside.example.',
  'Meet John, walking again after his hip replacement. Patient of the week! He lives at 42 Elm Street, SW1A 1AA.',
  'Celebrating 100 years of care: babies born here this year number 4,210 and our governors meet in Conference Room B.',
];

function textOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += SENTENCES[i % SENTENCES.length] + ' ';
  return text.slice(0, length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

for (const length of [280, 3000]) {
  const text = textOf(length);
  const runs = length > 1000 ? 200 : 1000;
  const rows: [string, number][] = [];
  for (const [id, detector] of Object.entries(DETECTORS)) {
    for (let i = 0; i < 20; i++) detector.detect({ text, org }); // warm up the JIT
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      detector.detect({ text, org });
      times.push(performance.now() - t0);
    }
    rows.push([id, median(times)]);
  }
  const allTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (const detector of Object.values(DETECTORS)) detector.detect({ text, org });
    allTimes.push(performance.now() - t0);
  }
  console.log(`\n${length} characters (median of ${runs} runs, ms)`);
  for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(14)} ${ms.toFixed(3)}`);
  console.log(`  ${'ALL DETECTORS'.padEnd(14)} ${median(allTimes).toFixed(3)}`);
}

// Adversarial inputs (3,000 characters of one repeated fragment): catches super-linear regexes and
// per-candidate rescans. Reports the slowest detector per input.
const FRAGMENTS = ['1', '1 ', '1-', '12/', 'Aa ', 'A. ', 'Mr ', '@a.', 'a@b.', '9', ' ', '(1', 'Ward ', 'Room 1 ', 'your a ', 'born ', 'aged 9', '1.', 'Ab Cd ', 'SW1A ', '1EG4', 'the ', ', '];
console.log('\nadversarial 3,000-character inputs (slowest detector, warm, ms)');
for (const fragment of FRAGMENTS) {
  const text = fragment.repeat(Math.ceil(3000 / fragment.length)).slice(0, 3000);
  let slowest: [string, number] = ['', 0];
  for (const [id, detector] of Object.entries(DETECTORS)) {
    detector.detect({ text, org });
    const t0 = performance.now();
    detector.detect({ text, org });
    const ms = performance.now() - t0;
    if (ms > slowest[1]) slowest = [id, ms];
  }
  console.log(`  ${JSON.stringify(fragment).padEnd(10)} ${slowest[0].padEnd(14)} ${slowest[1].toFixed(2)}`);
}
