import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from './doc.js';
import type { Span } from './span.js';
import { makeArticle } from '../readers/article.js';
import { readArticles } from '../../test/articles.js';
import { testPipeline } from '../../test/nlp-doc.js';
import { repoRoot } from '../../test/shared-data.js';
import { join } from 'node:path';

/**
 * The Doc invariant: every span of every layer lies inside the text (and inside its sentence or paragraph)
 * and slices it to its surface form, and tokens plus the gaps between them rebuild the text.
 */
function checkInvariant(doc: Doc): void {
  const text = doc.text;
  const inside = (span: Span, outer: Span = { start: 0, end: text.length }) => {
    expect(span.start).toBeGreaterThanOrEqual(outer.start);
    expect(span.end).toBeLessThanOrEqual(outer.end);
    expect(span.start).toBeLessThanOrEqual(span.end);
  };
  const paragraphs = doc.layers.paragraphs ?? [];
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  let rebuilt = '';
  let cursor = 0;
  for (const token of tokens) {
    inside(token, paragraphs[token.paragraph]);
    expect(text.slice(token.start, token.end)).toBe(token.text);
    const gap = text.slice(cursor, token.start);
    expect(gap.trim()).toBe('');
    rebuilt += gap + token.text;
    cursor = token.end;
  }
  rebuilt += text.slice(cursor);
  expect(rebuilt).toBe(text);
  expect(text.slice(cursor).trim()).toBe('');
  for (const sentence of sentences) {
    inside(sentence, paragraphs[sentence.paragraph]);
    expect(sentence.start).toBe(tokens[sentence.tokenStart]!.start);
    expect(sentence.end).toBe(tokens[sentence.tokenEnd - 1]!.end);
  }
  for (const mention of doc.layers.mentions ?? []) {
    inside(mention, sentences[mention.sentence]);
    expect(mention.start).toBe(tokens[mention.tokenStart]!.start);
    expect(mention.end).toBe(tokens[mention.tokenEnd - 1]!.end);
  }
  for (const span of [...(doc.layers.times ?? []), ...(doc.layers.places ?? [])])
    inside(span, sentences[span.sentence]);
  for (const clause of doc.layers.clauses ?? []) inside(clause, sentences[clause.sentence]);
  for (const quote of doc.layers.quotes ?? []) {
    inside(quote.content);
    if (quote.cue) inside(quote.cue);
    if (quote.speaker) inside(quote.speaker);
  }
  for (const { record } of doc.layers.events ?? []) {
    expect(text.slice(record.evidence.start, record.evidence.end)).toBe(record.evidence.text);
    for (const actor of [record.source, record.target, record.speaker])
      if (actor) expect(text.slice(actor.start, actor.end)).toBe(actor.text);
    if (record.condition)
      expect(text.slice(record.condition.start, record.condition.end)).toBe(record.condition.text);
  }
}

/** Words, names, punctuation, quotes, numbers, dates, emoji and odd whitespace, as news text has them. */
const piece = fc.oneof(
  fc.constantFrom(
    'Russia',
    'NATO',
    'the Kremlin',
    'Putin',
    'said',
    'attacked',
    'Kyiv',
    'Brussels',
    'last week',
    'on Monday',
    'if',
    'not',
    'could',
  ),
  fc.constantFrom('"', '“', '”', "'", '’s', ',', '.', '?', '!', ';', ':', '-', '—', '(', ')', '%', '$', '&'),
  fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \u2009'),
  fc.constantFrom(
    '😀',
    'café',
    'naïve',
    'Zürich',
    'Türkiye',
    'Côte d’Ivoire',
    '東京',
    'مرحبا',
    'e-mail@x.org',
    'U.S.',
    '3.5',
    '1,000',
    '20211118',
  ),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const paragraph = fc
  .array(piece, { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(' ').replace(/\n/g, ' ').trim());

describe('the Doc invariant', () => {
  it('holds for generated text through the whole pipeline', () => {
    const pipeline = testPipeline();
    fc.assert(
      fc.property(
        fc.array(
          paragraph.filter((p) => p.length > 0),
          { minLength: 1, maxLength: 4 },
        ),
        paragraph,
        (paragraphs, title) => {
          const article = makeArticle({
            url: 'https://example.org/x',
            title,
            published: '2021-11-18',
            paragraphs,
          });
          checkInvariant(pipeline.analyse(article).doc);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('holds for every article of the bundled example set', async () => {
    const articles = await readArticles(join(repoRoot, 'examples'));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    for (const article of articles) checkInvariant(testPipeline().analyse(article).doc);
  });
});
