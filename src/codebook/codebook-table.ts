import { existsSync, readFileSync } from 'node:fs';
import { DyadError } from '../errors/index.js';

/** One data row of a codebook table, with its 1-based line number in the file. */
export interface CodebookRow {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/** A codebook table read from disk: its text (for the version hash) and its rows by column name. */
export interface CodebookTable {
  readonly path: string;
  readonly text: string;
  readonly rows: readonly CodebookRow[];
}

/** The error for a malformed row: names the file, the line and the field, what was expected and what came. */
export function codebookRowError(
  path: string,
  line: number,
  field: string,
  expected: string,
  found: string,
): DyadError {
  return new DyadError(
    'CODEBOOK_INVALID',
    `${path}:${line}: field "${field}" should be ${expected}, found "${found}"; fix the row`,
    { file: path, line, field, found },
  );
}

/**
 * Reads a tab-separated codebook table: `#` comment lines, a header naming exactly `columns`, then one row
 * per line with as many fields. Blank lines are skipped.
 */
export function readCodebookTable(path: string, columns: readonly string[]): CodebookTable {
  if (!existsSync(path)) {
    throw new DyadError('CODEBOOK_INVALID', `expected the codebook table ${path}, which does not exist`, {
      file: path,
    });
  }
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const rows: CodebookRow[] = [];
  let header: number | undefined;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '');
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const values = raw.split('\t');
    if (header === undefined) {
      header = line;
      if (raw !== columns.join('\t')) {
        throw codebookRowError(
          path,
          line,
          'header',
          `the columns "${columns.join(', ')}"`,
          values.join(', '),
        );
      }
      continue;
    }
    if (values.length !== columns.length) {
      throw codebookRowError(
        path,
        line,
        'columns',
        `${columns.length} tab-separated fields (${columns.join(', ')})`,
        `${values.length} fields`,
      );
    }
    const fields: Record<string, string> = {};
    columns.forEach((column, i) => {
      fields[column] = values[i]!;
    });
    rows.push({ line, fields });
  }
  if (header === undefined) {
    throw codebookRowError(
      path,
      lines.length,
      'header',
      `the columns "${columns.join(', ')}"`,
      '(no header)',
    );
  }
  return { path, text, rows };
}
