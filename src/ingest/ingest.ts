import { createDoc } from '../doc/doc.js';
import { readError, type ReadError } from '../errors/read-error.js';
import type { Article } from '../readers/article.js';
import { readInputs, type ReadProgress } from '../readers/read-inputs.js';
import type { SkippedItem } from '../readers/read-item.js';
import { fingerprintOf } from '../store/fingerprint.js';
import type { Store, StoredArticle } from '../store/store.js';
import type { FailedAnalysis } from './failure.js';

/** Turns articles into what the store keeps: in this thread, or on a pool of worker threads. */
export interface Analyser {
  analyse(articles: readonly Article[]): Promise<(StoredArticle | FailedAnalysis)[]>;
  close(): Promise<void>;
}

const isFailed = (item: StoredArticle | FailedAnalysis): item is FailedAnalysis => 'failure' in item;

export interface IngestOptions {
  readonly paths: readonly string[];
  readonly store: Store;
  readonly analyser: Analyser;
  /** Articles per transaction (and per batch sent for analysis); default 200. */
  readonly batchSize?: number;
  readonly stdin?: NodeJS.ReadableStream;
  readonly maxLineBytes?: number;
  readonly onProgress?: (progress: ReadProgress & { articles: number }) => void;
  /** Batches being analysed at once; default 2. */
  readonly maxInFlight?: number;
  /** Called for each record that could not be read, as it is met. */
  readonly onError?: (error: ReadError) => void;
}

export interface IngestSummary {
  readonly read: number;
  readonly stored: number;
  readonly duplicates: number;
  /** Stored articles that are syndicated copies of an earlier one (counted in `stored`; no events of their own). */
  readonly copies: number;
  readonly failed: number;
  readonly skippedFiles: readonly SkippedItem[];
  readonly errors: readonly ReadError[];
  readonly events: number;
  /** Sentences of the articles stored by this run. */
  readonly sentences: number;
  readonly seconds: number;
}

/**
 * Reads the inputs, analyses every article and stores it with its events, quotes and mentions, in batches
 * of one transaction each. Bad records are collected (and reported through `onError`), never fatal; the
 * good ones are stored. Re-running is safe: articles already stored count as duplicates.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  // 200: a transaction of 1,000 articles costs the storing thread a tenth less per article, but the ingest of
  // Reuters-21578 took 1-2 s longer in wall time (four runs alternated).
  const batchSize = options.batchSize ?? 200;
  const errors: ReadError[] = [];
  const skippedFiles: SkippedItem[] = [];
  let read = 0;
  let stored = 0;
  let duplicates = 0;
  let copies = 0;
  let events = 0;
  let sentences = 0;
  let pending: Article[] = [];
  // Several batches are analysed at once (on worker threads) while this thread reads the next ones and
  // stores finished ones; at most `maxInFlight` batches are held, so memory stays flat however long the input.
  const maxInFlight = options.maxInFlight ?? 2;
  const inFlight: {
    readonly work: Promise<(StoredArticle | FailedAnalysis)[]>;
    readonly prints: readonly string[];
  }[] = [];
  // Fingerprints of articles the coder failed on: a copy of one, recognised before its original was analysed,
  // has no original to be stored as a copy of, and fails with it.
  const failedPrints = new Set<string>();
  // Body fingerprints of the articles sent for analysis and not stored yet, with how many: a copy of one of them
  // is not analysed either. Once stored, the store answers for them (`storedFingerprints`).
  const pendingPrints = new Map<string, number>();

  const storeNext = async () => {
    const next = inFlight.shift()!;
    const analysed = await next.work;
    store(analysed);
    for (const print of next.prints) {
      const left = pendingPrints.get(print)! - 1;
      if (left === 0) pendingPrints.delete(print);
      else pendingPrints.set(print, left);
    }
  };
  const fail = (article: Article, message: string) => {
    const error = readError(
      article.origin?.file ?? article.url,
      article.origin?.line ?? 0,
      'body',
      `dyad's coder failed on this article (${article.url}), which is not stored: ${message}`,
    );
    errors.push(error);
    options.onError?.(error);
  };
  const store = (results: (StoredArticle | FailedAnalysis)[]) => {
    const analysed: StoredArticle[] = [];
    for (const item of results) {
      if (isFailed(item)) {
        const print = fingerprintOf(item.article);
        if (print !== null) failedPrints.add(print);
        fail(item.article, item.failure);
        continue;
      }
      const print = item.unanalysedCopy ? fingerprintOf(item.article) : null;
      if (print !== null && failedPrints.has(print)) {
        fail(item.article, 'it is a copy of an article the coder failed on');
        continue;
      }
      analysed.push(item);
    }
    if (analysed.length === 0) return;
    const result = options.store.putBatch(analysed);
    stored += result.stored;
    duplicates += result.duplicates;
    copies += result.copies;
    const storedIds = new Set(result.storedIds);
    const copyIds = new Set(result.copyIds);
    for (const item of analysed) {
      if (!storedIds.has(item.article.id) || copyIds.has(item.article.id)) continue;
      events += item.events.length;
      sentences += item.sentences.length;
    }
  };
  const submit = async (batch: Article[]) => {
    // Articles already stored (a re-run, a resumed ingest) are not analysed again; putBatch would skip them.
    const known = options.store.storedIds(batch.map((article) => article.id));
    const fresh = batch.filter((article) => !known.has(article.id));
    duplicates += batch.length - fresh.length;
    // A syndicated copy of a stored article, or of one sent for analysis before it, is stored as a copy without
    // being analysed: its events are the original's (see putBatch), and a story filed by fifty papers is coded once.
    const prints = fresh.map((article) => fingerprintOf(article));
    const storedPrints = options.store.storedFingerprints(
      prints.filter((print): print is string => print !== null),
    );
    const toAnalyse: Article[] = [];
    const sent: string[] = [];
    const copy = fresh.map((article, i) => {
      const print = prints[i]!;
      if (print !== null && (storedPrints.has(print) || pendingPrints.has(print))) return true;
      toAnalyse.push(article);
      if (print !== null) {
        pendingPrints.set(print, (pendingPrints.get(print) ?? 0) + 1);
        sent.push(print);
      }
      return false;
    });
    const analysed = toAnalyse.length > 0 ? options.analyser.analyse(toAnalyse) : Promise.resolve([]);
    // Back in input order, so that a copy is stored after its original when both are in this batch.
    const work = analysed.then((results) => {
      let next = 0;
      return fresh.map((article, i) => (copy[i] ? unanalysedCopy(article) : results[next++]!));
    });
    inFlight.push({ work, prints: sent });
    if (inFlight.length >= maxInFlight) await storeNext();
  };

  let lastProgress: ReadProgress = { bytesRead: 0, bytesTotal: 0, file: '' };
  for await (const item of readInputs(options.paths, {
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
    onProgress: (progress) => {
      lastProgress = progress;
    },
  })) {
    if (item.kind === 'error') {
      errors.push(item);
      options.onError?.(item);
      continue;
    }
    if (item.kind === 'skipped') {
      skippedFiles.push(item);
      continue;
    }
    read++;
    pending.push(item.article);
    if (pending.length >= batchSize) {
      const batch = pending;
      pending = [];
      await submit(batch);
      options.onProgress?.({ ...lastProgress, articles: read });
    }
  }
  if (pending.length > 0) await submit(pending);
  while (inFlight.length > 0) await storeNext();
  options.onProgress?.({ ...lastProgress, articles: read });
  return {
    read,
    stored,
    duplicates,
    copies,
    failed: errors.length,
    skippedFiles,
    errors,
    events,
    sentences,
    seconds: (performance.now() - started) / 1000,
  };
}

/** What is stored of a syndicated copy recognised before analysis: the article and its text, nothing analysed. */
function unanalysedCopy(article: Article): StoredArticle {
  return {
    article,
    text: createDoc(article).text,
    sentences: [],
    events: [],
    quotes: [],
    mentions: [],
    pipeline: [],
    dictionaries: {},
    unanalysedCopy: true,
  };
}
