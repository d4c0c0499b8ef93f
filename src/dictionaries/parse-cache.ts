import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/**
 * A cache of parsed and validated dictionary files. Parsing the bundled YAML (770 kB) and validating it took
 * 1.1 s of every dyad command and of every ingest before its workers could start; reading the cached result
 * takes a few milliseconds. An entry is used only when everything that made it is unchanged: the file's path
 * and text, the schema it was read with, and the code of this folder (the schemas and the reader), so an edit
 * to a dictionary or to dyad is never answered from the cache. One entry per file: a changed file replaces its
 * entry; entries of files not read for 30 days (a checkout deleted) are removed.
 *
 * The folder is `$DYAD_CACHE_DIR`, else `$XDG_CACHE_HOME/dyad`, else `~/.cache/dyad`; `DYAD_CACHE_DIR=off`
 * turns the cache off. A folder that cannot be written, or an entry that cannot be read, only costs the parse.
 */

const FORMAT = 1;

function cacheDir(): string | null {
  const configured = process.env['DYAD_CACHE_DIR'];
  if (configured === 'off') return null;
  if (configured) return join(configured, 'dictionaries');
  const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(base, 'dyad', 'dictionaries');
}

/** A hash of this folder's code (the schemas and the reader), computed once per process. */
let codeHash: string | undefined;
function codeVersion(): string {
  if (codeHash === undefined) {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(js|ts)$/.test(name) || name.endsWith('.test.ts')) continue;
      hash
        .update(name)
        .update('\0')
        .update(readFileSync(join(dir, name)))
        .update('\0');
    }
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

/** Entries not written for this long are removed when a new one is written (files of checkouts long gone). */
const STALE_MS = 30 * 86_400_000;

function pruneStale(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Removed meanwhile by another process.
    }
  }
}

interface Entry<T> {
  readonly key: string;
  readonly value: T;
}

/**
 * `parse()`'s result for `file` read as `schema` with the given text, from the cache when it holds it; else
 * parsed and then cached. Errors of `parse` are thrown as they are, and nothing is cached for them.
 */
export function cachedParse<T>(file: string, schema: string, text: string, parse: () => T): T {
  const dir = cacheDir();
  if (dir === null) return parse();
  const path = resolve(file);
  const key = createHash('sha256')
    .update(`${FORMAT}\0${codeVersion()}\0${schema}\0${path}\0`)
    .update(text)
    .digest('hex');
  const entryPath = join(
    dir,
    `${createHash('sha256').update(`${schema}\0${path}`).digest('hex').slice(0, 32)}.v8`,
  );
  try {
    const entry = deserialize(readFileSync(entryPath)) as Entry<T>;
    if (entry.key === key) return entry.value;
  } catch {
    // No entry yet, or one this process cannot read: parse.
  }
  const value = parse();
  const temporary = `${entryPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, serialize({ key, value } satisfies Entry<T>));
    // Whole or not at all: a concurrent reader sees the old entry or the new one.
    renameSync(temporary, entryPath);
    pruneStale(dir);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written: nothing to remove.
    }
  }
  return value;
}
