import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inputFor } from '../../../rules/kinds/check-input';
import { compileAlternativeGate } from '../../../rules/kinds/pattern-gate';
import { flagsFor } from '../../../rules/kinds/pattern';
import { createDefaultChecker } from '../../../rules/index';
import type { RuleOf } from '../../../rules/schema';
import { LiteralScanners } from '../../../rules/text/literal-scanner';
import { patternFactors } from '../../../rules/text/regex-factors';
import { gateBuiltInPatterns, mayMatch, RegexGate } from '../../../rules/text/regex-gate';

function allMatches(regex: RegExp | null, text: string): string[] {
  if (!regex) return [];
  const found: string[] = [];
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else found.push(`${m.index}:${m[0]}`);
  }
  return found;
}

describe('patternFactors', () => {
  it('finds the literals each top-level alternative needs, lower-cased, whitespace runs as one space', () => {
    expect(patternFactors(String.raw`\bFoo\s+bar\b|ba[zr]s?|(?:x|y)\d+|\w+`)?.required).toEqual([['foo bar'], ['baz', 'bar'], ['x', 'y'], null]);
  });

  it('takes a literal from a positive lookaround, never from a negative one or an optional part', () => {
    expect(patternFactors(String.raw`\d+(?=\s*percent)`)?.required).toEqual([['percent']]);
    expect(patternFactors(String.raw`\d+(?!\s*percent)`)?.required).toEqual([null]);
    expect(patternFactors(String.raw`\d+(?:percent)?`)?.required).toEqual([null]);
  });

  it('gives up on what it does not model, so nothing is gated', () => {
    expect(patternFactors(String.raw`(a)\s\1`)).toBeNull();
    expect(patternFactors(String.raw`(?<w>a)\k<w>`)).toBeNull();
  });

  it('does not take letters /iu could match in other forms as literals', () => {
    expect(patternFactors('straße|σοφία')?.required).toEqual([['stra'], null]);
  });
});

describe('alternative gate', () => {
  const checker = createDefaultChecker();
  const patternRules = checker.rules.map(({ rule }) => rule).filter((rule): rule is RuleOf<'pattern'> => rule.kind === 'pattern');
  const corpus = ['claims', 'hard-negatives', 'identifiers', 'neutral'].flatMap((name) =>
    readFileSync(path.join(__dirname, '../../corpus', `${name}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

  it('the packs have pattern rules with gated alternatives', () => {
    expect(patternRules.length).toBeGreaterThan(3);
    expect(patternRules.every((rule) => patternFactors(rule.pattern)?.required.some((set) => set !== null))).toBe(true);
  });

  it.each(patternRules.map((rule) => [rule.id, rule] as const))('%s finds exactly what the whole pattern finds, on the corpus and on its examples', (_id, rule) => {
    const gate = compileAlternativeGate(rule.pattern, flagsFor(rule), new LiteralScanners());
    const whole = new RegExp(rule.pattern, flagsFor(rule));
    const examples = [...(rule.examples?.flag ?? []), ...(rule.examples?.pass ?? [])];
    const texts = [...corpus, ...examples.map((example) => (typeof example === 'string' ? example : example.text))];
    for (const text of texts) expect(allMatches(gate(inputFor(text, 'x')), text)).toEqual(allMatches(new RegExp(whole), text));
  });

  it.each(patternRules.map((rule) => [rule.id, rule] as const))('%s agrees with the whole pattern on texts built from its own literals and awkward characters', (_id, rule) => {
    const gate = compileAlternativeGate(rule.pattern, flagsFor(rule), new LiteralScanners());
    const whole = new RegExp(rule.pattern, flagsFor(rule));
    const literals = (patternFactors(rule.pattern)?.required ?? []).flatMap((set) => set ?? []);
    const awkward = [' ', '  ', '\u00a0', '\n', '\t', 'ſ', 'S', '\u212a', 'K', '’', "'", '\u2011', '-', '£50', '$', '20%', '50 % off', '3', '.', 'Friday', 'by', 'x', '#ad', 'é'];
    const token = fc.oneof(
      fc.constantFrom(...literals),
      fc.constantFrom(...literals).map((literal) => literal.toUpperCase().replace(/S/g, 'ſ').replace(/K/g, '\u212a')),
      fc.constantFrom(...literals).map((literal) => literal.replace(/ /g, '\u00a0\n ')),
      fc.constantFrom(...awkward),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const text = tokens.join('');
        expect(allMatches(gate(inputFor(text, 'x')), text)).toEqual(allMatches(new RegExp(whole), text));
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('RegexGate', () => {
  const pattern = /\b(?:every\s+single\s+(?:one|patient)|never\s+(?:had|seen)\s+a\s+complication)\b/gi;

  /** A gate that has met `patterns` and added them to its literal pass. */
  function gateFor(...patterns: RegExp[]): RegexGate {
    const gate = new RegexGate(1);
    for (const known of patterns) gate.mayMatch(known, '');
    gate.mayMatch(/x/, '');
    return gate;
  }

  it('says no only when none of the literals a match needs is in the text', () => {
    const gate = gateFor(pattern);
    expect(gate.mayMatch(pattern, 'Thanks to the ward team for a lovely evening.')).toBe(false);
    expect(gate.mayMatch(pattern, 'EVERY\u00a0 SINGLE patient went home')).toBe(true);
    expect(gate.mayMatch(pattern, 'We’ve never  had a complication')).toBe(true);
  });

  it('runs a pattern it has just met until the batch of new patterns joins the literal pass', () => {
    const gate = new RegexGate(3);
    const text = 'Thanks to the ward team.';
    expect([1, 2, 3, 4].map(() => gate.mayMatch(pattern, text))).toEqual([true, true, true, false]);
  });

  it('in an editor, runs a pattern it has met until prepare() reads it, however many questions come', () => {
    const gate = new RegexGate(3);
    gate.onlyPrepared();
    const text = 'Thanks to the ward team.';
    expect(Array.from({ length: 10 }, () => gate.mayMatch(pattern, text)).every(Boolean)).toBe(true);
    expect(gate.prepare(() => 1)).toBe(false);
    expect(gate.mayMatch(pattern, text)).toBe(false);
    expect(gate.mayMatch(pattern, 'We never had a complication.')).toBe(true);
  });

  it('prepare() stops when its time is up and says patterns still wait', () => {
    const gate = new RegexGate();
    gate.onlyPrepared();
    const other = /\bguaranteed\b/gi;
    gate.mayMatch(pattern, 'x');
    gate.mayMatch(other, 'x');
    let calls = 0;
    expect(gate.prepare(() => (calls++ === 0 ? 1 : 0))).toBe(true);
    expect([gate.mayMatch(pattern, 'x'), gate.mayMatch(other, 'x')].filter(Boolean)).toHaveLength(1);
    expect(gate.prepare(() => 1)).toBe(false);
    expect([gate.mayMatch(pattern, 'x'), gate.mayMatch(other, 'x')]).toEqual([false, false]);
  });

  it('always runs a pattern with an alternative that needs no literal, or one it cannot read', () => {
    const digits = /guarantee|\d{3}/g;
    const backreference = /(ab)\1/g;
    const gate = gateFor(digits, backreference);
    expect(gate.mayMatch(digits, 'room 412')).toBe(true);
    expect(gate.mayMatch(backreference, 'nothing here')).toBe(true);
  });

  it('never says no to a text the pattern matches', () => {
    const gate = gateFor(pattern);
    const words = ['every', 'single', 'one', 'patient', 'never', 'had', 'seen', 'a', 'complication', 'Every', 'NEVER', 'ſingle', '\u00a0', '  ', '\n', '’'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        if (new RegExp(pattern).test(text)) expect(gate.mayMatch(pattern, text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('built-in pattern gate', () => {
  it('runs every pattern until a batch run switches the gate on, then skips texts without its literals', () => {
    const pattern = /\bnever\s+(?:had|seen)\s+a\s+complication\b/gi;
    const text = 'Thanks to the ward team.';
    expect(mayMatch(pattern, text)).toBe(true);
    gateBuiltInPatterns();
    const answers = Array.from({ length: 300 }, () => mayMatch(pattern, text));
    expect(answers[0]).toBe(true);
    expect(answers.at(-1)).toBe(false);
    expect(mayMatch(pattern, 'We never had a complication.')).toBe(true);
  });
});
