import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, sharedPath } from '../../../test/shared-data.js';
import { createDoc } from '../../doc/doc.js';
import type { EventRecord } from '../../doc/layers.js';
import { DyadError } from '../../errors/dyad-error.js';
import type { Article } from '../../readers/article.js';
import { readJsonlFile } from '../../readers/jsonl-reader.js';
import { readSeedFile } from '../../readers/seed-reader.js';
import { storeContract } from '../store-contract.js';
import type { StoredArticle } from '../store.js';
import { buildEventQuery, type CheckedEventFilter } from './event-query.js';
import { applicationId, migrate, schemaVersion } from './migrations.js';
import { buildQuoteQuery } from './quote-query.js';
import { openDatabase, openSqliteStore } from './sqlite-store.js';
import { makeArticle } from '../../readers/article.js';

let dir: string;
let files = 0;
const dbPath = (): string => join(dir, `store-${++files}.db`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-sqlite-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

storeContract('SQLite', () => openSqliteStore(dbPath()));

async function seedArticle(): Promise<Article> {
  for await (const item of readSeedFile(sharedPath('acceptance', 'seed-nato-russia.txt'))) {
    if (item.kind === 'article') return item.article;
  }
  throw new Error('the seed article did not read');
}

/** An article stored with its text and nothing analysed. */
function unanalysed(article: Article): StoredArticle {
  return {
    article,
    text: createDoc(article).text,
    sentences: [],
    events: [],
    quotes: [],
    mentions: [],
    pipeline: [],
    dictionaries: {},
  };
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('openSqliteStore', () => {
  it('migrates a version-1 database: its articles become searchable and its events findable by actor key', async () => {
    const path = dbPath();
    const article = await seedArticle();
    const text = createDoc(article).text;
    const record = {
      id: `${article.id}:e0`,
      articleId: article.id,
      date: '2021-11-18',
      publicationDate: '2021-11-18',
      source: {
        code: 'IGOWSTNAT',
        country: null,
        knownGroup: 'NAT',
        roles: [],
        name: 'NATO',
        text: 'NATO',
        start: 0,
        end: 4,
      },
      target: {
        code: 'RUSGOV',
        country: 'RUS',
        knownGroup: null,
        roles: ['GOV'],
        name: 'Russia',
        text: 'Russia',
        start: 0,
        end: 6,
      },
      code: '036',
      modality: 'conditional',
    } as unknown as EventRecord;

    const old = new Database(path);
    migrate(old, path, { to: 1 });
    const { lastInsertRowid } = old
      .prepare(
        `INSERT INTO articles (id, url, source, title, published, body, paragraphs, lang, text, sentences, pipeline,
                               dictionaries, stored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'en', ?, '[]', '[]', '{}', '2021-11-19T00:00:00.000Z')`,
      )
      .run(
        article.id,
        article.url,
        article.source,
        article.title,
        article.published,
        article.body,
        JSON.stringify(article.paragraphs),
        text,
      );
    old
      .prepare(
        `INSERT INTO events (id, article_rowid, sentence_index, date, publication_date, source_code, source_known_group,
                             target_code, target_country, code, root_code, quad_class, goldstein, modality, record, trace)
         VALUES (?, ?, 0, '2021-11-18', '2021-11-18', 'IGOWSTNAT', 'NAT', 'RUSGOV', 'RUS', '036', '03', 1, 4, 'conditional', ?, '{}')`,
      )
      .run(record.id, lastInsertRowid, JSON.stringify(record));
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();

    const store = openSqliteStore(path);
    expect(store.search('Zakharova').hits.map((hit) => hit.id)).toEqual([article.id]);
    expect(store.queryEvents({ source: 'NAT', target: 'RUS' }).map((event) => event.id)).toEqual([record.id]);
    expect(store.stats()).toMatchObject({ articles: 1, events: 1 });
    // The old article got its fingerprint: a syndicated copy of it stored now is recognised as one.
    const copy = makeArticle({ ...article, url: 'https://example.org/copy', title: 'A copy' });
    const put = store.putBatch([unanalysed(copy)]);
    expect(put.copyIds).toEqual([copy.id]);
    store.close();
    const reopened = new Database(path, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(reopened.prepare('SELECT copy_of FROM articles WHERE id = ?').get(copy.id)).toEqual({
      copy_of: Number(lastInsertRowid),
    });
    reopened.close();
    // It got its near-copy keys too: the story re-filed without its last paragraph is a near copy of it.
    const again = openSqliteStore(path);
    const edited = makeArticle({
      ...article,
      url: 'https://example.org/edited',
      title: 'Edited',
      paragraphs: article.paragraphs.slice(0, -1),
    });
    expect(again.putBatch([unanalysed(edited)]).copyIds).toEqual([edited.id]);
    expect(again.getArticle(edited.id)).toMatchObject({ copyOf: article.id });
    again.close();
  });

  it('keeps an article’s text once when its paragraphs and Doc text follow from its body, and reads both back', async () => {
    const path = dbPath();
    const store = openSqliteStore(path);
    const seed = await seedArticle();
    // Given through the API, a paragraph may hold a line break: then the body does not give the paragraphs back.
    const odd = makeArticle({
      ...seed,
      url: 'https://example.org/odd',
      paragraphs: ['One\nparagraph', 'Two'],
    });
    store.putBatch([unanalysed(seed), unanalysed(odd)]);
    for (const article of [seed, odd]) {
      const back = store.getArticle(article.id)!;
      expect(back.article).toEqual(article);
      expect(back.text).toBe(createDoc(article).text);
    }
    store.close();
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT url, paragraphs, text FROM articles ORDER BY rowid').all();
    db.close();
    expect(rows).toEqual([
      { url: seed.url, paragraphs: '', text: '' },
      { url: odd.url, paragraphs: JSON.stringify(odd.paragraphs), text: createDoc(odd).text },
    ]);
  });

  it('refuses a database written by a newer dyad, with STORE_SCHEMA, and leaves it as it was', () => {
    const path = dbPath();
    openSqliteStore(path).close();
    const newer = new Database(path);
    newer.pragma(`user_version = ${schemaVersion + 1}`);
    newer.close();

    const error = thrown(() => openSqliteStore(path));
    expect(error).toBeInstanceOf(DyadError);
    expect(error).toMatchObject({ code: 'STORE_SCHEMA', message: expect.stringContaining('upgrade dyad') });
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(schemaVersion + 1);
    after.close();
  });

  it('refuses with STORE_OPEN, naming the path, a file it cannot open, a file that is not SQLite, and a foreign SQLite file', async () => {
    const missingFolder = join(dir, 'no', 'such', 'folder', 'dyad.db');
    expect(thrown(() => openSqliteStore(missingFolder))).toMatchObject({
      code: 'STORE_OPEN',
      message: expect.stringContaining(missingFolder),
    });

    const text = join(dir, 'notes.db');
    await writeFile(text, 'These are notes, not a database.\n'.repeat(200));
    expect(thrown(() => openSqliteStore(text))).toMatchObject({
      code: 'STORE_OPEN',
      message: expect.stringContaining(text),
    });

    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)');
    other.close();
    expect(thrown(() => openSqliteStore(foreign))).toMatchObject({
      code: 'STORE_OPEN',
      message: expect.stringMatching(/not a dyad one/),
    });
  });

  it('runs in WAL mode with foreign keys enforced, and marks the file as a dyad database', () => {
    const db = openDatabase(dbPath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(applicationId);
    expect(() =>
      db
        .prepare(
          `INSERT INTO quotes (id, article_rowid, sentence_index, date, type, record) VALUES ('q', 999, 0, '2021-01-01', 'direct', '{}')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('SQLite query plans', () => {
  let db: Database.Database;
  beforeAll(() => {
    db = openDatabase(dbPath());
  });
  afterAll(() => db.close());

  function plan(sql: string, params: unknown[]): string {
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    return rows.map((row) => row.detail).join('\n');
  }
  const eventPlan = (filter: Omit<CheckedEventFilter, 'order'>): string => {
    const { sql, params } = buildEventQuery({ order: 'asc', ...filter });
    return plan(sql, params);
  };

  it('answers source=RUS, target=UKR from the dyad-key index, in date order, without a sort', () => {
    const detail = eventPlan({ source: 'RUS', target: 'UKR', since: '2021-01-01', limit: 100 });
    expect(detail).toMatch(/SEARCH k USING PRIMARY KEY \(source_key=\? AND target_key=\? AND date>\?\)/);
    expect(detail).toMatch(/SEARCH e USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(detail).not.toMatch(/SCAN|TEMP B-TREE/);
  });

  it('answers a source or a target alone from the actor-key index', () => {
    expect(eventPlan({ source: 'RUS' })).toMatch(/SEARCH k USING PRIMARY KEY \(role=\? AND key=\?\)/);
    expect(eventPlan({ target: 'NAT', code: '16' })).toMatch(
      /SEARCH k USING PRIMARY KEY \(role=\? AND key=\?\)/,
    );
    expect(eventPlan({ source: 'RUS' })).not.toMatch(/SCAN|TEMP B-TREE/);
  });

  it('answers a code prefix, a date range and an article from indexes of the events table', () => {
    expect(eventPlan({ code: '16' })).toMatch(/SEARCH e USING INDEX events_code \(code>\? AND code<\?\)/);
    expect(eventPlan({ since: '2021-01-01', until: '2021-12-31' })).toMatch(
      /SEARCH e USING INDEX events_date \(date>\? AND date<\?\)/,
    );
    expect(eventPlan({ articleRowid: 1 })).toMatch(/SEARCH e USING INDEX events_article/);
  });

  it('answers a quote speaker from the speaker-key index', () => {
    const { sql, params } = buildQuoteQuery({ speaker: 'RUS', since: '2021-01-01' });
    expect(plan(sql, params)).toMatch(/SEARCH k USING PRIMARY KEY \(key=\? AND date>\?\)/);
  });
});

describe('an ingest killed with SIGKILL', () => {
  const articles = 1500;

  /** Runs a writer process that puts the first `articles` Reuters stories, one event each, in batches of 100. */
  function writer(
    db: string,
    script: string,
    onLine?: (line: string, kill: () => void) => void,
  ): Promise<string[]> {
    const child = spawn(process.execPath, ['--import', 'tsx', script, db, String(articles)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let errors = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        onLine?.(line, () => child.kill('SIGKILL'));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    return new Promise((resolve, reject) => {
      child.on('exit', (code, signal) => {
        if (code === 0 || signal === 'SIGKILL') resolve(lines);
        else reject(new Error(`the writer failed (${code}): ${errors}`));
      });
    });
  }

  it('ends, once run again, with every article and every event stored exactly once', async () => {
    const script = join(dir, 'writer.mts');
    const module = (path: string): string => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);
    await writeFile(
      script,
      `import { createDoc } from ${module('src/doc/doc.ts')};
import { readJsonlFile } from ${module('src/readers/jsonl-reader.ts')};
import { openSqliteStore } from ${module('src/store/sqlite/sqlite-store.ts')};
const [db, limit] = process.argv.slice(2);
const store = openSqliteStore(db);
const jsonl = ${JSON.stringify(sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl'))};
let batch = [];
let read = 0;
const flush = () => {
  const result = store.putBatch(batch);
  process.stdout.write('stored ' + result.stored + '\\n');
  batch = [];
};
for await (const item of readJsonlFile(jsonl)) {
  if (item.kind !== 'article') continue;
  const article = item.article;
  const doc = createDoc(article);
  const evidence = { start: 0, end: article.title.length, text: article.title };
  const record = {
    id: article.id + ':e0', articleId: article.id, url: article.url, sentenceIndex: 0, date: article.published,
    dateGranularity: 'day', publicationDate: article.published,
    source: { code: 'USAGOV', country: 'USA', knownGroup: null, roles: ['GOV'], name: 'US', text: 'US', start: 0, end: 2 },
    target: null, code: '010', rootCode: '01', quadClass: 1, goldstein: 0, plover: null, modality: 'asserted',
    condition: null, speaker: null, evidence, location: null, confidence: 0.5,
    coder: { name: 'kill-test', version: '1', dictionaries: '' },
  };
  batch.push({ article, text: doc.text, sentences: [], events: [{ record, trace: { pattern: 'p', rules: [], verb: evidence } }],
    quotes: [], mentions: [], pipeline: [], dictionaries: {} });
  if (batch.length === 100) flush();
  if (++read === Number(limit)) break;
}
if (batch.length > 0) flush();
store.close();
`,
    );
    const db = dbPath();
    const reference = dbPath();
    const expectedIds = new Set<string>();
    for await (const item of readJsonlFile(sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl'))) {
      if (item.kind !== 'article') continue;
      expectedIds.add(item.article.id);
      if (expectedIds.size === articles) break;
    }
    // What a run that is never killed stores: syndicated and near copies among the articles are stored without
    // their events, so the events are those of the originals.
    await writer(reference, script);
    const whole = openSqliteStore(reference);
    const originalIds = new Set(whole.queryEvents({ source: 'USA' }).map((event) => event.articleId));
    const wholeStats = whole.stats();
    whole.close();
    expect(wholeStats.articles).toBe(expectedIds.size);
    expect(originalIds.size).toBeLessThan(expectedIds.size);
    expect(originalIds.size).toBe(wholeStats.events);

    const firstRun = await writer(db, script, (line, kill) => {
      if (line === 'stored 100') kill();
    });
    expect(firstRun.length).toBeGreaterThan(0);
    expect(firstRun.length).toBeLessThan(articles / 100);

    const between = openSqliteStore(db);
    const survived = between.stats().articles;
    between.close();
    expect(survived % 100).toBe(0);
    expect(survived).toBeLessThan(articles);

    const secondRun = await writer(db, script);
    const storedAgain = secondRun.reduce((sum, line) => sum + Number(line.split(' ')[1]), 0);
    expect(storedAgain).toBe(expectedIds.size - survived);

    const store = openSqliteStore(db);
    expect(store.stats()).toEqual(wholeStats);
    expect(
      store
        .queryEvents({ source: 'USA' })
        .map((event) => event.articleId)
        .sort(),
    ).toEqual([...originalIds].sort());
    store.close();
  });
});
