import type Database from 'better-sqlite3';
import { DyadError } from '../../errors/dyad-error.js';
import type { PutResult, StoredArticle } from '../store.js';
import { fingerprintOf } from '../fingerprint.js';
import {
  NEAR_BANDS,
  NEAR_COPY_DAYS,
  NEAR_COPY_SHARE,
  containedIn,
  nearKeys,
  shingles,
} from '../near-copy.js';
import { storedParts } from './article-text.js';
import { createKeyWriter } from './key-writer.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Refuses an item whose parts disagree: each is a bug upstream, and storing it would spread the damage. */
function checkItem(item: StoredArticle): void {
  const { id } = item.article;
  for (const { record } of item.events) {
    if (record.articleId !== id) {
      throw new DyadError(
        'USAGE',
        `event ${record.id} names article ${record.articleId} but is stored with article ${id}`,
        {
          event: record.id,
        },
      );
    }
    if (!isoDate.test(record.date)) {
      throw new DyadError(
        'USAGE',
        `event ${record.id} has date ${JSON.stringify(record.date)}: expected YYYY-MM-DD`,
        {
          event: record.id,
        },
      );
    }
  }
  for (const quote of item.quotes) {
    if (!isoDate.test(quote.date)) {
      throw new DyadError(
        'USAGE',
        `quote ${quote.id} has date ${JSON.stringify(quote.date)}: expected YYYY-MM-DD`,
        {
          quote: quote.id,
        },
      );
    }
    if (quote.articleId !== id) {
      throw new DyadError(
        'USAGE',
        `quote ${quote.id} names article ${quote.articleId} but is stored with article ${id}`,
        {
          quote: quote.id,
        },
      );
    }
  }
}

/** Candidates whose 3-grams the batch writer keeps (about 5 MB of sets for stories of Reuters' length). */
const RECENT_CANDIDATES = 1000;

/** A `YYYY-MM-DD` date moved by `days`; null for a date that is no calendar day. */
function shiftDate(date: string, days: number): string | null {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return null;
  const shifted = new Date(time + days * 86_400_000);
  return shifted.getUTCFullYear() > 9999 ? '9999-12-31' : shifted.toISOString().slice(0, 10);
}

/**
 * The batch writer: one `BEGIN IMMEDIATE` transaction per batch. An article whose id is already stored is
 * skipped whole (`ON CONFLICT DO NOTHING`), events and quotes included; an article whose body is a stored
 * article's (`articleFingerprint`), or nearly so (a near copy: at least NEAR_COPY_SHARE of its word 3-grams in
 * a stored article published within NEAR_COPY_DAYS), is stored as a copy of it, without events, quotes or
 * mentions; a copy of a copy is a copy of the same original. Any error rolls the batch back.
 */
export function createBatchWriter(db: Database.Database): (items: readonly StoredArticle[]) => PutResult {
  const insertArticle = db.prepare(`
    INSERT INTO articles (id, url, source, title, published, body, paragraphs, lang, external_id, origin_file,
                          origin_line, text, sentences, pipeline, dictionaries, stored_at, fingerprint, copy_of,
                          copy_similarity)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO NOTHING
    RETURNING rowid`);
  // The stored article with this body: the original it copies (its own original when it is a copy), and the
  // share of the body's 3-grams that original has (null: all, word for word).
  const findOriginal = db.prepare(`
    SELECT coalesce(copy_of, rowid) AS rowid, copy_similarity AS similarity FROM articles
    WHERE fingerprint = ? ORDER BY copy_of IS NOT NULL, rowid LIMIT 1`);
  // The articles published within NEAR_COPY_DAYS that share a MinHash band with a body (those with a body of
  // their own: originals and near copies): one index search per day and band.
  const windowDays = 2 * NEAR_COPY_DAYS + 1;
  const nearCandidates = db
    .prepare(
      `
    SELECT DISTINCT article_rowid FROM article_near_keys
    WHERE published IN (${Array.from({ length: windowDays }, () => '?').join(', ')})
      AND key IN (${Array.from({ length: NEAR_BANDS }, () => '?').join(', ')})
    ORDER BY article_rowid`,
    )
    .pluck();
  const candidateRow = db.prepare('SELECT copy_of, body FROM articles WHERE rowid = ?');
  // One statement per article for its keys: a call per key cost a tenth of the writing thread's time.
  const insertNearKeys = db.prepare(
    `INSERT OR IGNORE INTO article_near_keys (published, key, article_rowid) VALUES ${Array.from({ length: NEAR_BANDS }, () => '(?, ?, ?)').join(', ')}`,
  );
  // The 3-grams of recent candidates: a feed of daily reports cast in one mould makes every issue a candidate
  // of the next week's (140 candidates an article at 20 a day), and reading and splitting each again cost 5 ms an
  // article; remembered, a candidate costs a set comparison. Evicted oldest first, so memory stays bounded.
  const recentShingles = new Map<number, { original: number; shingles: ReadonlySet<number> | null }>();
  const candidate = (rowid: number) => {
    let known = recentShingles.get(rowid);
    if (known === undefined) {
      const row = candidateRow.get(rowid) as { copy_of: number | null; body: string };
      known = { original: row.copy_of ?? rowid, shingles: shingles(row.body) };
      if (recentShingles.size >= RECENT_CANDIDATES)
        recentShingles.delete(recentShingles.keys().next().value!);
      recentShingles.set(rowid, known);
    }
    return known;
  };
  // The days around a date, remembered: a batch's articles share a few dates.
  const windows = new Map<string, string[] | null>();
  const windowOf = (published: string): string[] | null => {
    let window = windows.get(published);
    if (window === undefined) {
      const days: (string | null)[] = [];
      for (let day = -NEAR_COPY_DAYS; day <= NEAR_COPY_DAYS; day++) days.push(shiftDate(published, day));
      window = days.includes(null) ? null : (days as string[]);
      if (windows.size >= 1000) windows.clear();
      windows.set(published, window);
    }
    return window;
  };
  /**
   * The stored original an article's body nearly copies (through a near copy of it, when that is the closer),
   * with the share of the body's 3-grams found; undefined when none has NEAR_COPY_SHARE of them.
   */
  const nearOriginal = (article: StoredArticle['article'], keys: readonly number[]) => {
    const window = windowOf(article.published);
    if (window === null) return undefined;
    const rowids = nearCandidates.all(...window, ...keys) as number[];
    if (rowids.length === 0) return undefined;
    const own = shingles(article.body)!;
    let best: { rowid: number; similarity: number } | undefined;
    for (const rowid of rowids) {
      const other = candidate(rowid);
      const share = other.shingles === null ? 0 : containedIn(own, other.shingles);
      if (share >= NEAR_COPY_SHARE && share > (best?.similarity ?? 0))
        best = { rowid: other.original, similarity: share };
    }
    return best;
  };
  const insertEvent = db.prepare(`
    INSERT INTO events (id, article_rowid, sentence_index, date, publication_date, source_code, source_country,
                        source_known_group, target_code, target_country, target_known_group, code, root_code,
                        quad_class, goldstein, modality, record, trace)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertQuote = db.prepare(`
    INSERT INTO quotes (id, article_rowid, sentence_index, date, type, speaker_code, speaker_country,
                        speaker_known_group, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertMention = db.prepare(`
    INSERT INTO mentions (article_rowid, idx, span_start, span_end, text, code, country, known_group, roles, entry)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const keys = createKeyWriter(db);
  // The articles of a batch share their pipeline and dictionary versions (one object each when they come
  // from one pipeline): each is written as JSON once per batch, not once per article.
  const asJson = (cache: Map<unknown, string>, value: unknown): string => {
    let json = cache.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      cache.set(value, json);
    }
    return json;
  };

  const write = db.transaction((items: readonly StoredArticle[]): PutResult => {
    const storedAt = new Date().toISOString();
    const storedIds: string[] = [];
    const copyIds: string[] = [];
    const versionsJson = new Map<unknown, string>();
    let duplicates = 0;
    for (const item of items) {
      checkItem(item);
      const { article } = item;
      const fingerprint = fingerprintOf(article);
      const exact =
        fingerprint === null
          ? undefined
          : (findOriginal.get(fingerprint) as { rowid: number; similarity: number | null } | undefined);
      // An exact copy needs no near-copy keys: copies keep none.
      const bands =
        exact !== undefined ? null : item.nearKeys !== undefined ? item.nearKeys : nearKeys(article.body);
      const original: { rowid: number; similarity: number | null } | undefined =
        exact ?? (bands === null ? undefined : nearOriginal(article, bands));
      if (item.unanalysedCopy && original === undefined)
        throw new DyadError(
          'USAGE',
          `article ${article.id} was not analysed as a copy of a stored article, but no stored article has its body`,
          { article: article.id },
        );
      const parts = storedParts(article.title, article.body, article.paragraphs, item.text);
      const row = insertArticle.get(
        article.id,
        article.url,
        article.source,
        article.title,
        article.published,
        article.body,
        parts.paragraphs,
        article.lang,
        article.externalId ?? null,
        article.origin?.file ?? null,
        article.origin?.line ?? null,
        parts.text,
        JSON.stringify(item.sentences),
        asJson(versionsJson, item.pipeline),
        asJson(versionsJson, item.dictionaries),
        storedAt,
        fingerprint,
        original?.rowid ?? null,
        original?.similarity ?? null,
      ) as { rowid: number } | undefined;
      if (row === undefined) {
        duplicates++;
        continue;
      }
      storedIds.push(article.id);
      // A syndicated copy keeps its article row (and the link to the original), not its events, quotes and
      // mentions: they are the original's, and counting them again would inflate every count.
      // A near copy keeps its keys too: a later re-filing of it is found through it, and linked to its original.
      if (bands !== null) insertNearKeys.run(bands.flatMap((key) => [article.published, key, row.rowid]));
      if (original !== undefined) {
        copyIds.push(article.id);
        continue;
      }
      for (const { record, trace } of item.events) {
        const { lastInsertRowid } = insertEvent.run(
          record.id,
          row.rowid,
          record.sentenceIndex,
          record.date,
          record.publicationDate,
          record.source?.code ?? null,
          record.source?.country ?? null,
          record.source?.knownGroup ?? null,
          record.target?.code ?? null,
          record.target?.country ?? null,
          record.target?.knownGroup ?? null,
          record.code,
          record.rootCode,
          record.quadClass,
          record.goldstein,
          record.modality,
          JSON.stringify(record),
          JSON.stringify(trace),
        );
        keys.event(lastInsertRowid, record);
      }
      for (const quote of item.quotes) {
        const { lastInsertRowid } = insertQuote.run(
          quote.id,
          row.rowid,
          quote.sentenceIndex,
          quote.date,
          quote.type,
          quote.speakerActor?.code ?? null,
          quote.speakerActor?.country ?? null,
          quote.speakerActor?.knownGroup ?? null,
          JSON.stringify(quote),
        );
        keys.quote(lastInsertRowid, quote);
      }
      item.mentions.forEach((mention, index) => {
        insertMention.run(
          row.rowid,
          index,
          mention.start,
          mention.end,
          mention.text,
          mention.code,
          mention.country,
          mention.knownGroup,
          JSON.stringify(mention.roles),
          mention.entry,
        );
      });
    }
    return { stored: storedIds.length, duplicates, copies: copyIds.length, storedIds, copyIds };
  });

  // IMMEDIATE takes the write lock at BEGIN, so concurrent writers wait (busy_timeout) instead of failing
  // when a read transaction would have to be upgraded.
  return (items) => {
    try {
      return write.immediate(items);
    } catch (error) {
      // The rowids of a rolled-back batch are given to the next one: what was remembered of them is void.
      recentShingles.clear();
      throw error;
    }
  };
}
