import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data.js';
import { DyadError } from '../errors/index.js';
import { CODEBOOK_FILES, loadCodebook } from './codebook.js';

/** A reference TSV of the shared folder, as records by column name (one header line, no quoting). */
function readReference(...parts: string[]): Record<string, string>[] {
  const [header, ...lines] = readFileSync(sharedPath(...parts), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const columns = header!.split('\t');
  return lines.map((line) => {
    const values = line.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, values[i] ?? '']));
  });
}

const codebook = loadCodebook();
const ourDir = fileURLToPath(new URL('../../data/codebook/', import.meta.url));

describe('the CAMEO codebook, checked against the reference lookups', () => {
  it('has every code of the reference table, with its level, root, parent and GDELT status', () => {
    const reference = readReference('cameo', 'cameo_eventcodes.tsv');
    expect(reference.length).toBe(316);
    for (const row of reference) {
      const code = codebook.lookup(row['code']!);
      expect(code, row['code']).toBeDefined();
      expect(code!.level).toBe(Number(row['level']));
      expect(code!.rootCode).toBe(row['root_code']);
      expect(code!.parentCode).toBe(row['parent_code'] === '' ? null : row['parent_code']);
      expect(code!.emitted).toBe(row['in_gdelt_lookup'] === 'yes');
    }
    expect(codebook.codes.length).toBe(reference.length);
  });

  it("keeps GDELT's label, and shows CAMEO 1.1b3's where GDELT's 101–108 contradict their sub-codes", () => {
    const contradicted = new Set(['101', '102', '103', '105', '106', '107', '108']);
    for (const row of readReference('cameo', 'cameo_eventcodes.tsv')) {
      const code = codebook.lookup(row['code']!)!;
      const cameoName = row['cameo_1_1b3_name_if_different'];
      if (row['in_gdelt_lookup'] === 'yes') expect(code.gdeltName, row['code']).toBe(row['name']);
      else expect(code.gdeltName).toBeNull();
      expect(code.name, row['code']).toBe(contradicted.has(row['code']!) ? cameoName : row['name']);
    }
    expect(codebook.lookup('105')!.name).toBe('Demand that target yields, not specified below');
    expect(codebook.lookup('105')!.gdeltName).toBe('Demand mediation');
  });

  it("gives every code GDELT's Goldstein value", () => {
    const reference = readReference('cameo', 'goldstein.tsv');
    expect(reference.length).toBe(311);
    for (const row of reference) {
      expect(codebook.lookup(row['code']!)?.goldstein, row['code']).toBe(Number(row['goldstein']));
    }
  });

  it("gives every root GDELT's QuadClass, and every code its root's", () => {
    const reference = readReference('cameo', 'quadclass.tsv');
    expect(reference.length).toBe(20);
    for (const row of reference) {
      expect(codebook.lookup(row['root_code']!)?.quadClass, row['root_code']).toBe(Number(row['quadclass']));
    }
    for (const code of codebook.codes) expect(code.quadClass).toBe(codebook.lookup(code.rootCode)!.quadClass);
  });

  it("maps every code to PLOVER as PLOVER's CAMEO2PLOVER table does", () => {
    const reference = readReference('cameo', 'cameo_to_plover.tsv');
    const notOurs = new Set<string>();
    for (const row of reference) {
      const code = codebook.lookup(row['cameo_code']!);
      if (code === undefined) {
        notOurs.add(row['cameo_code']!);
        continue;
      }
      const sameCode = reference.filter((other) => other['cameo_code'] === row['cameo_code']);
      if (sameCode.length > 1 && code.plover!.type !== row['plover_event']) continue;
      expect(code.plover, row['cameo_code']).toEqual({
        type: row['plover_event'],
        mode: row['plover_mode'],
        context: row['plover_context'] === '' ? [] : row['plover_context']!.split(';'),
      });
    }
    // PLOVER's table has two REJECT sub-codes that neither GDELT nor CAMEO 1.1b3 defines.
    expect([...notOurs].sort()).toEqual(['1213', '1214']);
    // PLOVER splits root 08 (CONCEDE 080–083, RETREAT 084–087); the bare root reads as CONCEDE, like 080.
    expect(codebook.lookup('08')!.plover!.type).toBe('CONCEDE');
    expect(codebook.lookup('084')!.plover!.type).toBe('RETREAT');
  });

  it('has no PLOVER type for roots 01 and 02, which PLOVER drops, and one for every other code', () => {
    for (const code of codebook.codes) {
      if (code.rootCode === '01' || code.rootCode === '02') expect(code.plover, code.code).toBeNull();
      else expect(code.plover, code.code).not.toBeNull();
    }
  });

  it('gives the Goldstein value and QuadClass of every event in a real GDELT 2.0 export', () => {
    const columns = readReference('cameo', 'gdelt2_events_columns.tsv').map((row) => row['name']!);
    const at = (name: string): number => columns.indexOf(name);
    const lines = readFileSync(sharedPath('cameo', 'gdelt_sample_events.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    expect(lines.length).toBe(302);
    for (const line of lines) {
      const fields = line.split('\t');
      expect(fields.length).toBe(columns.length);
      const eventCode = fields[at('EventCode')]!;
      const code = codebook.lookup(eventCode);
      expect(code, eventCode).toBeDefined();
      expect(codebook.isEmitted(eventCode)).toBe(true);
      expect(code!.rootCode).toBe(fields[at('EventRootCode')]);
      expect(code!.goldstein, eventCode).toBe(Number(fields[at('GoldsteinScale')]));
      expect(code!.quadClass, eventCode).toBe(Number(fields[at('QuadClass')]));
    }
  });
});

describe('loadCodebook', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  /** A copy of our codebook folder with one line of one table replaced. */
  function brokenCopy(file: string, from: string, to: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-codebook-'));
    temporary.push(dir);
    cpSync(ourDir, dir, { recursive: true });
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
    return dir;
  }
  function errorOf(load: () => unknown): DyadError {
    try {
      load();
    } catch (error) {
      if (error instanceof DyadError) return error;
      throw error;
    }
    throw new Error('expected a DyadError');
  }
  function lineOf(dir: string, file: string, start: string): number {
    return (
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .findIndex((line) => line.startsWith(start)) + 1
    );
  }

  it('treats codes as strings: 10 is the DEMAND root, 010 a statement', () => {
    expect(codebook.lookup('10')!.name).toBe('DEMAND');
    expect(codebook.lookup('010')!.rootCode).toBe('01');
    expect(codebook.lookup('10')!.quadClass).toBe(3);
    expect(codebook.lookup('010')!.quadClass).toBe(1);
    expect(codebook.lookup('99')).toBeUndefined();
  });

  it('lists the children of a root and of a base code', () => {
    expect(codebook.children('14').map((code) => code.code)).toEqual([
      '140',
      '141',
      '142',
      '143',
      '144',
      '145',
    ]);
    expect(codebook.children('195').map((code) => code.code)).toEqual(['1951', '1952']);
    expect(codebook.children('1411')).toEqual([]);
  });

  it('knows the CAMEO 1.1b3-only codes but never emits them', () => {
    for (const code of ['155', '176', '1834', '1951', '1952']) {
      expect(codebook.lookup(code), code).toBeDefined();
      expect(codebook.isEmitted(code), code).toBe(false);
    }
    expect(codebook.isEmitted('190')).toBe(true);
    expect(codebook.isEmitted('999')).toBe(false);
  });

  it('has a version that is a short hash of the tables', () => {
    expect(codebook.version).toMatch(/^[0-9a-f]{12}$/);
    expect(loadCodebook(ourDir).version).toBe(codebook.version);
    const changed = brokenCopy(CODEBOOK_FILES.events, 'Decline comment', 'Decline to comment');
    expect(loadCodebook(changed).version).not.toBe(codebook.version);
  });

  it('names the file, line and field of a malformed Goldstein value', () => {
    const dir = brokenCopy(CODEBOOK_FILES.events, '\t-9.5\t4\tyes', '\tminus nine\t4\tyes');
    const error = errorOf(() => loadCodebook(dir));
    expect(error.code).toBe('CODEBOOK_INVALID');
    expect(error.details).toMatchObject({
      file: join(dir, CODEBOOK_FILES.events),
      line: lineOf(dir, CODEBOOK_FILES.events, '182\t'),
      field: 'goldstein',
    });
    expect(error.message).toMatch(/cameo-events\.tsv:\d+: field "goldstein"/);
  });

  it('rejects a PLOVER row for a code it does not know', () => {
    const dir = brokenCopy(CODEBOOK_FILES.plover, '1834\tASSAULT', '1835\tASSAULT');
    const error = errorOf(() => loadCodebook(dir));
    expect(error.details).toMatchObject({
      field: 'code',
      line: lineOf(dir, CODEBOOK_FILES.plover, '1835\t'),
    });
  });

  it('rejects a sub-code whose QuadClass differs from its root', () => {
    const dir = brokenCopy(
      CODEBOOK_FILES.events,
      'Detonate nuclear weapons\t-10.0\t4',
      'Detonate nuclear weapons\t-10.0\t3',
    );
    expect(errorOf(() => loadCodebook(dir)).details).toMatchObject({ field: 'quadclass' });
  });
});
