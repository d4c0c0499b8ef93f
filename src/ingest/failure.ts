import type { Article } from '../readers/article.js';

/**
 * An article the coder failed on: a defect of dyad's, not of the input. The ingest reports it with the article's
 * file and line and goes on; it is not stored, so a run after the fix codes it.
 */
export interface FailedAnalysis {
  readonly article: Article;
  readonly failure: string;
}

/** The message of an error thrown while coding an article, with the place in dyad's code it came from. */
export function failureOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const at = error.stack?.split('\n').find((line) => line.trim().startsWith('at '));
  return at ? `${error.message} (${at.trim()})` : error.message;
}
