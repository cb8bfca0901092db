// Text recognised in a photo goes through the same checker as the post; each finding keeps the word
// boxes it covers so the UI can point at the place on the thumbnail.

import type { CompiledChecker } from '../compile';
import type { KindName } from '../schema';
import type { CheckOptions, Finding } from '../types';
import type { Box, ImageFinding, OcrWord } from './types';

type WordSpan = { start: number; end: number; box: Box };

/** Joins words into lines (space between words, newline between lines) and remembers each word's span. */
export function layoutWords(words: readonly OcrWord[]): { text: string; spans: WordSpan[] } {
  let text = '';
  const spans: WordSpan[] = [];
  let line: number | undefined;
  for (const word of words) {
    const clean = word.text.trim();
    if (clean === '') continue;
    if (line !== undefined) text += word.line === line ? ' ' : '\n';
    line = word.line;
    spans.push({ start: text.length, end: text.length + clean.length, box: word.box });
    text += clean;
  }
  return { text, spans };
}

/** Quoted in messages, shortened so a long OCR run does not flood the card. */
function quoteShown(shown: string): string {
  const oneLine = shown.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

function toPhotoFinding(finding: Finding, text: string, spans: readonly WordSpan[]): ImageFinding {
  const boxes = spans.filter((span) => span.start < finding.end && span.end > finding.start).map((span) => span.box);
  // A suggestion would replace text in the photo, which the writer cannot edit here: drop it.
  const { suggestions: _suggestions, ...rest } = finding;
  return {
    ...rest,
    source: 'photo-text',
    boxes,
    message: `The photo shows "${quoteShown(text.slice(finding.start, finding.end))}": ${finding.message} Crop or blur it before posting.`,
  };
}

/** Rules about the post as a whole (its length, its hashtags), not about words that a photo shows. */
const POST_LEVEL_KINDS: readonly KindName[] = ['length', 'hashtags'];

/** The ruleset's findings about what a text says (not about the post it would make). */
function contentFindings(text: string, checker: CompiledChecker, options: CheckOptions): Finding[] {
  const postLevel = new Set(checker.rules.filter((compiled) => POST_LEVEL_KINDS.includes(compiled.rule.kind)).map((compiled) => compiled.rule.id));
  return checker.check(text, options).filter((finding) => !postLevel.has(finding.ruleId));
}

export function checkPhotoText(words: readonly OcrWord[], checker: CompiledChecker, options: CheckOptions = {}): { text: string; findings: ImageFinding[] } {
  const { text, spans } = layoutWords(words);
  if (text === '') return { text, findings: [] };
  return { text, findings: contentFindings(text, checker, options).map((finding) => toPhotoFinding(finding, text, spans)) };
}

/**
 * A photo's alt text or description, as the writer typed it in the site's box: checked like the post
 * (it is published with the photo and read aloud by screen readers). start/end index the alt text.
 */
export function checkAltText(altText: string, checker: CompiledChecker, options: CheckOptions = {}): ImageFinding[] {
  if (altText.trim() === '') return [];
  return contentFindings(altText, checker, options).map(({ suggestions: _suggestions, ...finding }) => ({
    ...finding,
    source: 'alt-text',
    boxes: [],
    message: `The photo's description says "${quoteShown(altText.slice(finding.start, finding.end))}": ${finding.message}`,
  }));
}
