import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DyadError } from '../errors/dyad-error.js';
import { cachedParse } from './parse-cache.js';

/** A problem in a dictionary file, located by file and line. */
export interface DictionaryProblem {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: DictionaryProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** The YAML files of a dictionary folder in name order; `what` names the folder in the error ("actor dictionary"). */
export function listYamlFolder(dir: string, what: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    throw new DyadError(
      'DICTIONARY_MISSING',
      `cannot read the ${what} folder ${dir}: ${(error as Error).message}`,
    );
  }
}

export interface ParsedYaml<T> {
  readonly value: T;
  readonly text: string;
  /** 1-based line of each top-level list item (or of each item of `listKey`), for error messages. */
  readonly itemLines: readonly number[];
}

/**
 * Reads and validates one YAML dictionary file. Syntax errors and schema errors become one DyadError
 * `DICTIONARY_INVALID` listing every problem with its file, line and field.
 */
export function readYamlFile<S extends z.ZodType>(
  file: string,
  schema: S,
  /** The schema's name, which keys the parse cache (see parse-cache.ts) with the file's path and text. */
  schemaName: string,
  listKey?: string,
): ParsedYaml<z.output<S>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DyadError(
      'DICTIONARY_MISSING',
      `cannot read dictionary file ${file}: ${(error as Error).message}`,
      {
        file,
      },
    );
  }
  const { value, itemLines } = cachedParse(file, `${schemaName}:${listKey ?? ''}`, text, () =>
    parseYaml(file, text, schema, listKey),
  );
  return { value, text, itemLines };
}

/** Parses and validates a dictionary file's text: its value and the line of each list item. */
function parseYaml<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  listKey: string | undefined,
): { value: z.output<S>; itemLines: number[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    // One syntax error makes the parser report many more after it: the first few locate the mistake.
    const problems = document.errors.slice(0, 5).map((error) => ({
      file,
      line: error.linePos?.[0]?.line ?? 1,
      field: 'yaml',
      message: error.message.split('\n')[0] ?? error.message,
    }));
    throw invalid(problems);
  }
  const root = document.contents;
  const list =
    listKey && root && 'get' in root
      ? (root as { get(key: string, keep: true): unknown }).get(listKey, true)
      : root;
  const itemLines = isSeq(list)
    ? list.items.map((item) => {
        const range = (item as { range?: [number, number, number] }).range;
        return range ? lineCounter.linePos(range[0]).line : 1;
      })
    : [];
  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
      // The deepest node of the path that exists in the document gives the line.
      let line = 1;
      for (let depth = path.length; depth >= 0; depth--) {
        const node = document.getIn(path.slice(0, depth), true) as
          { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) {
          line = lineCounter.linePos(node.range[0]).line;
          break;
        }
      }
      return { file, line, field: path.join('.') || 'entry', message: issue.message };
    });
    throw invalid(problems);
  }
  return { value: result.data, itemLines };
}

function invalid(problems: DictionaryProblem[]): DyadError {
  return new DyadError(
    'DICTIONARY_INVALID',
    `${problems.length} problem(s) in dictionary files; fix them and run \`dyad dict lint\`:\n` +
      problems.slice(0, 50).map(formatProblem).join('\n'),
    { problems },
  );
}
