import type { ReadError } from '../errors/read-error.js';
import type { Article } from './article.js';

/** An article a reader read. */
export interface ArticleItem {
  readonly kind: 'article';
  readonly article: Article;
}

/** A file a reader did not read, and why (a README in a corpus folder, an empty file, …). */
export interface SkippedItem {
  readonly kind: 'skipped';
  readonly file: string;
  readonly reason: string;
}

/** What the readers yield, in input order: articles, located errors, and skipped files. */
export type ReadItem = ArticleItem | ReadError | SkippedItem;

/** Options of the per-file readers. */
export interface FileReadOptions {
  /** Lines longer than this many bytes are refused (field `line`) and skipped; default 8 MiB. */
  readonly maxLineBytes?: number;
  /** Called with the size of each chunk as it is read. */
  readonly onBytes?: (bytes: number) => void;
}
