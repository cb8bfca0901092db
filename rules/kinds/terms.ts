import type { RuleKind } from './types';
import { compileContextFilter } from './context';
import { compileLiterals } from './literal';

export const terms: RuleKind<'terms'> = {
  meta: {
    id: 'terms',
    docs: 'Words or phrases that must not appear. Case-insensitive and whole-word by default; `context` limits where they count.',
    fixable: false,
    defaultMessage: 'Avoid "{match}".',
  },
  compile(rule, { literals }) {
    const find = compileLiterals(rule.terms, rule, literals);
    const inContext = compileContextFilter(rule.context, literals);
    return (input) =>
      inContext(input, find(input)).map(({ start, end }) => {
        const match = input.text.slice(start, end);
        return { start, end, detail: `"${match}" is not allowed.`, values: { match } };
      });
  },
};
