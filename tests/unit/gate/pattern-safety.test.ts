// Admin patterns that are linear from one start but quadratic when searched for (the engine retries
// at every position) are refused at load, as a user of the console would load them; patterns whose
// search stays linear still load.
import { loadRuleset } from '../../../rules';

const load = (pattern: string, caseSensitive = false) =>
  loadRuleset(`name: t\nrules:\n  - id: org/p\n    kind: pattern\n    pattern: '${pattern}'\n    caseSensitive: ${caseSensitive}\n`);

// redos-detector's analysis is CPU-bound: generous timeouts so a busy machine does not fail these.
describe('quadratic search refused at load', { timeout: 60_000 }, () => {
  it.each(['\\d+x', '[a-z]+@', '\\s+$', '\\w+@\\w+\\.com', 'a.*b'])('refuses %s, naming the rule path and line', (pattern) => {
    const result = load(pattern);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ path: 'rules[0].pattern', line: 5, message: expect.stringMatching(/slow when searched for in a long post/) }),
    ]);
  });

  it.each([
    ['NHS\\s+Trust', false],
    ['\\bcures?\\b', false],
    ['#\\w+', false],
    ['\\b[a-z]+ing\\b', false],
    ['[A-Z][a-z]+ [A-Z][a-z]+', true],
    ['\\d{3} \\d{3} \\d{4}', false],
  ] as const)('loads %s', (pattern, caseSensitive) => {
    const result = load(pattern, caseSensitive);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
