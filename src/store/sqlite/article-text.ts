/**
 * An article's body, its paragraphs and its Doc text are one text three times over: the body is the paragraphs
 * joined by `\n`, the Doc text the title and the paragraphs joined by `\n` (see `createDoc`). The store keeps the
 * body (full-text search reads it) and writes the other two as '' whenever they follow from it, which takes a
 * third off the size of a database of news (Reuters-21578: 139 to 99 MB). Rows written before, and the rare
 * article whose parts do not follow from its body (a paragraph holding a line break, given through the API), keep
 * them written out. Hand-written because it is the store's own layout, not a format a library knows.
 */

/** What to store in the `paragraphs` and `text` columns: '' for each that `body` and `title` give back. */
export function storedParts(
  title: string,
  body: string,
  paragraphs: readonly string[],
  text: string,
): { paragraphs: string; text: string } {
  const derivable =
    paragraphs.length > 0 &&
    paragraphs.every((paragraph) => !paragraph.includes('\n')) &&
    body === paragraphs.join('\n') &&
    text === `${title}\n${body}`;
  return derivable ? { paragraphs: '', text: '' } : { paragraphs: JSON.stringify(paragraphs), text };
}

/** The paragraphs of a stored row. */
export function paragraphsOf(row: { body: string; paragraphs: string }): string[] {
  return row.paragraphs === '' ? row.body.split('\n') : (JSON.parse(row.paragraphs) as string[]);
}

/** SQL for the Doc text of the row of table alias `a` (written out, or title and body). */
export const TEXT_SQL = "CASE a.text WHEN '' THEN a.title || char(10) || a.body ELSE a.text END";

/** The Doc text of a stored row. */
export function textOf(row: { title: string; body: string; text: string }): string {
  return row.text === '' ? `${row.title}\n${row.body}` : row.text;
}
