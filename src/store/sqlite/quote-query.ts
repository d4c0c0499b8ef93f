import type Database from 'better-sqlite3';
import type { QuoteRecord } from '../../doc/layers.js';
import type { QuoteFilter } from '../store.js';
import type { ArticleLookup } from './article-lookup.js';
import type { SqlQuery } from './event-query.js';
import { checkActorKey, checkDate, checkLimit, checkRange, whereDateRange } from './filter-checks.js';

/** The SQL of a quote query: from the speaker-key index when a speaker is given, else from quotes by date. */
export function buildQuoteQuery(filter: {
  speaker?: string;
  since?: string;
  until?: string;
  articleRowid?: number;
  limit?: number;
}): SqlQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'quotes AS q';
  let date = 'q.date';
  let order = 'q.rowid';
  if (filter.speaker !== undefined) {
    from = 'quote_speaker_keys AS k JOIN quotes AS q ON q.rowid = k.quote_rowid';
    where.push('k.key = ?');
    params.push(filter.speaker);
    date = 'k.date';
    order = 'k.quote_rowid';
  }
  whereDateRange(where, params, date, filter.since, filter.until);
  if (filter.articleRowid !== undefined) {
    where.push('q.article_rowid = ?');
    params.push(filter.articleRowid);
  }
  let sql = `SELECT q.record FROM ${from}`;
  if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
  sql += ` ORDER BY ${date}, ${order}`;
  if (filter.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(filter.limit);
  }
  return { sql, params };
}

export function createQuoteQuery(
  db: Database.Database,
  articles: ArticleLookup,
): (filter: QuoteFilter) => QuoteRecord[] {
  const statements = new Map<string, Database.Statement>();
  return function queryQuotes(filter) {
    const since = checkDate('since', filter.since);
    const until = checkDate('until', filter.until);
    checkRange(since, until);
    const speaker = checkActorKey('speaker', filter.speaker);
    const limit = checkLimit(filter.limit);
    let articleRowid: number | undefined;
    if (filter.articleId !== undefined) {
      const rowid = articles.resolve(filter.articleId);
      if (rowid === null) return [];
      articleRowid = rowid;
    }
    const { sql, params } = buildQuoteQuery({ speaker, since, until, articleRowid, limit });
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql).pluck();
      statements.set(sql, statement);
    }
    return (statement.all(...params) as string[]).map((record) => JSON.parse(record) as QuoteRecord);
  };
}
