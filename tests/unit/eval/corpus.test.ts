import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { CorpusError, loadCorpus, parsePost } from '../../../scripts/eval/corpus.ts';

const corpusDir = fileURLToPath(new URL('../../corpus', import.meta.url));

describe('labelled corpus', () => {
  const posts = loadCorpus(corpusDir);

  it('loads, and every span lies inside its text and matches its quote', () => {
    expect(posts.length).toBeGreaterThanOrEqual(400);
    for (const post of posts) {
      for (const span of [...post.identifiers, ...post.tone]) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(post.text.length);
        expect(span.quote, `${post.id} ${span.type} has no quote`).toBeDefined();
        expect(post.text.slice(span.start, span.end)).toBe(span.quote);
      }
    }
  });

  it('has the agreed mix of categories', () => {
    const byFile = (file: string) => posts.filter((p) => p.file === file);
    expect(byFile('identifiers').filter((p) => p.block).length).toBeGreaterThanOrEqual(130);
    expect(byFile('hard-negatives').length).toBeGreaterThanOrEqual(120);
    expect(byFile('claims').length).toBeGreaterThanOrEqual(100);
    expect(byFile('neutral').length).toBeGreaterThanOrEqual(60);
  });

  it('keeps negatives and neutral posts free of labels and blocks', () => {
    for (const post of posts.filter((p) => p.file === 'hard-negatives' || p.file === 'neutral')) {
      expect(post.block, post.id).toBe(false);
      expect(post.identifiers, post.id).toEqual([]);
      expect(post.tone, post.id).toEqual([]);
    }
  });

  it('labels every claims post with at least one tone span', () => {
    for (const post of posts.filter((p) => p.file === 'claims')) expect(post.tone.length, post.id).toBeGreaterThan(0);
  });
});

describe('parsePost validation', () => {
  const base = { id: 'uk-nhs-999', platform: 'x', text: 'Mrs Jane Roe is on Ward 9', block: true };

  it('rejects a span whose slice differs from its quote', () => {
    const line = JSON.stringify({ ...base, identifiers: [{ type: 'patient-name', start: 0, end: 7, quote: 'Mrs Jane Roe' }] });
    expect(() => parsePost(line, 't', 1)).toThrow(CorpusError);
  });

  it('rejects a span outside the text and an unknown type', () => {
    const outside = JSON.stringify({ ...base, identifiers: [{ type: 'room-bed', start: 19, end: 40 }] });
    const unknown = JSON.stringify({ ...base, identifiers: [{ type: 'passport', start: 0, end: 3 }] });
    expect(() => parsePost(outside, 't', 1)).toThrow(/outside text/);
    expect(() => parsePost(unknown, 't', 1)).toThrow(/unknown type/);
  });

  it('rejects block:true without an error-level identifier', () => {
    const line = JSON.stringify({ ...base, identifiers: [{ type: 'patient-story', start: 0, end: 3, severity: 'warning' }] });
    expect(() => parsePost(line, 't', 1)).toThrow(/block:true/);
  });

  it('accepts a well-formed post and derives its jurisdiction', () => {
    const line = JSON.stringify({ ...base, identifiers: [{ type: 'room-bed', start: 19, end: 25, quote: 'Ward 9' }] });
    expect(parsePost(line, 't', 1)).toMatchObject({ jurisdiction: 'uk', file: 't', tone: [] });
  });
});
