// Questions (ConText): "Is it painless? Not always." asks rather than claims. Two kinds of question
// count: one the post answers with a rebuttal ("No side effects? Every medicine can have them"),
// and a yes/no question about the treatment rather than the reader ("Is LASIK permanent?").
// Rhetorical sales questions about the reader ("Ready for pain-free dentistry?", "Do you want
// perfect vision?") still make the claim, so they stay in.

import { EMOJI, type Sentences } from './bounds';
import type { ScopeSpan } from './types';

const ABOUT_THE_TREATMENT = /^\W*(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)\s+(?!(?:you|your|u|ya|we)\b)/i;

const REBUTTAL =
  new RegExp(String.raw`^(?:[\s\uFE0F\u200D*_-]|${EMOJI})*(?:(?:honestly|truthfully|frankly|realistically|(?:short|honest|simple|straight|quick|real)\s+answer)[\s,:—–-]+)?(?:no\b|nope|not\b|never|sadly|unfortunately|actually|in\s+fact|well\b|it\s+depends|sometimes|rarely|myth|false|wrong|the\s+truth|truth|fact|every\s+(?:medicine|treatment|procedure|operation|surgery|drug)|all\s+(?:medicines|treatments|procedures|operations|drugs)|any\s+(?:medicine|treatment|procedure)|that's\s+a\s+myth)`, 'i');

export function questionScopes(text: string, sentences: Sentences): ScopeSpan[] {
  const all = sentences.all();
  const spans: ScopeSpan[] = [];
  all.forEach((sentence, i) => {
    // (a question in quotes ends at its quote mark: "'Is it guaranteed to get rid of my glasses?' No surgeon can promise that.")
    const body = text.slice(sentence.start, sentence.end).trimEnd().replace(/['"’”»)\]]+$/, '');
    if (!body.endsWith('?')) return;
    const next = all[i + 1];
    const answer = next ? text.slice(next.start, next.end) : '';
    const rebutted = REBUTTAL.test(answer);
    if (rebutted || ABOUT_THE_TREATMENT.test(body)) spans.push({ kind: 'question', start: sentence.start, end: sentence.end, cue: rebutted ? 'rebutted question' : 'yes/no question' });
  });
  return spans;
}
