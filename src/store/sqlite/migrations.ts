import type Database from 'better-sqlite3';
import { DyadError } from '../../errors/dyad-error.js';
import type { EventRecord, QuoteRecord } from '../../doc/layers.js';
import { createKeyWriter } from './key-writer.js';
import { articleFingerprint } from '../fingerprint.js';
import { nearKeys } from '../near-copy.js';

/** One step of the schema. `up` runs inside a transaction together with the `user_version` bump. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

/** `PRAGMA application_id` of a dyad database: "dyad" in ASCII. It tells a dyad file from any other SQLite file. */
export const applicationId = 0x64796164;

const records: Migration = {
  version: 1,
  name: 'articles, events, quotes and mentions',
  up(db) {
    db.pragma(`application_id = ${applicationId}`);
    db.exec(`
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        source TEXT NOT NULL,
        title TEXT NOT NULL,
        published TEXT NOT NULL,
        body TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        lang TEXT NOT NULL,
        external_id TEXT,
        origin_file TEXT,
        origin_line INTEGER,
        text TEXT NOT NULL,
        sentences TEXT NOT NULL,
        pipeline TEXT NOT NULL,
        dictionaries TEXT NOT NULL,
        stored_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX articles_external_id ON articles (external_id) WHERE external_id IS NOT NULL;
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_source ON articles (source);

      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_rowid INTEGER NOT NULL REFERENCES articles (rowid),
        sentence_index INTEGER NOT NULL,
        date TEXT NOT NULL,
        publication_date TEXT NOT NULL,
        source_code TEXT,
        source_country TEXT,
        source_known_group TEXT,
        target_code TEXT,
        target_country TEXT,
        target_known_group TEXT,
        code TEXT NOT NULL,
        root_code TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        modality TEXT NOT NULL,
        record TEXT NOT NULL,
        trace TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_article ON events (article_rowid);
      CREATE INDEX events_date ON events (date);
      CREATE INDEX events_code ON events (code, date);
      CREATE INDEX events_modality ON events (modality, quad_class);

      CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_rowid INTEGER NOT NULL REFERENCES articles (rowid),
        sentence_index INTEGER NOT NULL,
        date TEXT NOT NULL,
        type TEXT NOT NULL,
        speaker_code TEXT,
        speaker_country TEXT,
        speaker_known_group TEXT,
        record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quotes_article ON quotes (article_rowid);
      CREATE INDEX quotes_date ON quotes (date);

      CREATE TABLE mentions (
        article_rowid INTEGER NOT NULL REFERENCES articles (rowid),
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        country TEXT,
        known_group TEXT,
        roles TEXT NOT NULL,
        entry TEXT NOT NULL,
        PRIMARY KEY (article_rowid, idx)
      ) STRICT;
      CREATE INDEX mentions_code ON mentions (code);
    `);
  },
};

const searchAndKeys: Migration = {
  version: 2,
  name: 'full-text search and actor-key indexes',
  up(db) {
    // External content: the text lives once, in articles; the triggers keep the index in step with every
    // write, inside the writer's own transaction, whichever code path writes. No stemmer: Porter makes
    // "Kiev" match "Kieves", and news search is mostly names; `sanction*` covers inflections on demand.
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, body,
        content = 'articles', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

      CREATE TABLE event_actor_keys (
        role TEXT NOT NULL CHECK (role IN ('s', 't')),
        key TEXT NOT NULL,
        date TEXT NOT NULL,
        event_rowid INTEGER NOT NULL REFERENCES events (rowid),
        PRIMARY KEY (role, key, date, event_rowid)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE event_dyad_keys (
        source_key TEXT NOT NULL,
        target_key TEXT NOT NULL,
        date TEXT NOT NULL,
        event_rowid INTEGER NOT NULL REFERENCES events (rowid),
        PRIMARY KEY (source_key, target_key, date, event_rowid)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE quote_speaker_keys (
        key TEXT NOT NULL,
        date TEXT NOT NULL,
        quote_rowid INTEGER NOT NULL REFERENCES quotes (rowid),
        PRIMARY KEY (key, date, quote_rowid)
      ) STRICT, WITHOUT ROWID;
    `);
    const keys = createKeyWriter(db);
    // In pages by rowid: a statement cannot be iterated while the same connection writes, and a large
    // database should not be loaded whole.
    const pages = [
      {
        read: db.prepare('SELECT rowid, record FROM events WHERE rowid > ? ORDER BY rowid LIMIT 1000'),
        write: keys.event,
      },
      {
        read: db.prepare('SELECT rowid, record FROM quotes WHERE rowid > ? ORDER BY rowid LIMIT 1000'),
        write: keys.quote,
      },
    ];
    for (const { read, write } of pages) {
      for (let last = 0; ;) {
        const rows = read.all(last) as { rowid: number; record: string }[];
        if (rows.length === 0) break;
        for (const row of rows) write(row.rowid, JSON.parse(row.record) as EventRecord & QuoteRecord);
        last = rows.at(-1)!.rowid;
      }
    }
  },
};

const leanerMentions: Migration = {
  version: 3,
  name: 'no index of mentions by code',
  up(db) {
    // No query reads mentions by code (they are read by article); the index cost every ingest about a tenth
    // of its writing time, one entry per mention. Actor filters use the actor-key tables.
    db.exec('DROP INDEX IF EXISTS mentions_code');
  },
};

const syndicatedCopies: Migration = {
  version: 4,
  name: 'syndicated copies',
  up(db) {
    // An article whose body is a stored article's body under another URL or headline is a copy: it is kept
    // (with `copy_of`, the original's rowid) but its events are not, so a story syndicated ten times counts once.
    db.exec(`
      ALTER TABLE articles ADD COLUMN fingerprint TEXT;
      ALTER TABLE articles ADD COLUMN copy_of INTEGER REFERENCES articles (rowid);
      CREATE INDEX articles_fingerprint ON articles (fingerprint) WHERE fingerprint IS NOT NULL;
    `);
    // Articles stored before this step get their fingerprints, so that later copies of them are recognised;
    // they themselves stay originals.
    // In pages of rowids: the connection cannot write while a query is still being read.
    const update = db.prepare('UPDATE articles SET fingerprint = ? WHERE rowid = ?');
    const page = db.prepare('SELECT rowid, body FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    for (let after = 0; ;) {
      const rows = page.all(after) as { rowid: number; body: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const fingerprint = articleFingerprint(row.body);
        if (fingerprint !== null) update.run(fingerprint, row.rowid);
      }
      after = rows[rows.length - 1]!.rowid;
    }
  },
};

const nearCopies: Migration = {
  version: 5,
  name: 'near copies',
  up(db) {
    // A near copy is a story re-filed with small changes (see near-copy.ts): like a word-for-word copy it links
    // to its original (`copy_of`) and keeps no events; `copy_similarity` is the share of its word 3-grams the
    // original has (null for a word-for-word copy). `article_near_keys` holds the MinHash band keys of every
    // article with a body of its own (originals and near copies), by date first: a lookup reads only the days
    // around a new article, and a feed's new keys go to the end of the table, not to random pages all over it
    // (keyed by band first, the keys made each commit write twice as many pages).
    db.exec(`
      ALTER TABLE articles ADD COLUMN copy_similarity REAL;
      CREATE TABLE article_near_keys (
        published TEXT NOT NULL,
        key INTEGER NOT NULL,
        article_rowid INTEGER NOT NULL REFERENCES articles (rowid),
        PRIMARY KEY (published, key, article_rowid)
      ) STRICT, WITHOUT ROWID;
    `);
    // Originals stored before this step get their keys, so that later near copies of them are recognised.
    // Copies among them that were stored as originals before this step stay originals.
    const insert = db.prepare(
      'INSERT OR IGNORE INTO article_near_keys (published, key, article_rowid) VALUES (?, ?, ?)',
    );
    const page = db.prepare(
      'SELECT rowid, published, body FROM articles WHERE rowid > ? AND copy_of IS NULL ORDER BY rowid LIMIT 1000',
    );
    for (let after = 0; ;) {
      const rows = page.all(after) as { rowid: number; published: string; body: string }[];
      if (rows.length === 0) break;
      for (const row of rows)
        for (const key of nearKeys(row.body) ?? []) insert.run(row.published, key, row.rowid);
      after = rows[rows.length - 1]!.rowid;
    }
  },
};

/** The schema, step by step. A step is never edited once released: changes come as new steps. */
export const migrations: readonly Migration[] = [
  records,
  searchAndKeys,
  leanerMentions,
  syndicatedCopies,
  nearCopies,
];

/** The schema version this dyad writes. */
export const schemaVersion = migrations.length;

function isEmptyDatabase(db: Database.Database): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as {
    n: number;
  };
  return row.n === 0;
}

/**
 * Brings a database up to `to` (default: the latest schema), one migration per transaction. Refuses a
 * database written by a newer dyad (`STORE_SCHEMA`) and an SQLite file that is not a dyad database
 * (`STORE_OPEN`).
 */
export function migrate(db: Database.Database, path: string, options: { to?: number } = {}): void {
  const target = options.to ?? schemaVersion;
  const owner = db.pragma('application_id', { simple: true }) as number;
  if (owner !== applicationId && (owner !== 0 || !isEmptyDatabase(db))) {
    throw new DyadError(
      'STORE_OPEN',
      `"${path}" is an SQLite database, but not a dyad one (application_id ${owner}); give dyad a new file or a dyad database`,
      { path },
    );
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > schemaVersion) {
    throw new DyadError(
      'STORE_SCHEMA',
      `"${path}" has schema version ${version}, written by a newer dyad; this dyad knows versions up to ` +
        `${schemaVersion}: upgrade dyad to open it`,
      { path, version, supported: schemaVersion },
    );
  }
  for (const migration of migrations) {
    if (migration.version > target) break;
    // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate it.
    db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
