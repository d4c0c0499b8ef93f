import { createReadStream } from 'node:fs';
import type { ReadError } from '../errors/read-error.js';
import { readJsonlRecords } from './jsonl-reader.js';
import type { ReadItem } from './read-item.js';
import { readSeedRecord } from './seed-reader.js';
import { readTextLines, type TextLine } from './text-lines.js';
import { walkInputs, type InputFormat } from './walk-inputs.js';

/** Where reading stands: bytes read so far over all inputs, out of the total size of the input files. */
export interface ReadProgress {
  readonly bytesRead: number;
  readonly bytesTotal: number;
  /** The file being read (`-` for standard input). */
  readonly file: string;
}

export interface ReadInputsOptions {
  /** Lines longer than this many bytes are refused (field `line`) and skipped; default 8 MiB. */
  readonly maxLineBytes?: number;
  /** What `-` reads; default `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Called as bytes are read. `bytesTotal` is known once the inputs are listed; standard input has no known
   * size, so its bytes count in `bytesRead` only.
   */
  readonly onProgress?: (progress: ReadProgress) => void;
}

type Lines = AsyncGenerator<TextLine | ReadError>;

/**
 * Reads articles from files, directories (recursively: `.txt` seed records, `.jsonl` / `.ndjson` JSON
 * Lines) and standard input (`-`, JSON Lines when its first non-blank character is `{`, else one seed
 * record). Yields, in input order, every article, every located error and every skipped file: a bad record
 * never stops the others, and nothing is dropped without a trace.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<ReadItem> {
  const { entries, bytesTotal } = await walkInputs(paths);
  let bytesRead = 0;

  for (const entry of entries) {
    if (entry.kind !== 'file') {
      yield entry;
      continue;
    }
    const { file } = entry;
    const report = (): void => options.onProgress?.({ bytesRead, bytesTotal, file });
    const source = file === '-' ? (options.stdin ?? process.stdin) : createReadStream(file);
    const start = bytesRead;
    const lines = readTextLines(source, {
      file,
      ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
      onBytes(bytes) {
        bytesRead += bytes;
        report();
      },
    });
    if (entry.format === 'sniff') yield* readSniffed(lines, file);
    else yield* recordsOf(entry.format, lines, file);
    if (file !== '-') {
      // A binary file stops being read early, and a file may change size while it is read: settle the count.
      bytesRead = start + entry.size;
      report();
    }
  }
}

function recordsOf(
  format: InputFormat,
  lines: AsyncIterable<TextLine | ReadError>,
  file: string,
): AsyncGenerator<ReadItem> {
  return format === 'jsonl' ? readJsonlRecords(lines, file) : readSeedRecord(lines, file);
}

/** Reads a stream whose format is told by its first non-blank character: `{` for JSON Lines, else a seed record. */
async function* readSniffed(lines: Lines, file: string): AsyncGenerator<ReadItem> {
  const seen: (TextLine | ReadError)[] = [];
  let format: InputFormat = 'seed';
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    seen.push(next.value);
    if (next.value.kind === 'text' && next.value.text.trim() !== '') {
      format = next.value.text.trimStart().startsWith('{') ? 'jsonl' : 'seed';
      break;
    }
  }
  async function* replay(): Lines {
    yield* seen;
    yield* lines;
  }
  yield* recordsOf(format, replay(), file);
}
