import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parse } from 'yaml';
import { repoRoot, sharedPath } from '../../test/shared-data.js';
import { patternFile, type Pattern, type PatternFile } from './pattern-schema.js';

const patternDir = join(repoRoot, 'data', 'dictionaries', 'patterns');

/** CAMEO 1.1b3 codes that GDELT never emits; the coder must not produce them either. */
const NON_GDELT_CODES = new Set(['155', '176', '1834', '1951', '1952']);

interface LoadedFile {
  readonly file: string;
  readonly data: PatternFile;
}

function loadPatternFiles(): LoadedFile[] {
  return readdirSync(patternDir)
    .filter((name) => /^\d{2}-[a-z0-9-]+\.yaml$/.test(name))
    .sort()
    .map((file) => ({ file, data: patternFile.parse(parse(readFileSync(join(patternDir, file), 'utf8'))) }));
}

/** The `code` column of one of the shared CAMEO lookup tables. */
function loadCodes(table: string, column = 'code'): Set<string> {
  const lines = readFileSync(sharedPath('cameo', table), 'utf8').split('\n');
  const header = lines[0]?.split('\t') ?? [];
  const codeColumn = header.indexOf(column);
  expect(codeColumn, `${table} has no ${column} column`).toBeGreaterThanOrEqual(0);
  return new Set(
    lines
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split('\t')[codeColumn] ?? ''),
  );
}

/** Every (pattern, file) pair, for the checks that cross files. */
function allPatterns(files: readonly LoadedFile[]): { file: string; root: string; pattern: Pattern }[] {
  return files.flatMap(({ file, data }) =>
    data.patterns.map((pattern) => ({ file, root: data.root, pattern })),
  );
}

const files = loadPatternFiles();
const patterns = allPatterns(files);

describe('events dictionary data (data/dictionaries/patterns)', () => {
  it('has one file per CAMEO root 01-20, named after its root, each with at least 3 patterns', () => {
    const roots = files.map(({ file, data }) => {
      expect(file.slice(0, 2), `${file}: root field must match the file name`).toBe(data.root);
      expect(data.patterns.length, `${file}: fewer than 3 patterns`).toBeGreaterThanOrEqual(3);
      return data.root;
    });
    const expected = Array.from({ length: 20 }, (_, index) => String(index + 1).padStart(2, '0'));
    expect(roots).toEqual(expected);
  });

  it('has unique pattern ids across all files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, pattern } of patterns) {
      const first = seen.get(pattern.id);
      if (first) duplicates.push(`${pattern.id} (${first} and ${file})`);
      else seen.set(pattern.id, file);
    }
    expect(duplicates).toEqual([]);
  });

  it('uses only GDELT CAMEO codes of the file root, for patterns and for example events', () => {
    const known = loadCodes('cameo_eventcodes.tsv');
    const problems: string[] = [];
    const check = (where: string, root: string, code: string) => {
      if (!known.has(code)) problems.push(`${where}: ${code} is not a CAMEO event code`);
      if (NON_GDELT_CODES.has(code))
        problems.push(`${where}: ${code} is a CAMEO 1.1b3 code absent from GDELT`);
      if (!code.startsWith(root)) problems.push(`${where}: ${code} does not belong to root ${root}`);
    };
    for (const { file, root, pattern } of patterns) {
      check(`${file} ${pattern.id}`, root, pattern.code);
      pattern.examples.forEach((example, index) =>
        example.events.forEach((event) => {
          if (event.code !== undefined) check(`${file} ${pattern.id} example ${index + 1}`, root, event.code);
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it('has no conflicting patterns (same phrase, object lemma and target set with different codes)', () => {
    // Stricter than comparing whole object lists: two patterns conflict as soon as they share one verb or noun
    // phrase, one object lemma (or both have none) and the same target set, because the coder could then pick
    // either code for the same clause.
    const owners = new Map<string, { code: string; id: string }>();
    const conflicts: string[] = [];
    for (const { pattern } of patterns) {
      const phrases = [
        ...(pattern.verb ?? []).map((phrase) => `verb:${phrase}`),
        ...(pattern.noun ?? []).map((phrase) => `noun:${phrase}`),
      ];
      const objects = pattern.object ?? ['*'];
      const targets = [...pattern.target].sort().join(',');
      for (const phrase of phrases) {
        for (const object of objects) {
          const key = `${phrase} | object:${object} | target:${targets}`;
          const owner = owners.get(key);
          if (owner && owner.code !== pattern.code) {
            conflicts.push(`${key}: ${owner.id} (${owner.code}) vs ${pattern.id} (${pattern.code})`);
          } else if (!owner) {
            owners.set(key, { code: pattern.code, id: pattern.id });
          }
        }
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('writes actor keys of examples as CAMEO country or known-group codes', () => {
    const actorKeys = new Set([
      ...loadCodes('cameo_countries.tsv', 'cameo_code'),
      ...loadCodes('cameo_knowngroups.tsv'),
    ]);
    const problems: string[] = [];
    for (const { file, pattern } of patterns) {
      for (const example of pattern.examples) {
        for (const event of example.events) {
          for (const actor of [event.source, event.target]) {
            if (actor !== null && !actorKeys.has(actor))
              problems.push(`${file} ${pattern.id}: actor ${actor}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has lower-case lemma phrases without duplicates inside a list', () => {
    const problems: string[] = [];
    for (const { file, pattern } of patterns) {
      for (const [field, list] of Object.entries({
        verb: pattern.verb,
        noun: pattern.noun,
        object: pattern.object,
        target: pattern.target,
      })) {
        if (!list) continue;
        if (new Set(list).size !== list.length) problems.push(`${file} ${pattern.id}: duplicate in ${field}`);
        for (const entry of list) {
          if (entry !== entry.trim().toLowerCase() || /\s{2}/.test(entry)) {
            problems.push(
              `${file} ${pattern.id}: ${field} entry "${entry}" is not a lower-case lemma phrase`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has examples that contain the lemmas of their pattern (checked with wink-nlp)', () => {
    const nlp = winkNLP(model);
    const its = nlp.its;
    const problems: string[] = [];
    for (const { file, pattern } of patterns) {
      const heads = [...(pattern.verb ?? []), ...(pattern.noun ?? [])].map(
        (phrase) => phrase.split(' ')[0] ?? '',
      );
      // A multi-word object ("car bomb") is matched on its last word, the head of the noun phrase.
      // `<place>` stands for any place of the gazetteer; the examples' coding checks it.
      // A hyphenated word counts by its last part too, as wink-nlp splits most ("cease - fire").
      const objects = pattern.object
        ?.filter((phrase) => phrase !== '<place>')
        .flatMap((phrase) => {
          const last = phrase.split(' ').at(-1) ?? '';
          return last.includes('-') ? [last, last.split('-').at(-1)!] : [last];
        });
      pattern.examples.forEach((example, index) => {
        const tokens = nlp.readDoc(example.text).tokens();
        // wink-nlp's typings declare `its.lemma` with an addons parameter that `out` does not accept; it works.
        const lemmas = tokens.out(its.lemma as never) as string[];
        const normals = tokens.out(its.normal) as string[];
        const words = new Set<string>([...lemmas, ...normals].map((word) => word.toLowerCase()));
        const where = `${file} ${pattern.id} example ${index + 1} "${example.text}"`;
        if (!heads.some((head) => words.has(head))) problems.push(`${where}: none of ${heads.join('/')}`);
        if (objects && objects.length > 0 && !objects.some((object) => words.has(object))) {
          problems.push(`${where}: no object ${objects.join('/')}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });
});
