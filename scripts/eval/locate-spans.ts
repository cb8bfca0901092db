// Authoring helper: fills in start/end for every span that has a `quote` (and optional 1-based
// `occurrence`) but no offsets yet, rewriting the corpus files in place. Offsets are computed,
// never typed by hand. Usage: npx tsx scripts/eval/locate-spans.ts [tests/corpus]
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusFiles } from './corpus.ts';

type DraftSpan = { type: string; quote?: string; occurrence?: number; start?: number; end?: number; severity?: string };

function locate(text: string, span: DraftSpan, where: string): DraftSpan {
  if (span.start !== undefined && span.end !== undefined) return span;
  if (!span.quote) throw new Error(`${where}: span has neither offsets nor quote`);
  const wanted = span.occurrence ?? 1;
  let at = -1;
  for (let n = 0; n < wanted; n++) {
    at = text.indexOf(span.quote, at + 1);
    if (at < 0) throw new Error(`${where}: occurrence ${wanted} of "${span.quote}" not found`);
  }
  const { occurrence: _occurrence, ...rest } = span;
  return { type: rest.type, start: at, end: at + span.quote.length, quote: span.quote, ...(rest.severity ? { severity: rest.severity } : {}) };
}

const dir = process.argv[2] ?? 'tests/corpus';
let failures = 0;
for (const path of corpusFiles(dir)) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out = lines.map((line, i) => {
    if (line.trim() === '') return line;
    const post = JSON.parse(line);
    try {
      for (const key of ['identifiers', 'tone'] as const) {
        if (Array.isArray(post[key])) post[key] = post[key].map((s: DraftSpan) => locate(post.text, s, `${path}:${i + 1} ${post.id}`));
      }
    } catch (e) {
      failures++;
      console.error((e as Error).message);
    }
    return JSON.stringify(post);
  });
  writeFileSync(path, out.join('\n'));
}
if (failures) process.exit(1);
