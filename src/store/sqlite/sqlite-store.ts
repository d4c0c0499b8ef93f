import Database from 'better-sqlite3';
import { DyadError } from '../../errors/dyad-error.js';
import type { Store } from '../store.js';
import { createArticleLookup } from './article-lookup.js';
import { createDyadSeries } from './dyad-series.js';
import { createEventQueries } from './event-query.js';
import { migrate, schemaVersion } from './migrations.js';
import { createBatchWriter } from './put-batch.js';
import { createQuoteQuery } from './quote-query.js';
import { createSearch } from './search.js';
import { createStats } from './stats.js';

/** Where the SQLite store lives when nothing else is said (the CLI resolves `--db` and `DYAD_DB`). */
export const defaultSqlitePath = './dyad.db';

/**
 * Opens (creating if needed) a dyad SQLite database and brings its schema up to date: WAL journal (readers
 * never block the writer; a killed writer loses only its open transaction), foreign keys on, a 5 s busy
 * timeout for concurrent processes. Throws `STORE_OPEN` when the file cannot be opened or is not a dyad
 * database, `STORE_SCHEMA` when a newer dyad wrote it.
 */
export function openDatabase(path: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new DyadError(
      'STORE_OPEN',
      `cannot open the database "${path}": ${(error as Error).message}; check that its folder exists and is writable`,
      { path },
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode is durable against a killed process; only a power cut can lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Up to 96 MiB of page cache: the key indexes take random inserts, and with the 2 MiB default a
    // 1,000,000-event ingest took 235 s here instead of 181 s (at 256 MiB). Kept under 100 MiB so that an
    // ingest with its worker threads stays under 1 GB. Memory is only used as the file grows.
    db.pragma('cache_size = -98304');
    // The WAL is copied back into the database every 10,000 pages (40 MB) instead of SQLite's 1,000: an ingest's
    // random-key indexes (event, quote and article ids) dirty pages all over the file, and a page changed by many
    // transactions between two checkpoints is copied back once. Storing 40,000 analysed Reuters articles in
    // batches of 200 took 0.31 instead of 0.36-0.41 ms an article over the last 12,000.
    db.pragma('wal_autocheckpoint = 10000');
  } catch (error) {
    db.close();
    throw new DyadError(
      'STORE_OPEN',
      `cannot open the database "${path}": ${(error as Error).message}; is it an SQLite file written by dyad?`,
      { path },
    );
  }
  try {
    migrate(db, path);
  } catch (error) {
    db.close();
    if (error instanceof DyadError) throw error;
    throw new DyadError(
      'STORE_OPEN',
      `cannot bring the database "${path}" up to schema version ${schemaVersion}: ${(error as Error).message}; ` +
        'steps already done stay done, the failed one was rolled back',
      { path },
    );
  }
  return db;
}

/** Which of the ids are stored, in one query per 500 ids. */
/** The values of `column` among `values` that a row of `articles` has (and `where` allows), 500 at a time. */
function createPresent(db: Database.Database, column: 'id' | 'fingerprint', where = '') {
  return (values: readonly string[]): Set<string> => {
    const found = new Set<string>();
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      const rows = db
        .prepare(
          `SELECT ${column} AS value FROM articles WHERE ${column} IN (${chunk.map(() => '?').join(',')})${where}`,
        )
        .all(...chunk) as { value: string }[];
      for (const row of rows) found.add(row.value);
    }
    return found;
  };
}

/** The SQLite `Store`: one file, full-text search with FTS5. */
export function openSqliteStore(path: string = defaultSqlitePath): Store {
  const db = openDatabase(path);
  const articles = createArticleLookup(db);
  const events = createEventQueries(db, articles);
  return {
    putBatch: createBatchWriter(db),
    storedIds: createPresent(db, 'id'),
    // A copy's body counts too: a copy of it is a copy of its original (as `putBatch` looks them up).
    storedFingerprints: createPresent(db, 'fingerprint'),
    search: createSearch(db),
    getArticle: (idOrPrefix) => articles.get(idOrPrefix),
    stats: createStats(db),
    queryEvents: (filter) => events.query(filter),
    getEvent: (id) => events.get(id),
    queryQuotes: createQuoteQuery(db, articles),
    dyadSeries: createDyadSeries(db),
    close: () => db.close(),
  };
}
