import type Database from 'better-sqlite3';
import { DyadError } from '../../errors/dyad-error.js';
import type { SearchHit, SearchOptions, SearchResult } from '../store.js';
import { checkLimit, checkOffset } from './filter-checks.js';
import { ftsQuery } from './fts-query.js';

/** BM25 column weights: a word in the title counts as much as ten in the body. */
const titleWeight = 10;
const bodyWeight = 1;
const snippetTokens = 24;

/** FTS5 reports query syntax errors as plain SQLite errors; these are the messages that mean "bad query". */
const syntaxError = /^(fts5: |unterminated string|no such column|unknown special query)/;

function explain(query: string, error: unknown): never {
  if (error instanceof Error && syntaxError.test(error.message)) {
    throw new DyadError(
      'USAGE',
      `the search query ${JSON.stringify(query)} is not valid (${error.message.replace(/^fts5: /, '')}). ` +
        'Write words to find all of them (NATO Russia), "quotes" around a phrase ("red line"), OR between ' +
        'alternatives (Kiev OR Kyiv), NOT before a word to exclude, word* for a prefix, title:word for titles only',
      { query },
    );
  }
  throw error;
}

/** Full-text search over titles and bodies, ranked by BM25 with the title weighted above the body. */
export function createSearch(
  db: Database.Database,
): (query: string, options?: SearchOptions) => SearchResult {
  const count = db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?');
  const page = db.prepare(`
    SELECT a.id, a.title, a.url, a.published, a.source,
           -bm25(articles_fts, ${titleWeight}, ${bodyWeight}) AS rank,
           snippet(articles_fts, -1, ?, ?, '…', ${snippetTokens}) AS snippet
    FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid
    WHERE articles_fts MATCH ?
    ORDER BY bm25(articles_fts, ${titleWeight}, ${bodyWeight}), a.rowid
    LIMIT ? OFFSET ?`);

  return function search(query, options = {}) {
    if (query.trim() === '')
      throw new DyadError('USAGE', 'the search query is empty: give one or more words', { query });
    const limit = checkLimit(options.limit) ?? 20;
    const offset = checkOffset(options.offset);
    const { open, close } = options.highlight ?? { open: '[', close: ']' };
    const match = ftsQuery(query);
    try {
      const total = (count.get(match) as { n: number }).n;
      const hits = page.all(open, close, match, limit, offset) as SearchHit[];
      return { total, hits };
    } catch (error) {
      return explain(query, error);
    }
  };
}
