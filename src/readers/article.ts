import { createHash } from 'node:crypto';

/** One news article as the readers deliver it. */
export interface Article {
  /** Content hash of url, title, date and paragraphs (see `articleId`): the same article always gets the same id. */
  readonly id: string;
  readonly url: string;
  /** The domain of `url` (`www.` dropped), or the URN's namespace for `urn:` URLs. */
  readonly source: string;
  readonly title: string;
  /** Publication date, `YYYY-MM-DD`. */
  readonly published: string;
  /** Paragraphs joined by `\n`. */
  readonly body: string;
  readonly paragraphs: readonly string[];
  readonly lang: string;
  /** An identifier the input itself carried (a JSONL `id`), kept apart from the content hash. */
  readonly externalId?: string;
  /** Where the record was read from. */
  readonly origin?: { readonly file: string; readonly line: number };
}

/** The fields from which an article is made; `id`, `source` and `body` are derived. */
export interface ArticleFields {
  url: string;
  title: string;
  published: string;
  paragraphs: readonly string[];
  lang?: string;
  externalId?: string;
  origin?: { file: string; line: number };
}

/**
 * The article id: the first 20 hex digits (80 bits) of SHA-256 over url, title, date and the paragraphs.
 * The same story read from a seed `.txt` file and from a JSONL line gets the same id, so ingesting it
 * twice stores it once. Syndicated copies under different URLs stay distinct articles (they are grouped
 * later, by the dedup stage).
 */
export function articleId(fields: Pick<ArticleFields, 'url' | 'title' | 'published' | 'paragraphs'>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([fields.url, fields.title, fields.published, fields.paragraphs]));
  return hash.digest('hex').slice(0, 20);
}

/** The source name of a URL: its host without `www.`, or `urn:<namespace>` for URNs. */
export function sourceOf(url: string): string {
  if (url.startsWith('urn:')) {
    const namespace = url.split(':')[1];
    return namespace ? `urn:${namespace}` : 'urn';
  }
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function makeArticle(fields: ArticleFields): Article {
  return {
    id: articleId(fields),
    url: fields.url,
    source: sourceOf(fields.url),
    title: fields.title,
    published: fields.published,
    body: fields.paragraphs.join('\n'),
    paragraphs: fields.paragraphs,
    lang: fields.lang ?? 'en',
    ...(fields.externalId !== undefined ? { externalId: fields.externalId } : {}),
    ...(fields.origin !== undefined ? { origin: fields.origin } : {}),
  };
}
