// ConText-style scope: for each kind, sentences whose marked phrase is in that scope ("invalid"
// as a claim) and sentences where the same phrase is asserted ("valid" claims). The phrase is
// given as [text, phrase]; the first occurrence is asked about.

import { analyseScopes, type ScopeKind } from '../../../rules/scope';

type Case = [text: string, phrase: string];

function kindsAt([text, phrase]: Case): ScopeKind[] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  return analyseScopes(text).at({ start, end: start + phrase.length });
}

const SCOPES: Record<ScopeKind, { inScope: Case[]; asserted: Case[] }> = {
  negation: {
    inScope: [
      ["Our treatment isn't permanent.", 'permanent'],
      ["We can't promise a cure, but we can help.", 'promise'],
      ["Frozen eggs don't guarantee a future pregnancy.", 'guarantee'],
      ['Painless surgery is impossible.', 'Painless'],
      ['Sunglasses are NOT safe for viewing the eclipse.', 'safe'],
    ],
    asserted: [
      ['No needles and no pain!', 'no pain'],
      ["You won't feel a thing.", "won't feel a thing"],
      ['Hip replacement with no waiting list and guaranteed results.', 'guaranteed results'],
      ['Cataract lenses - no glasses needed ever again.', 'ever again'],
      ['Never need glasses again 🙌 Our revolutionary lens replacement.', 'revolutionary'],
      ['Not only painless but permanent.', 'painless'],
      ["We can't promise a cure, but we guarantee results.", 'guarantee results'],
    ],
  },
  question: {
    inScope: [
      ['Is it painless? Not always.', 'painless'],
      ['No side effects? Every medicine can have them.', 'No side effects'],
      ['Is laser eye surgery permanent?', 'permanent'],
      ["'Is the result guaranteed?' No surgeon can promise that.", 'guaranteed'],
      ['Can we guarantee a short wait? Honestly, no: nobody can.', 'guarantee'],
      ["A question we hear daily: 'Will it be painless?' Honest answer: not always.", 'painless'],
    ],
    asserted: [
      ['Ready for pain-free dentistry?', 'pain-free'],
      ['Do you want perfect vision? Book today.', 'perfect vision'],
      ['Torn ACL? Our knee clinic promises you will be back on the course.', 'promises'],
    ],
  },
  hypothetical: {
    inScope: [["If your pain doesn't clear up, see your GP.", 'clear up']],
    asserted: [
      ["If you want perfect vision, book now.", 'perfect vision'],
      ["If it doesn't work, your money back.", "If it doesn't work"],
    ],
  },
  myth: {
    inScope: [
      ["MYTH: antibiotics cure colds. FACT: they don't.", 'cure'],
      ["It's a myth that LASIK is painful or risky.", 'risky'],
      ['Painless IVF? Myth.', 'Painless'],
    ],
    asserted: [["MYTH: antibiotics cure colds. FACT: our drips cure colds.", 'our drips cure']],
  },
  quotation: {
    inScope: [
      ['Anyone who tells you there is no risk is not giving you the full picture.', 'no risk'],
      ['Be wary of clinics promising guaranteed results.', 'guaranteed'],
      ['Watch out for ads that say "painless".', 'painless'],
      // a quoted phrase in a sentence that denies it, and a caution about it
      ["You won't see 'limited time' deals, 'guaranteed results' or 'painless' from us.", 'guaranteed results'],
      ['A word of caution about IVF "guarantees".', 'guarantees'],
    ],
    asserted: [
      ['Our clinic promises guaranteed results.', 'guaranteed'],
      // a testimonial in quotes, not denied, still makes the claim
      ['"Totally painless and guaranteed results!" says one happy client.', 'guaranteed'],
    ],
  },
  title: {
    inScope: [
      ['Join us for a screening of the film Perfect Vision on Friday.', 'Perfect Vision'],
      ['Congratulations to the Premier League stars who visited.', 'Premier'],
      ['Thank you to everyone who supported the Miracle Appeal.', 'Miracle'],
    ],
    asserted: [["London's Best Cosmetic Clinic.", 'Best']],
  },
  past: {
    inScope: [
      ['In 1928 penicillin was a miracle.', 'miracle'],
      ['75 years ago the first patient was cured.', 'cured'],
    ],
    asserted: [['Voted the best clinic in 2024.', 'best']],
  },
};

describe('scope analysis', () => {
  for (const [kind, { inScope, asserted }] of Object.entries(SCOPES) as [ScopeKind, (typeof SCOPES)[ScopeKind]][]) {
    describe(kind, () => {
      it.each(inScope)('"%s": "%s" is in scope', (text, phrase) => expect(kindsAt([text, phrase])).toContain(kind));
      it.each(asserted)('"%s": "%s" is not', (text, phrase) => expect(kindsAt([text, phrase])).not.toContain(kind));
    });
  }

  it('keeps the spans it found inside the text, with their cues', () => {
    const text = "MYTH: it's painless. We can't promise a cure? No.";
    for (const span of analyseScopes(text).spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.cue.length).toBeGreaterThan(0);
    }
  });
});
