/**
 * A record that a reader could not read. It names the file, the line and the field, so that an analyst can
 * open the file at that place; it is data, not an exception: the reader yields it and goes on.
 */
export interface ReadError {
  readonly kind: 'error';
  /** The file path as given, or `-` for standard input. */
  readonly file: string;
  /** 1-based line number where the record (or the bad field) is. */
  readonly line: number;
  /** The field that is wrong: `title`, `date`, `url`, `body`, `json`, `encoding`, `file`, … */
  readonly field: string;
  readonly message: string;
}

export function readError(file: string, line: number, field: string, message: string): ReadError {
  return { kind: 'error', file, line, field, message };
}

/** `file:line: field: message`, the way compilers print locations. */
export function formatReadError(error: ReadError): string {
  return `${error.file}:${error.line}: ${error.field}: ${error.message}`;
}
