import type Database from 'better-sqlite3';
import { TEXT_SQL } from './article-text.js';
import type { EventRecord, EventTrace, Modality } from '../../doc/layers.js';
import type { EventDetail, EventFilter } from '../store.js';
import type { ArticleLookup } from './article-lookup.js';
import {
  checkActorKey,
  checkCode,
  checkDate,
  checkLimit,
  checkModalities,
  checkRange,
  whereDateRange,
  whereModality,
} from './filter-checks.js';

/** An event filter after checking: keys upper-cased, dates `YYYY-MM-DD`, the article as its rowid. */
export interface CheckedEventFilter {
  readonly source?: string;
  readonly target?: string;
  readonly code?: string;
  readonly since?: string;
  readonly until?: string;
  readonly modality?: readonly Modality[];
  readonly articleRowid?: number;
  readonly limit?: number;
  readonly order: 'asc' | 'desc';
}

export interface SqlQuery {
  readonly sql: string;
  readonly params: unknown[];
}

/**
 * The SQL of an event query. The table it starts from is what keeps it fast: with a source and a target,
 * the dyad-key index (one range per dyad, in date order); with one of them, the actor-key index; otherwise
 * the events table by date or code. Selects the `record` column.
 */
export function buildEventQuery(filter: CheckedEventFilter): SqlQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  let from: string;
  let date: string;
  let order: string;
  if (filter.source !== undefined && filter.target !== undefined) {
    from = 'event_dyad_keys AS k JOIN events AS e ON e.rowid = k.event_rowid';
    where.push('k.source_key = ?', 'k.target_key = ?');
    params.push(filter.source, filter.target);
    date = 'k.date';
    order = 'k.event_rowid';
  } else if (filter.source !== undefined || filter.target !== undefined) {
    from = 'event_actor_keys AS k JOIN events AS e ON e.rowid = k.event_rowid';
    where.push('k.role = ?', 'k.key = ?');
    params.push(filter.source !== undefined ? 's' : 't', filter.source ?? filter.target);
    date = 'k.date';
    order = 'k.event_rowid';
  } else {
    from = 'events AS e';
    date = 'e.date';
    order = 'e.rowid';
  }
  whereDateRange(where, params, date, filter.since, filter.until);
  if (filter.code !== undefined) {
    // Codes are digits, and ":" sorts right after "9": [code, code + ":") holds the code and its sub-codes.
    where.push('e.code >= ?', 'e.code < ?');
    params.push(filter.code, `${filter.code}:`);
  }
  whereModality(where, params, filter.modality);
  if (filter.articleRowid !== undefined) {
    where.push('e.article_rowid = ?');
    params.push(filter.articleRowid);
  }
  const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
  let sql = `SELECT e.record FROM ${from}`;
  if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
  sql += ` ORDER BY ${date} ${direction}, ${order} ${direction}`;
  if (filter.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(filter.limit);
  }
  return { sql, params };
}

/** Checks a filter, or throws a `USAGE` error naming the field. `articleRowid` is resolved by the caller. */
export function checkEventFilter(filter: EventFilter): Omit<CheckedEventFilter, 'articleRowid'> {
  const since = checkDate('since', filter.since);
  const until = checkDate('until', filter.until);
  checkRange(since, until);
  return {
    source: checkActorKey('source', filter.source),
    target: checkActorKey('target', filter.target),
    code: checkCode(filter.code),
    since,
    until,
    modality: checkModalities(filter.modality),
    limit: checkLimit(filter.limit),
    order: filter.order ?? 'asc',
  };
}

export interface EventQueries {
  query(filter: EventFilter): EventRecord[];
  get(id: string): EventDetail | null;
}

export function createEventQueries(db: Database.Database, articles: ArticleLookup): EventQueries {
  const statements = new Map<string, Database.Statement>();
  const byId = db.prepare(`
    SELECT e.record, e.trace, a.id, a.title, ${TEXT_SQL} AS text, a.published
    FROM events AS e JOIN articles AS a ON a.rowid = e.article_rowid
    WHERE e.id = ?`);

  function prepared(sql: string): Database.Statement {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql).pluck();
      statements.set(sql, statement);
    }
    return statement;
  }

  return {
    query(filter) {
      const checked = checkEventFilter(filter);
      let articleRowid: number | undefined;
      if (filter.articleId !== undefined) {
        const rowid = articles.resolve(filter.articleId);
        if (rowid === null) return [];
        articleRowid = rowid;
      }
      const { sql, params } = buildEventQuery({
        ...checked,
        ...(articleRowid !== undefined ? { articleRowid } : {}),
      });
      return (prepared(sql).all(...params) as string[]).map((record) => JSON.parse(record) as EventRecord);
    },
    get(id) {
      const row = byId.get(id) as
        | { record: string; trace: string; id: string; title: string; text: string; published: string }
        | undefined;
      if (row === undefined) return null;
      return {
        record: JSON.parse(row.record) as EventRecord,
        trace: JSON.parse(row.trace) as EventTrace,
        article: { id: row.id, title: row.title, text: row.text, published: row.published },
      };
    },
  };
}
