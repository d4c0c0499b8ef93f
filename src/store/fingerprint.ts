import { createHash } from 'node:crypto';
import type { Article } from '../readers/article.js';

/**
 * Wire datelines ("WASHINGTON, March 2 - ", "LONDON (Reuters) - ", "TOKYO, Oct 20 -") differ between copies
 * of one story filed from different desks; they are left out of its fingerprint.
 */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M} .,'’()-]{1,60}?(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]{1,2}\s+/u;

/** Fewer letters and digits than this and a body is too short to be a story (an earnings table, a brief). */
const MIN_TEXT = 300;

/**
 * A story's words: its body lower-cased, with punctuation, spacing and the dateline dropped, one space between
 * words; `null` for a body too short to tell a copy from a coincidence ("Shr 10 cts vs 9 cts" is many
 * companies' news).
 */
export function storyWords(body: string): string | null {
  const words = body
    .replace(DATELINE, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words.replace(/ /g, '').length < MIN_TEXT ? null : words;
}

/**
 * The fingerprint of a story's body: a SHA-1 of its words (`storyWords`). Syndicated copies of one story under
 * other URLs or headlines share it; `null` for a body too short.
 */
export function articleFingerprint(body: string): string | null {
  const words = storyWords(body);
  return words === null ? null : createHash('sha1').update(words).digest('hex');
}

/**
 * `articleFingerprint` of an article's body, computed once per article object: the ingest asks for it to skip
 * copies before analysis, and the store again when it writes the article (about 2% of the writing thread).
 */
const fingerprints = new WeakMap<Article, string | null>();
export function fingerprintOf(article: Article): string | null {
  let print = fingerprints.get(article);
  if (print === undefined) {
    print = articleFingerprint(article.body);
    fingerprints.set(article, print);
  }
  return print;
}
