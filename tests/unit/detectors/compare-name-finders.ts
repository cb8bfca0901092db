// Measures the patient-name detector with two name finders on the shared cases: the compact lexicon
// (shipped) and compromise's people() NLP. Prints accuracy, time per call and bundle cost.
// Run: npx tsx tests/unit/detectors/compare-name-finders.ts
import { execSync } from 'node:child_process';
import nlp from 'compromise';
import { findNames, type NameCandidate } from '../../../rules/detectors/names/find-names';
import { createPatientNameDetector } from '../../../rules/detectors/patient-name';
import { NO_ORG } from './detector-tester';
import { patientNameCases } from './patient-name.cases';

type Json = { text: string; offset: { start: number; length: number } };

function compromiseNames(text: string): NameCandidate[] {
  const people = nlp(text).people().json({ offset: true }) as Json[];
  return people.map(({ offset }) => {
    const name = text.slice(offset.start, offset.start + offset.length).replace(/[\s,.!?;:]+$/, '');
    return { start: offset.start, end: offset.start + name.length, name };
  });
}

function score(label: string, finder: (text: string) => NameCandidate[], bundleEntry: string) {
  const detector = createPatientNameDetector(finder);
  let silentOnValid = 0;
  let exactOnInvalid = 0;
  const misses: string[] = [];
  for (const entry of patientNameCases.valid) {
    const c = typeof entry === 'string' ? { text: entry, org: NO_ORG } : entry;
    if (detector.detect({ text: c.text, org: c.org }).length === 0) silentOnValid++;
    else misses.push(`false hit: ${c.text}`);
  }
  for (const c of patientNameCases.invalid) {
    const got = detector.detect({ text: c.text, org: c.org ?? NO_ORG }).map((h) => c.text.slice(h.start, h.end));
    if (JSON.stringify(got) === JSON.stringify(c.hits.map((h) => h.match))) exactOnInvalid++;
    else misses.push(`missed: ${c.text} -> ${JSON.stringify(got)}`);
  }
  // Leak cases only: a valid case saying "not a real patient" would switch the whole sample off.
  const sample = patientNameCases.invalid.map((c) => c.text).join(' ');
  const text3000 = sample.repeat(Math.ceil(3000 / sample.length)).slice(0, 3000);
  const runs = 50;
  detector.detect({ text: text3000, org: NO_ORG });
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) detector.detect({ text: text3000, org: NO_ORG });
  const perCall = (performance.now() - t0) / runs;
  const bytes = execSync(`npx esbuild --bundle --minify --format=esm --log-level=error`, { input: bundleEntry, encoding: 'utf8', maxBuffer: 1 << 26, cwd: process.cwd() }).length;
  console.log(`${label}: valid silent ${silentOnValid}/${patientNameCases.valid.length}, invalid exact ${exactOnInvalid}/${patientNameCases.invalid.length}, ${perCall.toFixed(2)} ms per 3,000 chars, ${(bytes / 1024).toFixed(0)} KB minified`);
  for (const miss of misses) console.log(`  ${miss}`);
}

score('lexicon   ', findNames, `import { findNames } from './rules/detectors/names/find-names'; console.log(findNames);`);
score('compromise', compromiseNames, `import nlp from 'compromise'; console.log(nlp('x').people().json({ offset: true }));`);
