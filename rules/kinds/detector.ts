import { compileLiterals } from './literal';
import { readPost } from '../learned/patient-context';
import { compileOrgAllowList } from '../text/org-lists';
import { shiftSeverity } from '../severity';
import type { RuleOf } from '../schema';
import type { CheckInput, CompileContext, RuleHit, RuleKind, RuleProblem } from './types';


type Span = { start: number; end: number };

function near(words: Span[], hit: Span, window: number): boolean {
  return words.some((word) => word.end >= hit.start - window && word.start <= hit.end + window);
}

export function detectorProblems(rule: RuleOf<'detector'>, { detectors }: CompileContext): RuleProblem[] {
  if (Object.hasOwn(detectors, rule.detector)) return [];
  const known = Object.keys(detectors).sort();
  return [
    {
      path: 'detector',
      message: `unknown detector "${rule.detector}"; expected one of: ${known.length ? known.join(', ') : '(no detectors are built in yet)'}`,
    },
  ];
}

export const detector: RuleKind<'detector'> = {
  meta: {
    id: 'detector',
    docs: 'Runs a built-in identifier detector; context words raise or lower severity; the org allow-lists are never flagged.',
    fixable: false,
    defaultMessage: '{detail}',
  },
  compile(rule, { detectors, org, literals }) {
    const implementation = detectors[rule.detector];
    if (!implementation) throw new Error(`unknown detector "${rule.detector}"`);
    const isOrgOwn = compileOrgAllowList(org);
    const literalOptions = { caseSensitive: false, wholeWord: true };
    // Context words read the canonical text: their own group, so that pass skips the other lists.
    const raise = rule.context?.raise.length ? compileLiterals(rule.context.raise, literalOptions, literals, 'canonical') : undefined;
    const lower = rule.context?.lower.length ? compileLiterals(rule.context.lower, literalOptions, literals, 'canonical') : undefined;
    const window = rule.context?.window ?? 0;
    const lowerOutsideCare = rule.context?.lowerOutsideCare ?? false;
    return (input: CheckInput): RuleHit[] => {
      // Detectors and context words read the canonical text; findings and {match} use the draft's offsets.
      const canonical = input.canonical();
      const read = input.canonicalInput();
      const hits = implementation
        .detect({ text: read.text, platform: input.platform, org })
        .filter((hit) => hit.end > hit.start && !isOrgOwn(read.text.slice(hit.start, hit.end)));
      if (hits.length === 0) return [];
      const raising = raise?.(read) ?? [];
      const lowering = lower?.(read) ?? [];
      // A name, a date or a room number in a post about no one's care (a rota, an event, an offer)
      // is rarely a patient's: the whole post is the context the words near a hit cannot give.
      const outsideCare = lowerOutsideCare && readPost(read.text) === 'not-care';
      return hits.map((hit) => {
        const steps = (near(raising, hit, window) ? 1 : 0) - (near(lowering, hit, window) ? 1 : 0) - (outsideCare ? 1 : 0);
        const span = canonical.toOriginal(hit.start, hit.end);
        return {
          ...span,
          detail: outsideCare ? `${hit.detail} (Lowered: the post as a whole does not read as about anyone's care.)` : hit.detail,
          severity: shiftSeverity(hit.severity ?? rule.severity, steps),
          ...(hit.suggestions ? { suggestions: hit.suggestions } : {}),
          values: { match: input.text.slice(span.start, span.end) },
        };
      });
    };
  },
};
