import { resolve } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

/** What every command gets: where to write, and the store it opens on demand. */
export interface CliContext {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  /** Set by a command when it ends in failure. */
  exitCode: number;
}

/** The database path: `--db`, else `DYAD_DB`, else `./dyad.db`. */
export function databasePath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(option ?? env['DYAD_DB'] ?? './dyad.db');
}

/** Opens the store, runs `work`, and closes the store whatever happens. */
export async function withStore<T>(path: string, work: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openSqliteStore(path);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

export function writeLine(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(`${line}\n`);
}

/** Comma-separated option values: `--modality asserted,reported`. */
export function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  ];
}
