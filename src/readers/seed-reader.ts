import { createReadStream } from 'node:fs';
import { readError, type ReadError } from '../errors/read-error.js';
import { makeArticle } from './article.js';
import { urlProblem } from './check-url.js';
import { parseDate } from './parse-date.js';
import type { FileReadOptions, ReadItem } from './read-item.js';
import { readTextLines, type TextLine } from './text-lines.js';

const layout =
  'a seed record is: line 1 title, line 2 date YYYYMMDD, line 3 URL, then one paragraph per line';

/**
 * Reads one seed record from its lines: line 1 the title, line 2 the date (`YYYYMMDD`, or ISO 8601), line 3
 * the URL (`http(s)://…` or `urn:…`), then the body, one paragraph per line, blank lines ignored. Yields the
 * article, or, when any part is wrong, one error per wrong field and no article.
 */
export async function* readSeedRecord(
  lines: AsyncIterable<TextLine | ReadError>,
  file: string,
): AsyncGenerator<ReadItem> {
  const head = new Map<number, string>();
  const paragraphs: string[] = [];
  const brokenLines = new Set<number>();
  let failed = false;
  let lineCount = 0;

  for await (const item of lines) {
    lineCount = Math.max(lineCount, item.line);
    if (item.kind === 'error') {
      yield item;
      // A file that cannot be read at all (missing, binary) is one error, not a list of missing fields.
      if (item.field === 'file') return;
      failed = true;
      brokenLines.add(item.line);
      continue;
    }
    if (item.line <= 3) head.set(item.line, item.text);
    else if (item.text.trim() !== '') paragraphs.push(item.text);
  }
  if (lineCount === 0) {
    yield readError(file, 1, 'title', `the file is empty (${layout})`);
    return;
  }

  const problems: ReadError[] = [];
  const title = head.get(1);
  if (title !== undefined && title.trim() === '') {
    problems.push(readError(file, 1, 'title', `the title line is blank (${layout})`));
  }
  const dateLine = head.get(2);
  const date = dateLine === undefined ? null : parseDate(dateLine);
  if (dateLine === undefined && !brokenLines.has(2)) {
    problems.push(readError(file, 2, 'date', `the date line is missing (${layout})`));
  } else if (date !== null && !date.ok) {
    problems.push(readError(file, 2, 'date', date.message));
  }
  const urlLine = head.get(3)?.trim();
  if (urlLine === undefined && !brokenLines.has(3)) {
    problems.push(readError(file, 3, 'url', `the URL line is missing (${layout})`));
  } else if (urlLine !== undefined) {
    const problem = urlProblem(urlLine);
    if (problem !== null)
      problems.push(readError(file, 3, 'url', `${problem}; is the URL line missing? (${layout})`));
  }
  if (paragraphs.length === 0 && !failed) {
    problems.push(
      readError(file, 4, 'body', `the record has no body: no paragraph after the URL line (${layout})`),
    );
  }
  yield* problems;
  if (failed || problems.length > 0 || title === undefined || !date?.ok || urlLine === undefined) return;

  yield {
    kind: 'article',
    article: makeArticle({
      title,
      published: date.date,
      url: urlLine,
      paragraphs,
      origin: { file, line: 1 },
    }),
  };
}

/** Reads a seed `.txt` file: one record per file (see `readSeedRecord`). */
export function readSeedFile(path: string, options: FileReadOptions = {}): AsyncGenerator<ReadItem> {
  const lines = readTextLines(createReadStream(path), { file: path, ...options });
  return readSeedRecord(lines, path);
}
