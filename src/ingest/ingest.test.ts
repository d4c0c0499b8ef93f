import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/run-cli.js';
import { repoRoot } from '../../test/shared-data.js';
import type { Article } from '../readers/article.js';
import { readInputs } from '../readers/read-inputs.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingest, type Analyser } from './ingest.js';
import { createLocalAnalyser } from './local-analyser.js';

/** The local analyser, remembering the id of every article it was asked to analyse. */
function countingAnalyser(): Analyser & { readonly asked: string[] } {
  const local = createLocalAnalyser();
  const asked: string[] = [];
  return {
    asked,
    analyse: (articles) => {
      asked.push(...articles.map((article) => article.id));
      return local.analyse(articles);
    },
    close: () => local.close(),
  };
}

async function exampleArticles(): Promise<Article[]> {
  const found: Article[] = [];
  for await (const item of readInputs([join(repoRoot, 'examples')]))
    if (item.kind === 'article') found.push(item.article);
  return found;
}

describe('ingest', () => {
  it('reports an article the coder fails on with its file and line, stores the others, and fails its copies with it', async () => {
    const [first, second] = await exampleArticles();
    const dir = tempDir();
    const record = (article: Article, url = article.url) => ({
      id: url,
      title: article.title,
      date: article.published.replaceAll('-', ''),
      url,
      body: article.paragraphs.join('\n'),
    });
    const input = join(dir, 'three.jsonl');
    // Line 2 is the article the coder breaks on; line 3 a wire copy of it, recognised before it was coded.
    writeFileSync(
      input,
      [record(second!), record(first!), record(first!, 'https://wire.example/copy')]
        .map((item) => JSON.stringify(item))
        .join('\n'),
    );
    const local = createLocalAnalyser();
    const breaking: Analyser = {
      analyse: async (articles) =>
        (await local.analyse(articles)).map((item) =>
          item.article.url === first!.url
            ? { article: item.article, failure: 'Maximum call stack size exceeded' }
            : item,
        ),
      close: () => local.close(),
    };
    const store = openSqliteStore(join(dir, 'failed.db'));
    try {
      const summary = await ingest({
        paths: [input],
        store,
        analyser: breaking,
        batchSize: 1,
        maxInFlight: 3,
      });
      expect(summary).toMatchObject({ read: 3, stored: 1, failed: 2 });
      expect(summary.errors.map((error) => [error.file, error.line, error.field])).toEqual([
        [input, 2, 'body'],
        [input, 3, 'body'],
      ]);
      expect(summary.errors[0]!.message).toMatch(
        /coder failed on this article .*Maximum call stack size exceeded/,
      );
      expect(summary.errors[1]!.message).toMatch(/copy of an article the coder failed on/);
      expect(store.stats().articles).toBe(1);
      // A run after the fix codes both: nothing of them was stored.
      const fixed = await ingest({ paths: [input], store, analyser: local, batchSize: 1 });
      expect(fixed).toMatchObject({ stored: 2, duplicates: 1, copies: 1, failed: 0 });
    } finally {
      store.close();
    }
  });

  it('stores syndicated copies without analysing them: of an article in the same run, or of one stored before', async () => {
    const [first, second] = await exampleArticles();
    const dir = tempDir();
    // Other papers' copies of the first story: their own URL and headline, the same words.
    const copy = (n: number) => ({
      id: `copy-${n}`,
      title: `Wire copy ${n}`,
      date: first!.published.replaceAll('-', ''),
      url: `https://wire.example/${n}`,
      body: first!.paragraphs.join('\n'),
    });
    const asJsonl = (records: object[]) => records.map((record) => JSON.stringify(record)).join('\n');
    const record = (article: Article) => ({
      id: article.externalId ?? article.id,
      title: article.title,
      date: article.published.replaceAll('-', ''),
      url: article.url,
      body: article.paragraphs.join('\n'),
    });
    const runOne = join(dir, 'one.jsonl');
    writeFileSync(runOne, asJsonl([record(first!), copy(1), record(second!), copy(2)]));
    const store = openSqliteStore(join(dir, 'copies.db'));
    try {
      const analyser = countingAnalyser();
      // Batches of one article: the copies come while their original is still being analysed.
      const summary = await ingest({ paths: [runOne], store, analyser, batchSize: 1, maxInFlight: 3 });
      expect(summary).toMatchObject({ read: 4, stored: 4, copies: 2, failed: 0 });
      expect(analyser.asked).toHaveLength(2);
      expect(analyser.asked).not.toContain('copy-1');
      expect(store.getArticle('copy-2')).toMatchObject({ copyOf: first!.id, events: [], sentences: [] });
      const original = store.getArticle(first!.id)!;
      expect(original.events.length).toBeGreaterThan(0);
      expect(summary.events).toBe(original.events.length + store.getArticle(second!.id)!.events.length);

      // A later run: a copy of a stored article is not analysed either.
      const runTwo = join(dir, 'two.jsonl');
      writeFileSync(runTwo, asJsonl([copy(3)]));
      const later = countingAnalyser();
      expect(await ingest({ paths: [runTwo], store, analyser: later })).toMatchObject({
        stored: 1,
        copies: 1,
      });
      expect(later.asked).toEqual([]);
      expect(store.stats()).toMatchObject({ articles: 5, copies: 3 });
    } finally {
      store.close();
    }
  }, 60_000);
});
