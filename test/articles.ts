import type { Article } from '../src/readers/article.js';
import { readInputs } from '../src/readers/read-inputs.js';

/** The articles of the inputs, read with dyad's readers; any unreadable record fails the test. */
export async function readArticles(...paths: string[]): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readInputs(paths)) {
    if (item.kind === 'error') throw new Error(`${item.file}:${item.line}: ${item.field}: ${item.message}`);
    if (item.kind === 'article') articles.push(item.article);
  }
  return articles;
}
