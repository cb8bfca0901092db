// The ruleset's own examples, run against the active checker: evidence that each rule flags what it
// should and passes what it should. A ruleset with a failing example is refused before it gets here.

import { useMemo } from 'react';
import { examplesOf } from './example-results';
import { useAdmin } from './admin-store';

export function ExamplesReport() {
  const checker = useAdmin((s) => s.snapshot?.effective.checker);
  const results = useMemo(() => (checker ? examplesOf(checker) : []), [checker]);
  if (!checker) return null;
  const failed = results.filter((r) => !r.ok).length;
  const rules = new Set(results.map((r) => r.ruleId)).size;
  return (
    <section aria-labelledby="examples-title" data-testid="examples-report">
      <h2 id="examples-title">Examples</h2>
      <p>
        {results.length === 0
          ? 'This ruleset has no examples.'
          : `${results.length} example${results.length === 1 ? '' : 's'} from ${rules} rule${rules === 1 ? '' : 's'}: ${failed === 0 ? 'all behave as declared' : `${failed} failed`}.`}
      </p>
      {results.length > 0 && (
        <details>
          <summary>Show every example</summary>
          <table className="examples">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Expected</th>
                <th scope="col">Example</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {results.map((result) => (
                <tr key={`${result.ruleId}-${result.expect}-${result.index}`} data-example-ok={result.ok}>
                  <td>
                    <code>{result.ruleId}</code>
                  </td>
                  <td>{result.expect === 'flag' ? 'flagged' : 'passes'}{result.platform ? ` on ${result.platform}` : ''}</td>
                  <td>{result.text}</td>
                  <td>{result.ok ? 'ok' : 'FAILED'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
