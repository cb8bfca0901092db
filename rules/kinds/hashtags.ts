import { splitIntoWords } from '../text/hashtag-words';
import type { RuleOf } from '../schema';
import type { CheckInput, RuleHit, RuleKind } from './types';
import { limitFor } from './per-platform';

type Tag = { start: number; end: number; text: string; key: string };

// A hashtag starts after a non-word character and needs at least one letter (#2024 is not a tag on X).
const HASHTAG = /(?<![\p{L}\p{N}\p{M}_&#/])[#＃][\p{L}\p{N}\p{M}_]+/gu;
// An all-lower-case tag is flagged when it splits into known words, or when it is so long it must
// be several words; long single words (#orthopaedics, #ophthalmology) are left alone.
const DEFAULT_CAMEL_CASE_MIN_LETTERS = 20;

function keyOf(tag: string): string {
  return tag.replace(/^[#＃]/, '').toLowerCase();
}

export function findHashtags(text: string): Tag[] {
  return [...text.matchAll(HASHTAG)]
    .filter((m) => /\p{L}/u.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], key: keyOf(m[0]) }));
}

function withHash(tag: string): string {
  return tag.startsWith('#') ? tag : `#${tag}`;
}

function camelCaseHits(tags: Tag[], minLetters: number): RuleHit[] {
  return tags.flatMap((tag) => {
    const body = tag.text.slice(1);
    if (!/^\p{Ll}+$/u.test(body)) return [];
    const words = splitIntoWords(body);
    if (!words && body.length < minLetters) return [];
    const suggestion = words && `#${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
    return [
      {
        start: tag.start,
        end: tag.end,
        detail: `Write multi-word hashtags in CamelCase${suggestion ? ` (${suggestion})` : ''} so screen readers read the words.`,
        ...(suggestion ? { suggestions: [suggestion] } : {}),
        values: { match: tag.text, ...(suggestion ? { suggestion } : {}) },
      },
    ];
  });
}

function requireHits(rule: RuleOf<'hashtags'>, tags: Tag[], text: string): RuleHit[] {
  if (!rule.require || text.trim() === '') return [];
  const present = new Set(tags.map((tag) => tag.key));
  const missing: string[] = [];
  const any = rule.require.any ?? [];
  if (any.length > 0 && !any.some((tag) => present.has(keyOf(tag)))) missing.push(withHash(any[0] as string));
  for (const tag of rule.require.all ?? []) if (!present.has(keyOf(tag))) missing.push(withHash(tag));
  if (missing.length === 0) return [];
  // Zero-width at the end: applying the suggestion appends the tag.
  const separator = /\s$/.test(text) ? '' : ' ';
  const needed = any.length > 1 && missing[0] === withHash(any[0] as string) ? `one of ${any.map(withHash).join(', ')}` : missing.join(', ');
  return [
    {
      start: text.length,
      end: text.length,
      detail: `Add ${needed}.`,
      suggestions: [separator + missing.join(' ')],
      values: { suggestion: missing.join(' ') },
    },
  ];
}

function listHits(tags: Tag[], rule: RuleOf<'hashtags'>): RuleHit[] {
  const banned = new Set((rule.ban ?? []).map(keyOf));
  const allowed = rule.allow && new Set(rule.allow.map(keyOf));
  return tags.flatMap((tag) => {
    if (banned.has(tag.key)) return [{ start: tag.start, end: tag.end, detail: `Don't use ${tag.text}.`, values: { match: tag.text } }];
    if (allowed && !allowed.has(tag.key)) {
      return [{ start: tag.start, end: tag.end, detail: `${tag.text} is not on the approved hashtag list.`, values: { match: tag.text } }];
    }
    return [];
  });
}

function maxHits(tags: Tag[], max: number | undefined, input: CheckInput): RuleHit[] {
  if (max === undefined || tags.length <= max) return [];
  const where = input.platform ? ` on ${input.platform === 'x' ? 'X' : input.platform === 'linkedin' ? 'LinkedIn' : 'Facebook'}` : '';
  return tags.slice(max).map((tag) => ({
    start: tag.start,
    end: tag.end,
    detail: `${tags.length} hashtags; use at most ${max}${where}.`,
    values: { match: tag.text, count: tags.length, max },
  }));
}

export const hashtags: RuleKind<'hashtags'> = {
  meta: {
    id: 'hashtags',
    docs: 'Hashtag policy: required tags, an allow-list, banned tags, a maximum per platform, CamelCase for multi-word tags.',
    fixable: true,
    defaultMessage: '{detail}',
  },
  compile(rule) {
    const camelCase = rule.camelCase === true ? DEFAULT_CAMEL_CASE_MIN_LETTERS : rule.camelCase ? rule.camelCase.minLetters : undefined;
    return (input) => {
      const tags = findHashtags(input.text);
      return [
        ...listHits(tags, rule),
        ...maxHits(tags, limitFor(rule.max, input.platform), input),
        ...(camelCase === undefined ? [] : camelCaseHits(tags, camelCase)),
        ...requireHits(rule, tags, input.text),
      ];
    };
  },
};
