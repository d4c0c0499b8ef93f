import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { EntryOrigin } from './actor-dictionary.js';
import { dataPath } from './data-dir.js';
import { patternFile, type Pattern } from './pattern-schema.js';
import { listYamlFolder, readYamlFile } from './read-yaml-file.js';

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
  const files = [...listYamlFolder(dir, 'pattern'), ...(options.extra ?? [])];
  const hash = createHash('sha256');
  const patterns: LocatedPattern[] = [];
  for (const file of files) {
    const parsed = readYamlFile(file, patternFile, 'pattern file', 'patterns');
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
