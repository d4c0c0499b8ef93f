import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../errors/index.js';
import { foldName } from './fold-name.js';
import { createLineTable, type LineTable } from './line-table.js';
import type { CityMatch } from './rank-cities.js';

export type { CityMatch } from './rank-cities.js';

/** A populated place of the gazetteer (a GeoNames city of at least 15,000 people). */
export interface GazetteerCity {
  readonly geonameId: number;
  readonly name: string;
  readonly asciiName: string;
  /**
   * How many names GeoNames lists for the city, in all scripts (before the gazetteer kept the few English
   * news may use): a measure of how widely known it is. Genève has 48, Geneva, Illinois 11.
   */
  readonly nameCount: number;
  /** ISO 3166 alpha-3, except CAMEO's `KSV` for Kosovo. */
  readonly country: string;
  /** GeoNames' first-level administrative division code (e.g. `DC`, `12`). */
  readonly admin1: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** GeoNames feature code: `PPLC` national capital, `PPLG` seat of government, `PPLA` admin seat, … */
  readonly featureCode: string;
}

/** A country of the gazetteer, with the names English news gives it. */
export interface GazetteerCountry {
  /** ISO 3166 alpha-3, except CAMEO's `KSV` for Kosovo. */
  readonly code: string;
  readonly iso2: string;
  readonly name: string;
  readonly officialName: string;
  /** Other English names ("Britain", "Burma", "Ivory Coast"). */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string;
  /** A representative point (world-countries' `latlng`), not a computed centroid. */
  readonly lat: number;
  readonly lon: number;
}

/**
 * A first-level administrative region of a country: a US state, a Canadian province, a Russian oblast or
 * republic, an Indian state, a Ukrainian oblast, a Chinese province.
 */
export interface GazetteerRegion {
  /** ISO 3166-2 code ("US-AK", "UA-14"). */
  readonly code: string;
  /** ISO 3166 alpha-3 of the region's country, except CAMEO's `KSV` for Kosovo. */
  readonly country: string;
  readonly name: string;
  /** Other English names ("Tibet" for Xizang, "Donetsk" for Donetsk Oblast). */
  readonly names: readonly string[];
  /** A representative point of the region, not a computed centroid. */
  readonly lat: number;
  readonly lon: number;
}

export interface CityCandidate {
  readonly city: GazetteerCity;
  readonly via: CityMatch;
}

/** Why a place name needs more evidence than a preposition: it is also a word, a region, or a person's name. */
export type AmbiguityReason = 'word' | 'region' | 'person';

export interface AmbiguousName {
  readonly name: string;
  readonly reason: AmbiguityReason;
  readonly note: string;
}

export interface CityLookupOptions {
  /** Only cities that carry the name spelled exactly so (case and diacritics included). */
  readonly exact?: boolean;
}

/**
 * The place-name index. Names are filed case-folded and without diacritics (see `foldName`), so "Kyiv",
 * "KYIV" and "Kiev" find the same city, and "Sao Paulo" finds "São Paulo".
 */
export interface Gazetteer {
  /** Short content hash of the tables, recorded with every result. */
  readonly version: string;
  readonly cityCount: number;
  readonly countryCount: number;
  readonly regionCount: number;
  /**
   * Cities filed under a name, best first (see `compareCityCandidates`): by population, where a match
   * through an alternate name counts a quarter and a section of a city a tenth; a capital first among equals.
   */
  cities(name: string, options?: CityLookupOptions): readonly CityCandidate[];
  /** True when a city, a region or a country is filed under the name (cheaper than a lookup). */
  has(name: string): boolean;
  /**
   * False when no city, region or country name begins with this word, so that no name starting with it need be
   * looked up: "Thursday", "Reuters" and most other capitalised words start none.
   */
  startsName(word: string): boolean;
  /** Countries a name denotes: usually one; "Congo" names two. */
  countries(name: string): readonly GazetteerCountry[];
  /**
   * Regions filed under a name, in the order of `regions.tsv`: usually one; "Punjab" names India's and
   * Pakistan's, "Georgia" only the US state (the country is a country).
   */
  regions(name: string): readonly GazetteerRegion[];
  /** Countries whose demonym this is ("Ukrainian" → Ukraine). */
  countriesByDemonym(word: string): readonly GazetteerCountry[];
  /** A country by its code. */
  country(code: string): GazetteerCountry | undefined;
  /** The entry of `ambiguous-names.tsv` for a name ("Nice", "Jackson", "Victoria"), if it has one. */
  ambiguity(name: string): AmbiguousName | undefined;
}

/** Column order of the gazetteer tables, shared with scripts/build-gazetteer.ts, which writes them. */
export const CITY_COLUMNS = [
  'geonameid',
  'name',
  'ascii_name',
  'alternate_names',
  'name_count',
  'country',
  'admin1',
  'lat',
  'lon',
  'population',
  'feature_code',
] as const;
export const COUNTRY_COLUMNS = [
  'code',
  'iso2',
  'name',
  'official_name',
  'names',
  'demonyms',
  'capital',
  'lat',
  'lon',
] as const;
export const NAME_INDEX_COLUMNS = ['key', 'rows'] as const;
export const REGION_COLUMNS = ['code', 'country', 'name', 'names', 'lat', 'lon'] as const;
const AMBIGUOUS_COLUMNS = ['name', 'reason', 'note'] as const;
const AMBIGUITY_REASONS: ReadonlySet<string> = new Set<AmbiguityReason>(['word', 'region', 'person']);

/** The files of a gazetteer folder. */
export const GAZETTEER_FILES = {
  cities: 'cities.tsv',
  countries: 'countries.tsv',
  nameIndex: 'name-index.tsv',
  regions: 'regions.tsv',
  ambiguousNames: 'ambiguous-names.tsv',
} as const;

/** The comment the builder writes at the top of `name-index.tsv`, carrying the hash of its `cities.tsv`. */
export function nameIndexComment(citiesSha256: string): string {
  return `# folded name -> data rows of cities.tsv, best first ("~" = via an alternate name); built from cities.tsv sha256 ${citiesSha256} by scripts/build-gazetteer.ts`;
}

/** The gazetteer tables shipped with dyad: `data/gazetteer` at the package root (from `src/` or `dist/`). */
function defaultGazetteerDir(): string {
  return fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));
}

interface Table {
  readonly path: string;
  readonly text: string;
  readonly lines: LineTable;
}

function readTable(dir: string, file: string, columns: readonly string[]): Table {
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new DyadError(
      'DICTIONARY_MISSING',
      `expected the gazetteer table ${path}; build it with scripts/build-gazetteer.ts`,
      { file: path },
    );
  }
  const text = readFileSync(path, 'utf8');
  const lines = createLineTable(text);
  if (lines.header !== columns.join('\t')) {
    throw new DyadError(
      'DICTIONARY_INVALID',
      `${path}: expected the header "${columns.join(' ')}", found "${lines.header}"; rebuild with scripts/build-gazetteer.ts`,
      { file: path, field: 'header' },
    );
  }
  return { path, text, lines };
}

function invalid(table: Table, row: number, field: string, value: string): DyadError {
  const line = table.lines.lineNumber(row);
  return new DyadError(
    'DICTIONARY_INVALID',
    `${table.path}:${line}: field "${field}" is malformed ("${value}"); rebuild the table with scripts/build-gazetteer.ts`,
    { file: table.path, line, field },
  );
}

function numberField(table: Table, row: number, field: string, value: string | undefined): number {
  const parsed = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(parsed))
    throw invalid(table, row, field, value ?? '');
  return parsed;
}

function parseCity(table: Table, row: number): { city: GazetteerCity; alternates: string } {
  const f = table.lines.row(row).split('\t');
  if (f.length !== CITY_COLUMNS.length) throw invalid(table, row, 'columns', `${f.length} fields`);
  const [id, name, asciiName, alternates, nameCount, country, admin1, lat, lon, population, featureCode] =
    f as [string, string, string, string, string, string, string, string, string, string, string];
  if (name === '') throw invalid(table, row, 'name', name);
  if (!/^[A-Z]{3}$/.test(country)) throw invalid(table, row, 'country', country);
  const city: GazetteerCity = {
    geonameId: numberField(table, row, 'geonameid', id),
    name,
    asciiName,
    nameCount: numberField(table, row, 'name_count', nameCount),
    country,
    admin1,
    lat: numberField(table, row, 'lat', lat),
    lon: numberField(table, row, 'lon', lon),
    population: numberField(table, row, 'population', population),
    featureCode,
  };
  return { city, alternates };
}

function parseCountries(table: Table): GazetteerCountry[] {
  const countries: GazetteerCountry[] = [];
  const codes = new Set<string>();
  for (let row = 0; row < table.lines.rowCount; row++) {
    const f = table.lines.row(row).split('\t');
    if (f.length !== COUNTRY_COLUMNS.length) throw invalid(table, row, 'columns', `${f.length} fields`);
    const [code, iso2, name, officialName, names, demonyms, capital, lat, lon] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^[A-Z]{3}$/.test(code) || codes.has(code)) throw invalid(table, row, 'code', code);
    if (name === '') throw invalid(table, row, 'name', name);
    codes.add(code);
    countries.push({
      code,
      iso2,
      name,
      officialName,
      names: names === '' ? [] : names.split(';'),
      demonyms: demonyms === '' ? [] : demonyms.split(';'),
      capital,
      lat: numberField(table, row, 'lat', lat),
      lon: numberField(table, row, 'lon', lon),
    });
  }
  return countries;
}

function parseRegions(table: Table, countryCodes: ReadonlySet<string>): GazetteerRegion[] {
  const regions: GazetteerRegion[] = [];
  const codes = new Set<string>();
  for (let row = 0; row < table.lines.rowCount; row++) {
    const f = table.lines.row(row).split('\t');
    if (f.length !== REGION_COLUMNS.length) throw invalid(table, row, 'columns', `${f.length} fields`);
    const [code, country, name, names, lat, lon] = f as [string, string, string, string, string, string];
    if (!/^[A-Z]{2}-[A-Z0-9]{1,4}$/.test(code) || codes.has(code)) throw invalid(table, row, 'code', code);
    // The region's country must be one of countries.tsv: the builder maps ISO alpha-2 through it.
    if (!countryCodes.has(country)) throw invalid(table, row, 'country', country);
    if (name === '') throw invalid(table, row, 'name', name);
    codes.add(code);
    regions.push({
      code,
      country,
      name,
      names: names === '' ? [] : names.split(';'),
      lat: numberField(table, row, 'lat', lat),
      lon: numberField(table, row, 'lon', lon),
    });
  }
  return regions;
}

function parseAmbiguousNames(table: Table): Map<string, AmbiguousName> {
  const names = new Map<string, AmbiguousName>();
  for (let row = 0; row < table.lines.rowCount; row++) {
    const text = table.lines.row(row);
    if (text.trim() === '' || text.startsWith('#')) continue;
    const f = text.split('\t');
    if (f.length !== AMBIGUOUS_COLUMNS.length) throw invalid(table, row, 'columns', `${f.length} fields`);
    const [name, reason, note] = f as [string, string, string];
    const key = foldName(name);
    if (key === '' || names.has(key)) throw invalid(table, row, 'name', name);
    if (!AMBIGUITY_REASONS.has(reason)) throw invalid(table, row, 'reason', reason);
    names.set(key, { name, reason: reason as AmbiguityReason, note });
  }
  return names;
}

function indexByName<T>(entries: readonly T[], namesOf: (entry: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      if (name === '') continue;
      const key = foldName(name);
      const filed = index.get(key);
      if (filed === undefined) index.set(key, [entry]);
      else if (!filed.includes(entry)) filed.push(entry);
    }
  }
  return index;
}

/** A bit for the number of words of a folded name (names of 31 words and more share the last). */
function wordCountBit(key: string): number {
  let words = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
  return 1 << Math.min(words, 31);
}

/** Surfaces whose answers a lookup remembers; each memo starts over when full. */
const MEMO_SIZE = 50_000;

/** `lookup`, with its answers remembered by surface (see `loadGazetteer`). */
function remembered<T>(lookup: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = lookup(name);
      if (answers.size >= MEMO_SIZE) answers.clear();
      answers.set(name, answer);
    }
    return answer;
  };
}

/**
 * Loads the gazetteer from `dir` (by default the tables dyad ships): `cities.tsv`, `countries.tsv`, the
 * `name-index.tsv` built from them, `regions.tsv`, and the hand-written `ambiguous-names.tsv`. Loading scans
 * the files once for line ends; a city's row is parsed when a lookup first returns it. A missing table, a header that does not match, or a name index built from
 * another `cities.tsv` throws a `DyadError`; a malformed row throws one naming file, line and field.
 */
export function loadGazetteer(dir: string = defaultGazetteerDir()): Gazetteer {
  const cityTable = readTable(dir, GAZETTEER_FILES.cities, CITY_COLUMNS);
  const countryTable = readTable(dir, GAZETTEER_FILES.countries, COUNTRY_COLUMNS);
  const indexTable = readTable(dir, GAZETTEER_FILES.nameIndex, NAME_INDEX_COLUMNS);
  const ambiguousTable = readTable(dir, GAZETTEER_FILES.ambiguousNames, AMBIGUOUS_COLUMNS);
  const regionTable = readTable(dir, GAZETTEER_FILES.regions, REGION_COLUMNS);

  const citiesSha256 = createHash('sha256').update(cityTable.text).digest('hex');
  if (!indexTable.text.startsWith(nameIndexComment(citiesSha256))) {
    throw new DyadError(
      'DICTIONARY_INVALID',
      `${indexTable.path} was built from another version of cities.tsv (expected sha256 ${citiesSha256}); rebuild with scripts/build-gazetteer.ts`,
      { file: indexTable.path, line: 1, field: 'comment' },
    );
  }
  const version = createHash('sha256')
    .update(citiesSha256)
    .update(countryTable.text)
    .update(indexTable.text)
    .update(ambiguousTable.text)
    .update(regionTable.text)
    .digest('hex')
    .slice(0, 12);

  const parsed = new Map<number, { city: GazetteerCity; alternates: string }>();
  const cityAt = (row: number, key: string): { city: GazetteerCity; alternates: string } => {
    let entry = parsed.get(row);
    if (entry === undefined) {
      if (!(Number.isInteger(row) && row >= 0 && row < cityTable.lines.rowCount)) {
        throw new DyadError(
          'DICTIONARY_INVALID',
          `${indexTable.path}: the entry for "${key}" names row ${row}, which cities.tsv does not have; rebuild with scripts/build-gazetteer.ts`,
          { file: indexTable.path, field: 'rows', key },
        );
      }
      entry = parseCity(cityTable, row);
      parsed.set(row, entry);
    }
    return entry;
  };

  const countries = parseCountries(countryTable);
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const byName = indexByName(countries, (country) => [country.name, country.officialName, ...country.names]);
  const byDemonym = indexByName(countries, (country) => country.demonyms);
  const regions = parseRegions(regionTable, new Set(byCode.keys()));
  const regionsByName = indexByName(regions, (region) => [region.name, ...region.names]);
  const ambiguous = parseAmbiguousNames(ambiguousTable);
  const none: readonly never[] = [];
  // The first word of every name, with the word counts of its names as bits ("new" → 2, 3, … words): a run of
  // capitalised words longer than any name its first word opens is no name, and needs no search of the index.
  const firstWords = new Map<string, number>();
  const addFirstWord = (key: string) => {
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    firstWords.set(first, (firstWords.get(first) ?? 0) | wordCountBit(key));
  };
  for (const key of byName.keys()) addFirstWord(key);
  for (const key of regionsByName.keys()) addFirstWord(key);
  for (let row = 0; row < indexTable.lines.rowCount; row++) {
    const line = indexTable.lines.row(row);
    const tab = line.indexOf('\t');
    addFirstWord(tab < 0 ? line : line.slice(0, tab));
  }

  return {
    version,
    cityCount: cityTable.lines.rowCount,
    countryCount: countries.length,
    regionCount: regions.length,
    cities(name, options = {}) {
      const key = foldName(name);
      const rows = indexTable.lines.find(key);
      if (rows === undefined || rows === '') return none;
      const found: CityCandidate[] = [];
      for (const entry of rows.split(',')) {
        const via: CityMatch = entry.startsWith('~') ? 'alternate' : 'name';
        const { city, alternates } = cityAt(Number(via === 'alternate' ? entry.slice(1) : entry), key);
        if (options.exact) {
          const spelled =
            via === 'name'
              ? city.name === name || city.asciiName === name
              : alternates.split(',').includes(name);
          if (!spelled) continue;
        }
        found.push({ city, via });
      }
      return found;
    },
    // Every capitalised word of every article is looked up, mostly the same few thousand words: the answers
    // are remembered by surface, which saves folding the name (and, for `has`, a binary search of the name index
    // that costs a dozen string slices).
    has: remembered((name) => {
      const key = foldName(name);
      const space = key.indexOf(' ');
      const lengths = firstWords.get(space < 0 ? key : key.slice(0, space)) ?? 0;
      if ((lengths & wordCountBit(key)) === 0) return false;
      return byName.has(key) || regionsByName.has(key) || indexTable.lines.find(key) !== undefined;
    }),
    startsName: remembered((word) => {
      const key = foldName(word);
      const space = key.indexOf(' ');
      return firstWords.has(space < 0 ? key : key.slice(0, space));
    }),
    countries: remembered((name) => byName.get(foldName(name)) ?? none),
    regions: remembered((name) => regionsByName.get(foldName(name)) ?? none),
    countriesByDemonym: remembered((word) => byDemonym.get(foldName(word)) ?? none),
    country(code) {
      return byCode.get(code);
    },
    ambiguity(name) {
      return ambiguous.get(foldName(name));
    },
  };
}
