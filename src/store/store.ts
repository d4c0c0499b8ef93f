import type { ActorCode, CodedEvent, EventRecord, EventTrace, Modality, QuoteRecord } from '../doc/layers.js';
import type { Span } from '../doc/span.js';
import { DyadError } from '../errors/dyad-error.js';
import type { Article } from '../readers/article.js';

/** A sentence as the store keeps it: its span in the Doc text (UTF-16 code units) and its paragraph. */
export interface StoredSentence extends Span {
  readonly paragraph: number;
}

/** An actor mention as the store keeps it: the words, their codes, and the dictionary entry that matched. */
export interface StoredMention extends Span {
  readonly text: string;
  readonly code: string;
  readonly country: string | null;
  readonly knownGroup: string | null;
  readonly roles: readonly string[];
  /** The dictionary entry, e.g. `person:vladimir-putin`. */
  readonly entry: string;
}

/** Everything stored for one analysed article. All spans are offsets into `text`. */
export interface StoredArticle {
  readonly article: Article;
  /** The Doc text: the title, `\n`, then the paragraphs joined by `\n`. */
  readonly text: string;
  readonly sentences: readonly StoredSentence[];
  readonly events: readonly CodedEvent[];
  readonly quotes: readonly QuoteRecord[];
  readonly mentions: readonly StoredMention[];
  /** `stage@version` of every stage that ran, in order. */
  readonly pipeline: readonly string[];
  /** Versions of the dictionaries and tables the stages used. */
  readonly dictionaries: Readonly<Record<string, string>>;
  /**
   * A syndicated copy the ingest recognised before analysing it (see `unanalysedCopy`): no sentences and no
   * analysis. It must be stored as a copy; storing it as an article of its own would store it without events.
   */
  readonly unanalysedCopy?: true;
  /**
   * The MinHash band keys of the body (`nearKeys`), when the thread that analysed the article computed them;
   * the store computes them otherwise. `null` for a body too short to compare.
   */
  readonly nearKeys?: readonly number[] | null;
}

/** A stored article as read back, with the time it was first stored (ISO 8601, UTC). */
export interface ArticleRecord extends StoredArticle {
  readonly storedAt: string;
  /** For a syndicated copy: the id of the stored article it copies, which holds the events. */
  readonly copyOf?: string;
  /** For a near copy (not word for word): the share of its body's word 3-grams that the original has. */
  readonly copySimilarity?: number;
}

export interface PutResult {
  /** Articles written by this batch. */
  readonly stored: number;
  /** Articles of the batch that were already stored (or came twice in it): nothing of them was written. */
  readonly duplicates: number;
  /**
   * Stored articles whose body is an earlier article's under another URL or headline (a syndicated copy), or
   * nearly so (a near copy: see near-copy.ts): their rows link to the original, and their events, quotes and
   * mentions are not stored. Counted in `stored` too.
   */
  readonly copies: number;
  readonly storedIds: readonly string[];
  readonly copyIds: readonly string[];
}

export interface SearchOptions {
  /** Hits per page; default 20. */
  readonly limit?: number;
  /** Hits to skip; default 0. */
  readonly offset?: number;
  /** Markers around matched terms in snippets; default `[` and `]`. */
  readonly highlight?: { readonly open: string; readonly close: string };
}

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly published: string;
  readonly source: string;
  /** Relevance, higher is better (BM25 with the title weighted above the body). */
  readonly rank: number;
  /** A few words around the best match, matched terms between the highlight markers. */
  readonly snippet: string;
}

export interface SearchResult {
  /** All matching articles, not only this page. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

export interface StoreStats {
  readonly articles: number;
  /** Articles that are syndicated copies of another stored article (counted in `articles`; no events). */
  readonly copies: number;
  /** Of the copies, those re-filed with edits (near copies, see near-copy.ts) rather than word for word. */
  readonly nearCopies: number;
  readonly events: number;
  readonly quotes: number;
  readonly mentions: number;
  /** Distinct article sources (domains, URN namespaces). */
  readonly sources: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly eventsByModality: Readonly<Record<string, number>>;
  /** Keyed `1` to `4`. */
  readonly eventsByQuadClass: Readonly<Record<string, number>>;
}

/**
 * Which events to return. `source` and `target` are actor keys (see `actorKeys`); `code` is a CAMEO code
 * prefix (`16` finds 16, 161, 1612); `since` and `until` bound the event date, both inclusive.
 */
export interface EventFilter {
  readonly source?: string;
  readonly target?: string;
  readonly code?: string;
  readonly since?: string;
  readonly until?: string;
  /** Only these modalities; omitted, all of them. */
  readonly modality?: readonly Modality[];
  /** An article id or a unique prefix of it. */
  readonly articleId?: string;
  readonly limit?: number;
  /** By event date, then in the order stored; default `asc`. */
  readonly order?: 'asc' | 'desc';
}

/** One event with its trace and the article it was found in. */
export interface EventDetail {
  readonly record: EventRecord;
  readonly trace: EventTrace;
  readonly article: {
    readonly id: string;
    readonly title: string;
    readonly text: string;
    readonly published: string;
  };
}

/** Which quotes to return: `speaker` is an actor key of the speaker; dates are the articles' dates. */
export interface QuoteFilter {
  readonly speaker?: string;
  readonly since?: string;
  readonly until?: string;
  readonly articleId?: string;
  readonly limit?: number;
}

export type SeriesGranularity = 'day' | 'week' | 'month';

export interface DyadSeriesOptions {
  readonly source: string;
  readonly target: string;
  readonly granularity: SeriesGranularity;
  readonly since?: string;
  readonly until?: string;
  readonly modality?: readonly Modality[];
}

/** The events of a dyad in one period. */
export interface DyadPeriod {
  /** The first day of the period, `YYYY-MM-DD` (weeks start on Monday). */
  readonly period: string;
  readonly events: number;
  readonly goldsteinSum: number;
  /** 0 when the period has no events. */
  readonly goldsteinMean: number;
  /** Keyed `1` to `4`, all four present. */
  readonly byQuadClass: Readonly<Record<string, number>>;
}

/**
 * Where analysed articles live: written in batches, searched, and queried for events, quotes and dyads.
 * Implemented by SQLite (`openSqliteStore`) and checked by one contract suite (`storeContract`).
 *
 * Writes are idempotent: an article is keyed by its content-hash id, and a batch lands whole or not at all,
 * so re-running an ingest, or resuming one that was killed, neither loses nor duplicates anything. Misuse
 * (a malformed filter, a search query with a syntax error, an ambiguous id prefix) throws a `DyadError`
 * with code `USAGE`.
 */
export interface Store {
  /** Writes a batch in one transaction; articles already stored are counted as duplicates and left as they are. */
  putBatch(items: readonly StoredArticle[]): PutResult;
  /** Which of these article ids are already stored: an ingest skips analysing them. */
  storedIds(ids: readonly string[]): Set<string>;
  /**
   * Which of these body fingerprints (`articleFingerprint`) a stored original article has: an article with one
   * is a syndicated copy, and an ingest stores it without analysing it.
   */
  storedFingerprints(fingerprints: readonly string[]): Set<string>;
  /**
   * Full-text search over titles and bodies: words must all match (`NATO Russia`), `"…"` is a phrase, `OR`
   * and `NOT` combine, `word*` is a prefix (words are not stemmed: `sanction*` finds `sanctions`), `title:`
   * limits to titles. Case and diacritics do not matter. Words with punctuation (`U.S.`, `NATO-Russia`) are
   * searched as phrases.
   */
  search(query: string, options?: SearchOptions): SearchResult;
  /**
   * By full id, else by external id, else by a unique prefix of at least 6 hex digits; null when nothing
   * matches. Several matches throw a `USAGE` error that lists them.
   */
  getArticle(idOrPrefix: string): ArticleRecord | null;
  stats(): StoreStats;
  queryEvents(filter: EventFilter): EventRecord[];
  getEvent(id: string): EventDetail | null;
  queryQuotes(filter: QuoteFilter): QuoteRecord[];
  /** Event counts and Goldstein sums of a dyad per period, from the first to the last period with events. */
  dyadSeries(options: DyadSeriesOptions): DyadPeriod[];
  close(): void;
}

/**
 * The keys an actor answers to in `source`, `target` and `speaker` filters: its country (`RUS`), its known
 * group (`NAT`), and every prefix of its full code made of whole 3-letter parts (`IGO`, `IGOWST`,
 * `IGOWSTNAT`). So `RUS` finds `RUSGOV` and `RUSMIL`, `RUSGOV` finds `RUSGOVMIL` but not `RUSMIL`, and `NAT`
 * finds NATO whatever prefix its code carries.
 */
export function actorKeys(actor: Pick<ActorCode, 'code' | 'country' | 'knownGroup'>): string[] {
  const keys = new Set<string>();
  if (actor.country) keys.add(actor.country);
  if (actor.knownGroup) keys.add(actor.knownGroup);
  for (let end = 3; end < actor.code.length; end += 3) keys.add(actor.code.slice(0, end));
  if (actor.code) keys.add(actor.code);
  return [...keys];
}

/**
 * A user's actor key in the form `actorKeys` produces: upper case, whole 3-character parts. Throws a
 * `USAGE` error for anything else (`RUSG`, `Russia`).
 */
export function actorKey(input: string, field = 'actor'): string {
  const key = input.trim().toUpperCase();
  if (!/^(?:[A-Z0-9-]{3})+$/.test(key)) {
    throw new DyadError(
      'USAGE',
      `${field} "${input}" is not an actor key: expected a country or known-group code (RUS, NAT) or a code ` +
        `prefix of whole 3-letter parts (RUSGOV, IGOWST)`,
      { field, value: input },
    );
  }
  return key;
}
