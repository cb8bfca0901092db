import { matchCase } from '../text/case';
import type { RuleKind } from './types';
import { compileContextFilter } from './context';
import { compileLiterals } from './literal';

export const substitution: RuleKind<'substitution'> = {
  meta: {
    id: 'substitution',
    docs: 'Flags a word or phrase and suggests what to write instead, keeping the writer\'s capitalisation; `context` limits where it counts.',
    fixable: true,
    defaultMessage: 'Use "{suggestion}" instead of "{match}".',
  },
  compile(rule, { literals }) {
    const entries = Object.entries(rule.swap).map(([from, to]) => ({ from, to: Array.isArray(to) ? to : [to] }));
    const find = compileLiterals(
      entries.map((entry) => entry.from),
      rule,
      literals,
    );
    const inContext = compileContextFilter(rule.context, literals);
    return (input) =>
      inContext(input, find(input)).map(({ start, end, term }) => {
        const match = input.text.slice(start, end);
        const suggestions = (entries[term]?.to ?? []).map((to) => matchCase(match, to));
        if (suggestions.length === 0) return { start, end, detail: `"${match}" is not allowed.`, values: { match } };
        const suggestion = suggestions.join('" or "');
        return {
          start,
          end,
          detail: `Use "${suggestion}" instead of "${match}".`,
          suggestions,
          values: { match, suggestion },
        };
      });
  },
};
