import { isUtf8 } from 'node:buffer';
import { readError, type ReadError } from '../errors/read-error.js';
import { splitLines } from './line-splitter.js';
import { binaryProblem, sniffBytes } from './sniff-binary.js';

/** The longest line a reader accepts unless told otherwise: 8 MiB. */
export const defaultMaxLineBytes = 8 * 1024 * 1024;

/** One decoded line: no `\n`, no trailing `\r`, and on line 1 no byte order mark. */
export interface TextLine {
  readonly kind: 'text';
  /** 1-based line number in the file. */
  readonly line: number;
  readonly text: string;
}

export interface TextLinesOptions {
  /** The file name errors carry (`-` for standard input). */
  readonly file: string;
  /** Longer lines become a `line` error and are skipped; default `defaultMaxLineBytes`. */
  readonly maxLineBytes?: number;
  /** Called with the size of each chunk as it is read, for progress reports. */
  readonly onBytes?: (bytes: number) => void;
}

/**
 * Reads a byte stream as UTF-8 text lines. Problems become `ReadError`s and reading goes on at the next line:
 * invalid UTF-8 (field `encoding`, on its line), a line over the maximum length (field `line`). A binary file
 * gives one `file` error on line 1 and nothing else; a stream that fails (unreadable file) gives one `file`
 * error where it stopped.
 */
export async function* readTextLines(
  source: AsyncIterable<Buffer | string>,
  options: TextLinesOptions,
): AsyncGenerator<TextLine | ReadError> {
  const { file } = options;
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes;
  let lastLine = 0;
  let binary: string | null = null;

  async function* checkedChunks(): AsyncGenerator<Buffer> {
    const head: Buffer[] = [];
    let headBytes = 0;
    let sniffed = false;
    for await (const piece of source) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      options.onBytes?.(chunk.length);
      if (sniffed) {
        yield chunk;
        continue;
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < sniffBytes) continue;
      sniffed = true;
      const start = Buffer.concat(head, headBytes);
      binary = binaryProblem(start);
      if (binary !== null) return;
      yield start;
    }
    if (!sniffed && headBytes > 0) {
      const start = Buffer.concat(head, headBytes);
      binary = binaryProblem(start);
      if (binary === null) yield start;
    }
  }

  try {
    for await (const item of splitLines(checkedChunks(), { maxLineBytes })) {
      lastLine = item.line;
      if (item.kind === 'too-long') {
        yield readError(
          file,
          item.line,
          'line',
          `the line is ${item.bytes} bytes long, over the limit of ${maxLineBytes} bytes; it was skipped ` +
            `(raise the limit with maxLineBytes if such lines are expected)`,
        );
        continue;
      }
      if (!isUtf8(item.bytes)) {
        const offset = firstInvalidUtf8(item.bytes);
        const byte = item.bytes[offset]!.toString(16).padStart(2, '0');
        yield readError(
          file,
          item.line,
          'encoding',
          `invalid UTF-8 at byte ${offset + 1} of the line (0x${byte}); dyad reads UTF-8: convert the file ` +
            `(e.g. iconv -f WINDOWS-1252 -t UTF-8)`,
        );
        continue;
      }
      let text = item.bytes.toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (item.line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
      yield { kind: 'text', line: item.line, text };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    yield readError(file, Math.max(1, lastLine + 1), 'file', `the file could not be read: ${message}`);
    return;
  }
  if (binary !== null) yield readError(file, 1, 'file', binary);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
