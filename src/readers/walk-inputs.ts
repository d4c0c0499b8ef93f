import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readError, type ReadError } from '../errors/read-error.js';
import type { SkippedItem } from './read-item.js';

/** The input formats dyad reads, by file extension. */
export type InputFormat = 'seed' | 'jsonl';

/** One file to read, with its size. Standard input (`-`) has no known size. */
export interface InputFile {
  readonly kind: 'file';
  readonly file: string;
  readonly format: InputFormat | 'sniff';
  readonly size: number;
}

export type InputEntry = InputFile | SkippedItem | ReadError;

export interface InputWalk {
  readonly entries: readonly InputEntry[];
  /** The sum of the sizes of all files to read. */
  readonly bytesTotal: number;
}

const formats: Readonly<Record<string, InputFormat>> = {
  '.txt': 'seed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

const readable = 'dyad reads .txt seed records and .jsonl / .ndjson JSON Lines';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Lists what `paths` name, in order: a file as itself, a directory as the files under it (recursively, in
 * sorted order of their paths), `-` as standard input. Files of other types, empty files and hidden
 * directories become `skipped` entries; a missing or unreadable path becomes a `file` error.
 */
export async function walkInputs(paths: readonly string[]): Promise<InputWalk> {
  const entries: InputEntry[] = [];
  let bytesTotal = 0;

  function addFile(file: string, size: number): void {
    const format = formats[extname(file).toLowerCase()];
    if (format === undefined) {
      entries.push({ kind: 'skipped', file, reason: `not an input file type (${readable})` });
    } else if (size === 0) {
      entries.push({ kind: 'skipped', file, reason: 'the file is empty' });
    } else {
      entries.push({ kind: 'file', file, format, size });
      bytesTotal += size;
    }
  }

  async function walkDirectory(directory: string): Promise<void> {
    const found: ({ path: string; size: number } | { path: string; entry: InputEntry })[] = [];
    const seen = new Set<string>();
    async function visit(path: string): Promise<void> {
      let names: string[];
      try {
        const real = await realpath(path);
        // A symbolic link back up the tree would otherwise be walked forever.
        if (seen.has(real)) {
          const entry: InputEntry = {
            kind: 'skipped',
            file: path,
            reason: 'a link to a directory already read',
          };
          found.push({ path, entry });
          return;
        }
        seen.add(real);
        names = await readdir(path);
      } catch (error) {
        const entry = readError(path, 1, 'file', `the directory could not be read: ${errorMessage(error)}`);
        found.push({ path, entry });
        return;
      }
      for (const name of names) {
        const child = join(path, name);
        let info;
        try {
          info = await stat(child);
        } catch (error) {
          found.push({
            path: child,
            entry: readError(child, 1, 'file', `the file could not be read: ${errorMessage(error)}`),
          });
          continue;
        }
        if (info.isDirectory()) {
          if (name.startsWith('.'))
            found.push({
              path: child,
              entry: { kind: 'skipped', file: child, reason: 'a hidden directory' },
            });
          else await visit(child);
        } else if (info.isFile()) {
          found.push({ path: child, size: info.size });
        } else {
          found.push({ path: child, entry: { kind: 'skipped', file: child, reason: 'not a regular file' } });
        }
      }
    }
    await visit(directory);
    // Plain code-unit order, not the locale's: the same tree reads in the same order on every machine.
    found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const item of found) {
      if ('size' in item) addFile(item.path, item.size);
      else entries.push(item.entry);
    }
  }

  for (const path of paths) {
    if (path === '-') {
      entries.push({ kind: 'file', file: '-', format: 'sniff', size: 0 });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT'
          ? `no such file or directory`
          : `the path could not be read: ${errorMessage(error)}`;
      entries.push(readError(path, 1, 'file', message));
      continue;
    }
    if (info.isDirectory()) await walkDirectory(path);
    else if (info.isFile()) addFile(path, info.size);
    else entries.push({ kind: 'skipped', file: path, reason: 'not a regular file or directory' });
  }
  return { entries, bytesTotal };
}
