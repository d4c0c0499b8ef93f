import { createReadStream } from 'node:fs';
import { readError, type ReadError } from '../errors/read-error.js';
import { makeArticle, type Article } from './article.js';
import { urlProblem } from './check-url.js';
import { parseDate } from './parse-date.js';
import type { FileReadOptions, ReadItem } from './read-item.js';
import { readTextLines, type TextLine } from './text-lines.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Turns one parsed JSON Lines record into an article, or into the errors of its fields: `title`, `date`,
 * `url` and `body` are required strings; `id` (string or number) is optional and becomes `externalId`.
 * Other fields are ignored.
 */
export function articleFromJson(value: unknown, file: string, line: number): Article | ReadError[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      readError(
        file,
        line,
        'json',
        `expected a JSON object with title, date, url and body, got ${describe(value)}`,
      ),
    ];
  }
  const record = value as Record<string, unknown>;
  const errors: ReadError[] = [];
  const text = (field: 'title' | 'date' | 'url' | 'body'): string | null => {
    const found = record[field];
    if (typeof found === 'string') return found;
    errors.push(
      readError(
        file,
        line,
        field,
        found === undefined
          ? `the "${field}" field is missing`
          : `"${field}" must be a string, got ${describe(found)}`,
      ),
    );
    return null;
  };

  const title = text('title');
  if (title !== null && title.trim() === '')
    errors.push(readError(file, line, 'title', 'the title is blank'));
  if (title !== null && /[\r\n]/.test(title)) {
    errors.push(readError(file, line, 'title', 'the title contains a line break; a title is one line'));
  }
  const dateText = text('date');
  const date = dateText === null ? null : parseDate(dateText);
  if (date !== null && !date.ok) errors.push(readError(file, line, 'date', date.message));
  const url = text('url')?.trim() ?? null;
  const problem = url === null ? null : urlProblem(url);
  if (problem !== null) errors.push(readError(file, line, 'url', problem));
  const body = text('body');
  const paragraphs = (body ?? '')
    .split('\n')
    .map((paragraph) => (paragraph.endsWith('\r') ? paragraph.slice(0, -1) : paragraph))
    .filter((paragraph) => paragraph.trim() !== '');
  if (body !== null && paragraphs.length === 0)
    errors.push(readError(file, line, 'body', 'the body is empty'));

  let externalId: string | undefined;
  const id = record['id'];
  if (typeof id === 'string') externalId = id;
  else if (typeof id === 'number' && Number.isFinite(id)) externalId = String(id);
  else if (id !== undefined && id !== null) {
    errors.push(readError(file, line, 'id', `"id" must be a string or a number, got ${describe(id)}`));
  }

  if (errors.length > 0 || title === null || date === null || !date.ok || url === null) return errors;
  return makeArticle({
    title,
    published: date.date,
    url,
    paragraphs,
    ...(externalId !== undefined ? { externalId } : {}),
    origin: { file, line },
  });
}

/** Reads JSON Lines records from text lines: one object per line, blank lines ignored (see `articleFromJson`). */
export async function* readJsonlRecords(
  lines: AsyncIterable<TextLine | ReadError>,
  file: string,
): AsyncGenerator<ReadItem> {
  for await (const item of lines) {
    if (item.kind === 'error') {
      yield item;
      continue;
    }
    if (item.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(item.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      yield readError(file, item.line, 'json', `the line is not valid JSON: ${reason}`);
      continue;
    }
    const result = articleFromJson(value, file, item.line);
    if (Array.isArray(result)) yield* result;
    else yield { kind: 'article', article: result };
  }
}

/** Reads a `.jsonl` / `.ndjson` file, streaming it line by line. */
export function readJsonlFile(path: string, options: FileReadOptions = {}): AsyncGenerator<ReadItem> {
  const lines = readTextLines(createReadStream(path), { file: path, ...options });
  return readJsonlRecords(lines, path);
}
