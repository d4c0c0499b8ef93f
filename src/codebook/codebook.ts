import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../errors/index.js';
import { codebookRowError, readCodebookTable, type CodebookRow } from './codebook-table.js';

/** GDELT's four classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** A CAMEO code's place in the PLOVER ontology. */
export interface PloverMapping {
  /** PLOVER event type (`AGREE`, `CONSULT`, …, `ASSAULT`). */
  readonly type: string;
  /** PLOVER mode, as the CAMEO2PLOVER table spells it; `''` where PLOVER gives none. */
  readonly mode: string;
  /** PLOVER contexts (`diplomatic`, `military`, …); often none. */
  readonly context: readonly string[];
}

/** One CAMEO event code with the values GDELT attaches to it. */
export interface CameoCode {
  /** The code as a string: `010` is not `10`. */
  readonly code: string;
  /** Display label: CAMEO 1.1b3's where GDELT's contradicts the sub-codes (101–108), else GDELT's. */
  readonly name: string;
  /** GDELT's label; null for the CAMEO 1.1b3 codes GDELT does not have. */
  readonly gdeltName: string | null;
  /** 1 root (`14`), 2 base (`141`), 3 sub-code (`1411`). */
  readonly level: 1 | 2 | 3;
  readonly rootCode: string;
  readonly parentCode: string | null;
  readonly quadClass: QuadClass;
  /** GDELT's Goldstein value, −10 (most conflictual) … +10 (most cooperative). */
  readonly goldstein: number;
  /** Null for roots 01 and 02, which PLOVER drops. */
  readonly plover: PloverMapping | null;
  /** False for the CAMEO 1.1b3 codes GDELT never emits (155, 176, 1834, 1951, 1952): read them, never code them. */
  readonly emitted: boolean;
}

/** The CAMEO codebook: codes, labels, Goldstein values, QuadClass and PLOVER mapping. */
export interface Codebook {
  /** Short content hash of the tables, recorded with every coded event. */
  readonly version: string;
  /** Every code, in codebook order (`01`, `010`, `011`, …, `2042`). */
  readonly codes: readonly CameoCode[];
  lookup(code: string): CameoCode | undefined;
  /** True for a known code that dyad may emit. */
  isEmitted(code: string): boolean;
  /** The codes directly below `code` (`14` → `140` … `145`; `141` → `1411` … `1414`). */
  children(code: string): readonly CameoCode[];
}

export const CODEBOOK_FILES = { events: 'cameo-events.tsv', plover: 'plover.tsv' } as const;

const EVENT_COLUMNS = [
  'code',
  'level',
  'root',
  'parent',
  'name',
  'gdelt_name',
  'goldstein',
  'quadclass',
  'emit',
  'note',
] as const;
const PLOVER_COLUMNS = ['code', 'type', 'mode', 'context', 'source', 'note'] as const;

/** CAMEO roots PLOVER leaves out: public statements (01) and appeals (02). */
const ROOTS_WITHOUT_PLOVER = new Set(['01', '02']);

/** The codebook shipped with dyad: `data/codebook` at the package root (from `src/` or `dist/`). */
function defaultCodebookDir(): string {
  return fileURLToPath(new URL('../../data/codebook/', import.meta.url));
}

interface EventRow {
  readonly line: number;
  readonly code: Omit<CameoCode, 'plover'>;
}

function parseEventRow(path: string, { line, fields }: CodebookRow): EventRow {
  const field = (name: (typeof EVENT_COLUMNS)[number]): string => fields[name] ?? '';
  const fail = (name: string, expected: string): never => {
    throw codebookRowError(path, line, name, expected, field(name as (typeof EVENT_COLUMNS)[number]));
  };
  const code = field('code');
  if (!/^(0[1-9]|1[0-9]|20)\d{0,2}$/.test(code)) fail('code', 'a CAMEO code of 2–4 digits with root 01–20');
  const level = code.length - 1;
  if (field('level') !== String(level)) fail('level', `${level} (the code has ${code.length} digits)`);
  const rootCode = code.slice(0, 2);
  if (field('root') !== rootCode) fail('root', `"${rootCode}", the code's first two digits`);
  const parentCode = level === 1 ? null : level === 2 ? rootCode : code.slice(0, 3);
  if (field('parent') !== (parentCode ?? '')) fail('parent', `"${parentCode ?? ''}"`);
  const name = field('name').trim();
  if (name === '') fail('name', 'a label');
  const goldstein = Number(field('goldstein'));
  if (!/^-?\d{1,2}(\.\d+)?$/.test(field('goldstein')) || goldstein < -10 || goldstein > 10) {
    fail('goldstein', 'a number from -10 to 10');
  }
  const quadClass = Number(field('quadclass'));
  if (quadClass !== 1 && quadClass !== 2 && quadClass !== 3 && quadClass !== 4)
    fail('quadclass', '1, 2, 3 or 4');
  const emit = field('emit');
  if (emit !== 'yes' && emit !== 'no') fail('emit', '"yes" or "no"');
  const gdeltName = field('gdelt_name').trim();
  if (emit === 'yes' && gdeltName === '')
    fail('gdelt_name', "GDELT's label (an emitted code is a GDELT code)");
  return {
    line,
    code: {
      code,
      name,
      gdeltName: gdeltName === '' ? null : gdeltName,
      level: level as 1 | 2 | 3,
      rootCode,
      parentCode,
      quadClass: quadClass as QuadClass,
      goldstein,
      emitted: emit === 'yes',
    },
  };
}

function parsePloverRow(
  path: string,
  { line, fields }: CodebookRow,
): { code: string; mapping: PloverMapping } {
  const field = (name: (typeof PLOVER_COLUMNS)[number]): string => fields[name] ?? '';
  const fail = (name: (typeof PLOVER_COLUMNS)[number], expected: string): never => {
    throw codebookRowError(path, line, name, expected, field(name));
  };
  if (!/^[A-Z]+$/.test(field('type'))) fail('type', 'a PLOVER event type in capitals');
  if (!/^[a-z_-]*$/.test(field('mode'))) fail('mode', 'a PLOVER mode in lower case, or nothing');
  if (!/^([a-z_]+(;[a-z_]+)*)?$/.test(field('context')))
    fail('context', 'PLOVER contexts joined by ";", or nothing');
  if (field('source').trim() === '') fail('source', 'where the mapping comes from');
  return {
    code: field('code'),
    mapping: {
      type: field('type'),
      mode: field('mode'),
      context: field('context') === '' ? [] : field('context').split(';'),
    },
  };
}

/**
 * Loads the CAMEO codebook from `dir` (by default the tables dyad ships): `cameo-events.tsv` and
 * `plover.tsv`. A malformed row throws a `DyadError` `CODEBOOK_INVALID` naming the file, the line and the
 * field; so do a duplicate code, a sub-code without its parent, a QuadClass that differs from its root's, and
 * a PLOVER table that misses a code of roots 03–20 or maps one of roots 01–02.
 */
export function loadCodebook(dir: string = defaultCodebookDir()): Codebook {
  const eventsPath = join(dir, CODEBOOK_FILES.events);
  const ploverPath = join(dir, CODEBOOK_FILES.plover);
  const eventTable = readCodebookTable(eventsPath, EVENT_COLUMNS);
  const ploverTable = readCodebookTable(ploverPath, PLOVER_COLUMNS);

  const rows = new Map<string, EventRow>();
  for (const raw of eventTable.rows) {
    const row = parseEventRow(eventsPath, raw);
    const earlier = rows.get(row.code.code);
    if (earlier) {
      throw codebookRowError(
        eventsPath,
        row.line,
        'code',
        `unique (already on line ${earlier.line})`,
        row.code.code,
      );
    }
    rows.set(row.code.code, row);
  }
  for (const { line, code } of rows.values()) {
    if (code.parentCode === null) continue;
    const parent = rows.get(code.parentCode);
    if (parent === undefined)
      throw codebookRowError(eventsPath, line, 'parent', 'a code of this table', code.parentCode);
    const root = rows.get(code.rootCode)!;
    if (root.code.quadClass !== code.quadClass) {
      throw codebookRowError(
        eventsPath,
        line,
        'quadclass',
        `${root.code.quadClass}, as its root ${code.rootCode}`,
        String(code.quadClass),
      );
    }
  }

  const plover = new Map<string, PloverMapping>();
  const ploverLines = new Map<string, number>();
  for (const raw of ploverTable.rows) {
    const { code, mapping } = parsePloverRow(ploverPath, raw);
    const known = rows.get(code);
    if (known === undefined)
      throw codebookRowError(ploverPath, raw.line, 'code', 'a code of cameo-events.tsv', code);
    if (ROOTS_WITHOUT_PLOVER.has(known.code.rootCode)) {
      throw codebookRowError(
        ploverPath,
        raw.line,
        'code',
        'a code of roots 03–20 (PLOVER drops 01 and 02)',
        code,
      );
    }
    const earlier = ploverLines.get(code);
    if (earlier !== undefined)
      throw codebookRowError(ploverPath, raw.line, 'code', `unique (already on line ${earlier})`, code);
    plover.set(code, mapping);
    ploverLines.set(code, raw.line);
  }
  for (const { line, code } of rows.values()) {
    if (!ROOTS_WITHOUT_PLOVER.has(code.rootCode) && !plover.has(code.code)) {
      throw new DyadError(
        'CODEBOOK_INVALID',
        `${ploverPath}: no PLOVER mapping for code ${code.code} (${eventsPath}:${line}); add a row for it`,
        { file: ploverPath, field: 'code', code: code.code },
      );
    }
  }

  const codes: CameoCode[] = [...rows.values()]
    .map(({ code }) => ({ ...code, plover: plover.get(code.code) ?? null }))
    .sort((a, b) => (a.code.padEnd(4, ' ') < b.code.padEnd(4, ' ') ? -1 : 1));
  const byCode = new Map(codes.map((code) => [code.code, code]));
  const childrenOf = new Map<string, CameoCode[]>();
  for (const code of codes) {
    if (code.parentCode === null) continue;
    const siblings = childrenOf.get(code.parentCode) ?? [];
    siblings.push(code);
    childrenOf.set(code.parentCode, siblings);
  }
  const version = createHash('sha256')
    .update(eventTable.text)
    .update('\0')
    .update(ploverTable.text)
    .digest('hex')
    .slice(0, 12);
  const none: readonly CameoCode[] = [];

  return {
    version,
    codes,
    lookup: (code) => byCode.get(code),
    isEmitted: (code) => byCode.get(code)?.emitted ?? false,
    children: (code) => childrenOf.get(code) ?? none,
  };
}
