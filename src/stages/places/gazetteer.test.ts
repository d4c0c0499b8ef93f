import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/shared-data.js';
import { DyadError } from '../../errors/index.js';
import { foldName } from './fold-name.js';
import { GAZETTEER_FILES, loadGazetteer } from './gazetteer.js';

const gazetteer = loadGazetteer();
const ourDir = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));

/** Data rows of one of our tables, split into fields (comment and header lines dropped). */
function rowsOf(file: string): string[][] {
  return readFileSync(join(ourDir, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
}

/** A reference TSV of the shared folder, as records by column name. */
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

describe('foldName', () => {
  it('files spellings that differ in case, diacritics, apostrophes, periods and hyphens together', () => {
    expect(foldName('São Paulo')).toBe(foldName('SAO PAULO'));
    expect(foldName("Sana'a")).toBe(foldName('Sanaa'));
    expect(foldName('St. Louis')).toBe(foldName('St Louis'));
    expect(foldName('Winston-Salem')).toBe(foldName('Winston Salem'));
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Ra’s Bayrūt')).toBe('ras bayrut');
  });
});

describe('the gazetteer, on real places', () => {
  it('knows Brussels: Belgium, 50.85 N 4.35 E, a million people', () => {
    const [brussels] = gazetteer.cities('Brussels');
    expect(brussels!.city).toMatchObject({ geonameId: 2800866, name: 'Brussels', country: 'BEL' });
    expect(brussels!.city.lat).toBeCloseTo(50.85, 1);
    expect(brussels!.city.lon).toBeCloseTo(4.35, 1);
    expect(brussels!.city.population).toBeGreaterThan(1_000_000);
  });

  it('finds Kyiv, the capital of Ukraine, as "Kyiv", "KYIV" and "Kiev"', () => {
    for (const spelling of ['Kyiv', 'KYIV', 'Kiev', 'kiev']) {
      expect(gazetteer.cities(spelling)[0]!.city, spelling).toMatchObject({
        name: 'Kyiv',
        country: 'UKR',
        featureCode: 'PPLC',
      });
    }
    expect(gazetteer.cities('Kiev')[0]!.via).toBe('alternate');
    expect(gazetteer.cities('Kyiv')[0]!.via).toBe('name');
  });

  it('finds São Paulo with or without its diacritics, and tells exact spellings apart', () => {
    expect(gazetteer.cities('Sao Paulo')[0]!.city).toMatchObject({ name: 'São Paulo', country: 'BRA' });
    expect(gazetteer.cities('São Paulo', { exact: true })).toHaveLength(1);
    expect(gazetteer.cities('Sao Paulo', { exact: true })).toHaveLength(1);
    expect(gazetteer.cities('SAO PAULO', { exact: true })).toHaveLength(0);
    expect(gazetteer.cities('Kiev', { exact: true })[0]!.city.name).toBe('Kyiv');
  });

  it('ranks by population, an exonym before a small namesake, a capital first', () => {
    expect(gazetteer.cities('Geneva').map(({ city }) => city.country)).toEqual(['CHE', 'USA']);
    expect(gazetteer.cities('Odessa')[0]!.city).toMatchObject({ name: 'Odesa', country: 'UKR' });
    expect(gazetteer.cities('Washington')[0]!.city).toMatchObject({ country: 'USA', featureCode: 'PPLC' });
    expect(gazetteer.cities('Paris')[0]!.city.country).toBe('FRA');
    expect(
      gazetteer
        .cities('Tripoli')
        .slice(0, 2)
        .map(({ city }) => city.country),
    ).toEqual(['LBY', 'LBN']);
  });

  it('codes Kosovo KSV, as CAMEO does, for the country and its cities', () => {
    expect(gazetteer.country('KSV')).toMatchObject({ name: 'Kosovo', iso2: 'XK' });
    expect(gazetteer.cities('Pristina')[0]!.city.country).toBe('KSV');
  });

  it('knows countries by the names English news gives them', () => {
    expect(gazetteer.countries('Britain').map((c) => c.code)).toEqual(['GBR']);
    expect(gazetteer.countries('the Netherlands').map((c) => c.code)).toEqual(['NLD']);
    expect(gazetteer.countries('U.S.').map((c) => c.code)).toEqual(['USA']);
    expect(gazetteer.countries('Ivory Coast').map((c) => c.code)).toEqual(['CIV']);
    expect(gazetteer.countries('Burma').map((c) => c.code)).toEqual(['MMR']);
    expect(
      gazetteer
        .countries('Congo')
        .map((c) => c.code)
        .sort(),
    ).toEqual(['COD', 'COG']);
    expect(gazetteer.countriesByDemonym('Ukrainian').map((c) => c.code)).toEqual(['UKR']);
    expect(gazetteer.country('UKR')).toMatchObject({ lat: 49, lon: 32 });
  });

  it('marks names that are also words, regions or people', () => {
    expect(gazetteer.ambiguity('Nice')?.reason).toBe('word');
    expect(gazetteer.ambiguity('jackson')?.reason).toBe('person');
    expect(gazetteer.ambiguity('Victoria')?.reason).toBe('region');
    expect(gazetteer.ambiguity('Kyiv')).toBeUndefined();
  });

  it('puts the world cities of a real GDELT export where GDELT puts them', () => {
    const columns = readReference('cameo', 'gdelt2_events_columns.tsv').map((row) => row['name']!);
    const worldCities = new Map<string, { lat: number; lon: number }>();
    for (const line of readFileSync(sharedPath('cameo', 'gdelt_sample_events.tsv'), 'utf8').split('\n')) {
      if (line === '') continue;
      const fields = line.split('\t');
      for (const prefix of ['Actor1Geo', 'Actor2Geo', 'ActionGeo']) {
        // Geo type 4 is a "world city" in GDELT's geocoding.
        if (fields[columns.indexOf(`${prefix}_Type`)] !== '4') continue;
        worldCities.set(fields[columns.indexOf(`${prefix}_FullName`)]!, {
          lat: Number(fields[columns.indexOf(`${prefix}_Lat`)]),
          lon: Number(fields[columns.indexOf(`${prefix}_Long`)]),
        });
      }
    }
    const checked: string[] = [];
    const misplaced: string[] = [];
    for (const [fullName, where] of worldCities) {
      const best = gazetteer.cities(fullName.split(',')[0]!)[0];
      if (best === undefined) continue; // a town under 15,000 people
      checked.push(fullName);
      if (Math.abs(best.city.lat - where.lat) > 0.5 || Math.abs(best.city.lon - where.lon) > 0.5) {
        misplaced.push(`${fullName} → ${best.city.name}, ${best.city.country}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(50);
    // GDELT itself puts a few bare names elsewhere (its "Yalta" is a Russian village).
    expect(misplaced.length / checked.length, misplaced.join('; ')).toBeLessThanOrEqual(0.1);
  });

  it('has a well-formed row for every city of at least 15,000 people, in a known country', () => {
    const countries = new Set(rowsOf(GAZETTEER_FILES.countries).map((row) => row[0]));
    const cities = rowsOf(GAZETTEER_FILES.cities);
    expect(cities.length).toBe(gazetteer.cityCount);
    expect(cities.length).toBeGreaterThan(25_000);
    for (const row of cities) {
      expect(row, row[0]).toHaveLength(11);
      const [id, name, , , , country, , lat, lon, population] = row;
      expect(Number(id), name).toBeGreaterThan(0);
      expect(countries.has(country), `${name}: ${country}`).toBe(true);
      expect(Math.abs(Number(lat)), name).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(lon)), name).toBeLessThanOrEqual(180);
      expect(Number(population), name).toBeGreaterThanOrEqual(15_000);
    }
  });

  it('knows first-level regions: Alaska, South Carolina, Xinjiang, and Donetsk Oblast under its English names', () => {
    expect(gazetteer.regions('Alaska')).toEqual([
      expect.objectContaining({ code: 'US-AK', country: 'USA', name: 'Alaska' }),
    ]);
    const [carolina] = gazetteer.regions('South Carolina');
    expect(carolina).toMatchObject({ code: 'US-SC', country: 'USA' });
    // Inside the state's bounding box (32.0–35.2 N, 83.4–78.5 W).
    expect(carolina!.lat).toBeGreaterThan(32.0);
    expect(carolina!.lat).toBeLessThan(35.2);
    expect(carolina!.lon).toBeGreaterThan(-83.4);
    expect(carolina!.lon).toBeLessThan(-78.5);
    expect(gazetteer.regions('Xinjiang')[0]).toMatchObject({ country: 'CHN' });
    expect(gazetteer.regions('Tibet')[0]).toMatchObject({ code: 'CN-XZ', country: 'CHN' });
    for (const spelling of ['Donetsk Oblast', 'Donetsk', 'Donetska']) {
      expect(gazetteer.regions(spelling)[0], spelling).toMatchObject({
        code: 'UA-14',
        name: 'Donetsk Oblast',
      });
    }
    expect(gazetteer.has('Alaska')).toBe(true);
    expect(gazetteer.startsName('South')).toBe(true);
    // Names of several words, of cities, countries and regions, and runs of words that are none.
    for (const name of [
      'New York City',
      'Rio de Janeiro',
      'United Arab Emirates',
      'South Dakota',
      'são paulo',
    ])
      expect(gazetteer.has(name), name).toBe(true);
    for (const name of ['New York Stock Exchange', 'South Dakota Farmers', 'Saint Kitts Nevis Bank Ltd'])
      expect(gazetteer.has(name), name).toBe(false);
  });

  it('files a region name under every country that has it, and a state named like a far country', () => {
    expect(gazetteer.regions('Punjab').map((region) => region.country)).toEqual(['IND', 'PAK']);
    // The US state stays a region; the places stage reads "Georgia" alone as the country.
    expect(gazetteer.regions('Georgia').map((region) => region.code)).toEqual(['US-GA']);
    expect(gazetteer.countries('Georgia').map((country) => country.code)).toEqual(['GEO']);
    // The state, beside the capital, which `cities` files under the same name.
    expect(gazetteer.regions('Washington').map((region) => region.code)).toEqual(['US-WA']);
    expect(gazetteer.regions('New York').map((region) => region.code)).toEqual(['US-NY']);
  });

  it('keeps no region that is a country, a second-level division or a word', () => {
    for (const name of ['Puerto Rico', 'Guam', 'Taiwan', 'Hong Kong SAR', 'Hong Kong']) {
      expect(gazetteer.regions(name), name).toEqual([]);
    }
    // French départements, Italian provinces, English counties and councils.
    for (const name of ['Ain', 'Province of Bergamo', 'Bergamo', 'Aberdeenshire', 'Kent']) {
      expect(gazetteer.regions(name), name).toEqual([]);
    }
    for (const name of ['Central', 'North', 'Capital', 'Gulf', 'Free', 'Red Sea', 'Kurdistan']) {
      expect(gazetteer.regions(name), name).toEqual([]);
    }
    expect(gazetteer.regions('Lombardy')[0]).toMatchObject({ country: 'ITA' });
    expect(gazetteer.regions('Free State')[0]).toMatchObject({ country: 'ZAF' });
  });

  it('has a well-formed row for every region, in a known country', () => {
    const countries = new Set(rowsOf(GAZETTEER_FILES.countries).map((row) => row[0]));
    const regions = rowsOf(GAZETTEER_FILES.regions);
    expect(regions.length).toBe(gazetteer.regionCount);
    expect(regions.length).toBeGreaterThan(3_000);
    const codes = new Set<string>();
    for (const row of regions) {
      expect(row, row[0]).toHaveLength(6);
      const [code, country, name, , lat, lon] = row;
      expect(code, name).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,4}$/);
      expect(codes.has(code!), code).toBe(false);
      codes.add(code!);
      expect(countries.has(country), `${name}: ${country}`).toBe(true);
      expect(Math.abs(Number(lat)), name).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(lon)), name).toBeLessThanOrEqual(180);
    }
  });

  it("has every country of CAMEO's country table that ISO codes", () => {
    for (const row of readReference('cameo', 'cameo_countries.tsv')) {
      if (row['kind'] !== 'country/territory' || row['iso3166_alpha3'] === '') continue;
      const known = gazetteer.country(row['iso3166_alpha3']!) ?? gazetteer.country(row['cameo_code']!);
      expect(known, `${row['cameo_code']} ${row['name']}`).toBeDefined();
    }
  });

  it('files every ambiguous name under a place it knows', () => {
    for (const [name] of rowsOf(GAZETTEER_FILES.ambiguousNames)) {
      const known =
        gazetteer.cities(name!).length + gazetteer.countries(name!).length + gazetteer.regions(name!).length;
      expect(known, name).toBeGreaterThan(0);
    }
  });
});

describe('loadGazetteer', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function copy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-gazetteer-'));
    temporary.push(dir);
    cpSync(ourDir, dir, { recursive: true });
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

  it('has a version that is a short hash of its tables', () => {
    expect(gazetteer.version).toMatch(/^[0-9a-f]{12}$/);
    expect(loadGazetteer(ourDir).version).toBe(gazetteer.version);
  });

  it('refuses a name index built from another cities.tsv', () => {
    const dir = copy();
    const path = join(dir, GAZETTEER_FILES.cities);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('\tBrussels\tBrussels\t', '\tBruxelles\tBruxelles\t'),
    );
    const error = errorOf(() => loadGazetteer(dir));
    expect(error.code).toBe('DICTIONARY_INVALID');
    expect(error.message).toMatch(/name-index\.tsv was built from another version of cities\.tsv/);
  });

  it('names the file, line and field of a malformed ambiguous name', () => {
    const dir = copy();
    const path = join(dir, GAZETTEER_FILES.ambiguousNames);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Nice\tword\t', 'Nice\tweird\t'));
    const error = errorOf(() => loadGazetteer(dir));
    const line =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('Nice\t')) + 1;
    expect(error.details).toMatchObject({ file: path, line, field: 'reason' });
  });

  it('names the file, line and field of a malformed region', () => {
    const dir = copy();
    const path = join(dir, GAZETTEER_FILES.regions);
    const text = readFileSync(path, 'utf8');
    const line = text.split('\n').findIndex((row) => row.startsWith('US-AK\t')) + 1;
    writeFileSync(path, text.replace(/^US-AK\t(.*)\t64\.[0-9]+\t/m, 'US-AK\t$1\tnorth\t'));
    const error = errorOf(() => loadGazetteer(dir));
    expect(error.code).toBe('DICTIONARY_INVALID');
    expect(error.details).toMatchObject({ file: path, line, field: 'lat' });
    expect(error.message).toContain(`regions.tsv:${line}: field "lat"`);
  });

  it('refuses a region in a country that countries.tsv does not have', () => {
    const dir = copy();
    const path = join(dir, GAZETTEER_FILES.regions);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^US-AK\tUSA\t/m, 'US-AK\tXYZ\t'));
    const error = errorOf(() => loadGazetteer(dir));
    expect(error.details).toMatchObject({ file: path, field: 'country' });
  });

  it('refuses a regions table with another header', () => {
    const dir = copy();
    const path = join(dir, GAZETTEER_FILES.regions);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('code\tcountry\tname', 'code\tcountry_code\tname'),
    );
    const error = errorOf(() => loadGazetteer(dir));
    expect(error.details).toMatchObject({ file: path, field: 'header' });
  });

  it('says which table is missing', () => {
    const dir = copy();
    rmSync(join(dir, GAZETTEER_FILES.countries));
    const error = errorOf(() => loadGazetteer(dir));
    expect(error.code).toBe('DICTIONARY_MISSING');
    expect(error.message).toContain('countries.tsv');
  });
});
