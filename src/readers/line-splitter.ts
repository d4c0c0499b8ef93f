/** One line of bytes, without its `\n`, or the note that a line was longer than allowed. */
export type SplitLine =
  | { readonly kind: 'line'; readonly line: number; readonly bytes: Buffer }
  | { readonly kind: 'too-long'; readonly line: number; readonly bytes: number };

export interface SplitLinesOptions {
  /** Lines longer than this many bytes (without the `\n`) are not kept: they come out as `too-long`. */
  readonly maxLineBytes: number;
}

/**
 * Splits a stream of byte chunks into lines, numbered from 1, and refuses lines over `maxLineBytes`.
 *
 * This is a byte-level splitter rather than `node:readline` because readline has no maximum line length: it
 * builds every line as a whole string before handing it over, so a 50 MB line would sit in memory (and a
 * multi-gigabyte one would crash the process) before anyone could refuse it. It also decodes as it goes,
 * replacing invalid UTF-8 with U+FFFD, which would hide encoding errors that must be reported. Here an
 * over-long line is dropped piece by piece as its chunks arrive, and only its length is kept.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  options: SplitLinesOptions,
): AsyncGenerator<SplitLine> {
  const { maxLineBytes } = options;
  let pieces: Buffer[] = [];
  let pieceBytes = 0;
  let skippedBytes = -1;
  let line = 1;

  for await (const chunk of chunks) {
    let position = 0;
    while (position < chunk.length) {
      const newline = chunk.indexOf(0x0a, position);
      const end = newline === -1 ? chunk.length : newline;
      const length = end - position;
      if (skippedBytes >= 0) {
        skippedBytes += length;
      } else if (pieceBytes + length > maxLineBytes) {
        skippedBytes = pieceBytes + length;
        pieces = [];
        pieceBytes = 0;
      } else if (length > 0) {
        pieces.push(chunk.subarray(position, end));
        pieceBytes += length;
      }
      if (newline === -1) break;
      yield finish();
      position = newline + 1;
    }
  }
  if (pieceBytes > 0 || skippedBytes >= 0) yield finish();

  function finish(): SplitLine {
    const result: SplitLine =
      skippedBytes >= 0
        ? { kind: 'too-long', line, bytes: skippedBytes }
        : { kind: 'line', line, bytes: pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, pieceBytes) };
    pieces = [];
    pieceBytes = 0;
    skippedBytes = -1;
    line++;
    return result;
  }
}
