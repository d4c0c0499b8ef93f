import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, sharedPath } from '../../test/shared-data.js';
import { actorFile, type ActorEntry, type CountryEntry } from './actor-schema.js';

const actorsDir = join(repoRoot, 'data', 'dictionaries', 'actors');

/** The actor files this suite owns (people.yaml has its own). */
const FILES = [
  'countries.generated.yaml',
  'countries.yaml',
  'institutions.yaml',
  'organisations.yaml',
  'groups.yaml',
  'roles.yaml',
] as const;

/** ISO 3166 alpha-3 codes written otherwise in CAMEO (scripts/build-countries.ts makes the same choice). */
const CAMEO_CODE_FOR_ISO: Record<string, string> = {
  XKK: 'KSV',
  ROU: 'ROM',
  TLS: 'TMP',
  MNE: 'MTN',
  IMN: 'IMY',
};

/** Code segments that are neither a CAMEO country, region, class, known group nor type, each with its reason. */
const EXTRA_SEGMENTS: Record<string, string> = {
  ISI: 'Islamic State in PETRARCH/Phoenix codes (IMGMUSISI)',
  GZA: 'the Gaza Strip in Phoenix codes (PSEGZA)',
  AFU: 'the African Union in Phoenix and GDELT codes (IGOAFRAFU), not in the known-group table',
  EAC: 'the East African Community in Phoenix codes (IGOEAFEAC)',
};

const ACTOR_CLASSES = ['IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO'];

function loadFile(name: string): ActorEntry[] {
  return actorFile.parse(parse(readFileSync(join(actorsDir, name), 'utf8')));
}

function tsvColumn(
  file: string,
  column: string,
  keep: (row: Record<string, string>) => boolean = () => true,
) {
  const [header, ...rows] = readFileSync(sharedPath('cameo', file), 'utf8').trimEnd().split('\n');
  const names = (header ?? '').split('\t');
  return rows
    .map((line) => Object.fromEntries(line.split('\t').map((value, index) => [names[index] ?? '', value])))
    .filter(keep)
    .map((row) => row[column] ?? '');
}

const entries = new Map(FILES.map((file) => [file, loadFile(file)]));
const all = [...entries.values()].flat();
const countryEntries = all.filter(
  (entry): entry is CountryEntry => entry.kind === 'country' || entry.kind === 'region',
);
const countryCodes = new Set(countryEntries.map((entry) => entry.code));

function codesOf(entry: ActorEntry): string[] {
  switch (entry.kind) {
    case 'country':
    case 'region':
    case 'institution':
    case 'organisation':
    case 'group':
      return [entry.code];
    case 'person':
      return entry.offices.map((office) => office.code);
    case 'role':
      return [];
  }
}

describe('the actor dictionaries', () => {
  it('parse with the actor schema, every entry with a note or a source', () => {
    for (const [file, list] of entries) {
      expect(list.length, file).toBeGreaterThan(0);
    }
    expect(entries.get('countries.generated.yaml')?.every((entry) => entry.kind === 'country')).toBe(true);
    expect(entries.get('roles.yaml')?.every((entry) => entry.kind === 'role')).toBe(true);
  });

  it('have a country entry for every ISO 3166 country and territory', () => {
    const missing = Object.keys(isoCountries.getAlpha3Codes())
      .map((iso) => CAMEO_CODE_FOR_ISO[iso] ?? iso)
      .filter((code) => !countryCodes.has(code));
    expect(missing).toEqual([]);
  });

  it('have every CAMEO region as a region entry', () => {
    const regions = tsvColumn('cameo_countries.tsv', 'cameo_code', (row) => row['kind'] === 'region');
    expect(regions.length).toBe(25);
    const regionEntries = new Set(
      countryEntries.filter((entry) => entry.kind === 'region').map((entry) => entry.code),
    );
    expect(regions.filter((code) => !regionEntries.has(code))).toEqual([]);
  });

  it('use only CAMEO known groups', () => {
    const knownGroups = new Set(tsvColumn('cameo_knowngroups.tsv', 'code'));
    const used = all.flatMap((entry) =>
      (entry.kind === 'organisation' || entry.kind === 'group') && entry.knownGroup ? [entry.knownGroup] : [],
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((code) => !knownGroups.has(code))).toEqual([]);
  });

  it('give known groups that appear in their own code', () => {
    for (const entry of all) {
      if ((entry.kind === 'organisation' || entry.kind === 'group') && entry.knownGroup) {
        const segments = entry.code.match(/.{3}/g) ?? [];
        expect(segments, `${entry.code} / ${entry.knownGroup}`).toContain(entry.knownGroup);
      }
    }
  });

  it('use only CAMEO actor types as role codes', () => {
    const types = new Set(tsvColumn('cameo_actor_types.tsv', 'code'));
    const roles = all.flatMap((entry) => (entry.kind === 'role' ? entry.roles : []));
    expect(roles.filter((code) => !types.has(code))).toEqual([]);
  });

  it('build every code from known segments', () => {
    const known = new Set([
      ...tsvColumn('cameo_countries.tsv', 'cameo_code'),
      ...tsvColumn('cameo_knowngroups.tsv', 'code'),
      ...tsvColumn('cameo_actor_types.tsv', 'code'),
      ...tsvColumn('cameo_religions.tsv', 'code').map((code) => code.toUpperCase()),
      ...countryCodes,
      ...ACTOR_CLASSES,
      ...Object.keys(EXTRA_SEGMENTS),
    ]);
    const unknown = all
      .filter((entry) => entry.kind !== 'person')
      .flatMap(codesOf)
      .filter((code) => (code.match(/.{3}/g) ?? []).some((segment) => !known.has(segment)));
    expect(unknown).toEqual([]);
  });

  it('keep the names that countries.yaml marks ambiguous out of the generated names', () => {
    const ambiguous = new Set(
      countryEntries.flatMap((entry) => entry.ambiguous.map((name) => `${entry.code} ${name}`)),
    );
    const generated = (entries.get('countries.generated.yaml') ?? []) as CountryEntry[];
    const leaked = generated.flatMap((entry) =>
      [...entry.names, ...entry.capitals].filter((name) => ambiguous.has(`${entry.code} ${name}`)),
    );
    expect(leaked).toEqual([]);
  });

  it('give no name two codes within a section, unless one entry marks it ambiguous', () => {
    const sections = new Map<string, Map<string, Set<string>>>();
    const ambiguous = new Set(countryEntries.flatMap((entry) => entry.ambiguous));
    const add = (section: string, code: string, names: readonly string[]) => {
      const byName = sections.get(section) ?? new Map<string, Set<string>>();
      sections.set(section, byName);
      for (const name of names) byName.set(name, (byName.get(name) ?? new Set()).add(code));
    };
    for (const entry of all) {
      switch (entry.kind) {
        case 'country':
        case 'region':
          add('countries', entry.code, [
            ...entry.names,
            ...entry.ambiguous,
            ...entry.abbreviations,
            ...entry.adjectives,
            ...entry.demonyms,
            ...entry.capitals,
          ]);
          break;
        case 'institution':
          add('institutions', entry.code, [...entry.names, ...entry.abbreviations]);
          break;
        case 'organisation':
        case 'group':
          add('organisations', entry.code, [...entry.names, ...entry.abbreviations]);
          break;
        case 'role':
          add('roles', [...entry.roles].sort().join('+'), entry.names);
          break;
        case 'person':
          break;
      }
    }
    const clashes: string[] = [];
    for (const [section, byName] of sections) {
      for (const [name, codes] of byName) {
        if (codes.size > 1 && !ambiguous.has(name))
          clashes.push(`${section}: ${name} → ${[...codes].join(', ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('code the actors the team relies on as decided', () => {
    const codeOf = (name: string) =>
      all.find(
        (entry) =>
          (entry.kind === 'institution' || entry.kind === 'organisation' || entry.kind === 'group') &&
          (entry.names.includes(name) || entry.abbreviations.includes(name)),
      );
    expect(codeOf('NATO')).toMatchObject({ code: 'IGOWSTNAT', knownGroup: 'NAT' });
    expect(codeOf('European Union')).toMatchObject({ code: 'IGOEUREEC', knownGroup: 'EEC' });
    expect(codeOf('United Nations')).toMatchObject({ code: 'IGOUNO', knownGroup: 'UNO' });
    expect(codeOf('Interpol')).toMatchObject({ code: 'IGOCOPITP', knownGroup: 'ITP' });
    expect(codeOf('Hamas')).toMatchObject({ code: 'PSEREBHMS', knownGroup: 'HMS' });
    expect(codeOf('ISIL')).toMatchObject({ code: 'IMGMUSISI' });
    expect(codeOf('Kremlin')).toMatchObject({ code: 'RUSGOV' });
    expect(codeOf('Pentagon')).toMatchObject({ code: 'USAMIL' });
    expect(codeOf('SBU')).toMatchObject({ code: 'UKRSPY' });
    expect(codeOf('Gaza Strip')).toMatchObject({ code: 'PSEGZA' });
    const byCode = (code: string) => countryEntries.filter((entry) => entry.code === code);
    expect(byCode('UKR').flatMap((entry) => entry.capitals)).toEqual(
      expect.arrayContaining(['Kyiv', 'Kiev']),
    );
    expect(byCode('SUN').flatMap((entry) => entry.abbreviations)).toContain('USSR');
    expect(byCode('DEU').flatMap((entry) => entry.names)).toContain('West Germany');
    expect(byCode('PSE').flatMap((entry) => entry.names)).toContain('West Bank');
  });
});
