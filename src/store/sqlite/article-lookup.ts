import type Database from 'better-sqlite3';
import type { CodedEvent, EventRecord, EventTrace, QuoteRecord } from '../../doc/layers.js';
import { DyadError } from '../../errors/dyad-error.js';
import type { Article } from '../../readers/article.js';
import type { ArticleRecord, StoredMention } from '../store.js';
import { paragraphsOf, textOf } from './article-text.js';

interface ArticleRow {
  rowid: number;
  id: string;
  url: string;
  source: string;
  title: string;
  published: string;
  body: string;
  paragraphs: string;
  lang: string;
  external_id: string | null;
  origin_file: string | null;
  origin_line: number | null;
  text: string;
  sentences: string;
  pipeline: string;
  dictionaries: string;
  stored_at: string;
  copy_of: number | null;
  copy_similarity: number | null;
}

interface MentionRow {
  span_start: number;
  span_end: number;
  text: string;
  code: string;
  country: string | null;
  known_group: string | null;
  roles: string;
  entry: string;
}

/** The shortest id prefix accepted: 6 hex digits, 16.7 million values. */
export const minPrefix = 6;
const candidatesShown = 10;

function articleOf(row: ArticleRow): Article {
  return {
    id: row.id,
    url: row.url,
    source: row.source,
    title: row.title,
    published: row.published,
    body: row.body,
    paragraphs: paragraphsOf(row),
    lang: row.lang,
    ...(row.external_id !== null ? { externalId: row.external_id } : {}),
    ...(row.origin_file !== null ? { origin: { file: row.origin_file, line: row.origin_line ?? 1 } } : {}),
  };
}

export interface ArticleLookup {
  /** The rowid of the article `idOrPrefix` names, null when none; a `USAGE` error when several match. */
  resolve(idOrPrefix: string): number | null;
  get(idOrPrefix: string): ArticleRecord | null;
}

/** Finds articles by full id, external id, or unique id prefix, and reads them back whole. */
export function createArticleLookup(db: Database.Database): ArticleLookup {
  const byId = db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck();
  const byExternalId = db.prepare(
    `SELECT rowid, id, published, title FROM articles WHERE external_id = ? ORDER BY rowid LIMIT ${candidatesShown + 1}`,
  );
  const byPrefix = db.prepare(
    `SELECT rowid, id, published, title FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ${candidatesShown + 1}`,
  );
  const row = db.prepare('SELECT rowid, * FROM articles WHERE rowid = ?');
  const idOf = db.prepare('SELECT id FROM articles WHERE rowid = ?').pluck();
  const events = db.prepare('SELECT record, trace FROM events WHERE article_rowid = ? ORDER BY rowid');
  const quotes = db.prepare('SELECT record FROM quotes WHERE article_rowid = ? ORDER BY rowid').pluck();
  const mentions = db.prepare('SELECT * FROM mentions WHERE article_rowid = ? ORDER BY idx');

  type Candidate = { rowid: number; id: string; published: string; title: string };
  function ambiguous(input: string, what: string, candidates: Candidate[]): never {
    const shown = candidates.slice(0, candidatesShown).map((c) => `  ${c.id}  ${c.published}  ${c.title}`);
    const more = candidates.length > candidatesShown ? '\n  …' : '';
    throw new DyadError(
      'USAGE',
      `${what} "${input}" matches several articles; give more of the id:\n${shown.join('\n')}${more}`,
      {
        input,
        candidates: candidates.slice(0, candidatesShown).map((c) => c.id),
      },
    );
  }

  function resolve(idOrPrefix: string): number | null {
    const input = idOrPrefix.trim();
    const exact = (byId.get(input) ?? byId.get(input.toLowerCase())) as number | undefined;
    if (exact !== undefined) return exact;
    const external = byExternalId.all(input) as Candidate[];
    if (external.length === 1) return external[0]!.rowid;
    if (external.length > 1) ambiguous(input, 'the external id', external);
    if (!/^[0-9a-f]+$/i.test(input)) return null;
    if (input.length < minPrefix) {
      throw new DyadError(
        'USAGE',
        `"${input}" is too short to name an article: give at least ${minPrefix} hex digits of its id`,
        {
          input,
        },
      );
    }
    const prefix = input.toLowerCase();
    // Ids are lower-case hex, and "g" sorts after "f": [prefix, prefix + "g") holds exactly the ids it starts.
    const matches = byPrefix.all(prefix, `${prefix}g`) as Candidate[];
    if (matches.length > 1) ambiguous(input, 'the id prefix', matches);
    return matches[0]?.rowid ?? null;
  }

  function get(idOrPrefix: string): ArticleRecord | null {
    const rowid = resolve(idOrPrefix);
    if (rowid === null) return null;
    const found = row.get(rowid) as ArticleRow;
    const copyOf = found.copy_of !== null ? (idOf.get(found.copy_of) as string | undefined) : undefined;
    return {
      article: articleOf(found),
      text: textOf(found),
      sentences: JSON.parse(found.sentences) as ArticleRecord['sentences'],
      events: (events.all(rowid) as { record: string; trace: string }[]).map((event): CodedEvent => ({
        record: JSON.parse(event.record) as EventRecord,
        trace: JSON.parse(event.trace) as EventTrace,
      })),
      quotes: (quotes.all(rowid) as string[]).map((quote) => JSON.parse(quote) as QuoteRecord),
      mentions: (mentions.all(rowid) as MentionRow[]).map((mention): StoredMention => ({
        start: mention.span_start,
        end: mention.span_end,
        text: mention.text,
        code: mention.code,
        country: mention.country,
        knownGroup: mention.known_group,
        roles: JSON.parse(mention.roles) as string[],
        entry: mention.entry,
      })),
      pipeline: JSON.parse(found.pipeline) as string[],
      dictionaries: JSON.parse(found.dictionaries) as Record<string, string>,
      storedAt: found.stored_at,
      ...(copyOf !== undefined ? { copyOf } : {}),
      ...(copyOf !== undefined && found.copy_similarity !== null
        ? { copySimilarity: found.copy_similarity }
        : {}),
    };
  }

  return { resolve, get };
}
