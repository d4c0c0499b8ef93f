import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DyadError } from '../errors/dyad-error.js';
import type { EntryOrigin } from './actor-dictionary.js';
import { dataPath } from './data-dir.js';
import { patternFile, type Pattern } from './pattern-schema.js';
import { readYamlFile } from './read-yaml-file.js';

export interface LocatedPattern {
  readonly pattern: Pattern;
  readonly root: string;
  readonly origin: EntryOrigin;
}

export interface PatternDictionary {
  readonly patterns: readonly LocatedPattern[];
  readonly files: readonly string[];
  readonly version: string;
}

export interface PatternDictionaryOptions {
  readonly dir?: string;
  readonly extra?: readonly string[];
}

export function defaultPatternDir(): string {
  return dataPath('dictionaries', 'patterns');
}

/** Loads and validates the verb and noun pattern files (one file per CAMEO root, plus the user's). */
export function loadPatternDictionary(options: PatternDictionaryOptions = {}): PatternDictionary {
  const dir = options.dir ?? defaultPatternDir();
  let bundled: string[];
  try {
    bundled = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    throw new DyadError(
      'DICTIONARY_MISSING',
      `cannot read the pattern folder ${dir}: ${(error as Error).message}`,
    );
  }
  const files = [...bundled, ...(options.extra ?? [])];
  const hash = createHash('sha256');
  const patterns: LocatedPattern[] = [];
  for (const file of files) {
    const parsed = readYamlFile(file, patternFile, 'patterns');
    hash.update(basename(file)).update('\0').update(parsed.text).update('\0');
    parsed.value.patterns.forEach((pattern, index) => {
      patterns.push({
        pattern,
        root: parsed.value.root,
        origin: { file, line: parsed.itemLines[index] ?? 1 },
      });
    });
  }
  return { patterns, files, version: hash.digest('hex').slice(0, 12) };
}
