import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  actorFile,
  type CountryEntry,
  type InstitutionEntry,
  type OrganisationEntry,
  type PersonEntry,
  type RoleEntry,
} from './actor-schema.js';
import { dataPath } from './data-dir.js';
import { listYamlFolder, readYamlFile } from './read-yaml-file.js';

/** Where an entry was written, for lint messages and `dyad dict lookup`. */
export interface EntryOrigin {
  readonly file: string;
  readonly line: number;
}

export interface Located<E> {
  readonly entry: E;
  readonly origin: EntryOrigin;
}

/** A country or region after the generated base and the hand-kept aliases are merged by code. */
export interface MergedCountry {
  readonly entry: CountryEntry;
  readonly origins: readonly EntryOrigin[];
}

/** Every actor entry, loaded and validated. */
export interface ActorDictionary {
  readonly countries: ReadonlyMap<string, MergedCountry>;
  readonly institutions: readonly Located<InstitutionEntry>[];
  readonly organisations: readonly Located<OrganisationEntry>[];
  readonly people: readonly Located<PersonEntry>[];
  readonly roles: readonly Located<RoleEntry>[];
  readonly files: readonly string[];
  /** Short content hash of every file read: recorded with each result, so a result names its dictionary. */
  readonly version: string;
}

export interface ActorDictionaryOptions {
  /** Folder of the bundled actor files; defaults to the package's `data/dictionaries/actors`. */
  readonly dir?: string;
  /** A user's own files, loaded after the bundled ones (`--dict extra.yaml`). */
  readonly extra?: readonly string[];
}

/** The bundled actor dictionary folder. */
export function defaultActorDir(): string {
  return dataPath('dictionaries', 'actors');
}

/** Loads and validates the actor dictionaries (bundled files in name order, then the user's files). */
export function loadActorDictionary(options: ActorDictionaryOptions = {}): ActorDictionary {
  const dir = options.dir ?? defaultActorDir();
  const files = [...listYamlFolder(dir, 'actor dictionary'), ...(options.extra ?? [])];
  const countries = new Map<string, { entry: CountryEntry; origins: EntryOrigin[] }>();
  const institutions: Located<InstitutionEntry>[] = [];
  const organisations: Located<OrganisationEntry>[] = [];
  const people: Located<PersonEntry>[] = [];
  const roles: Located<RoleEntry>[] = [];
  const hash = createHash('sha256');
  for (const file of files) {
    const parsed = readYamlFile(file, actorFile, 'actor file');
    hash.update(basename(file)).update('\0').update(parsed.text).update('\0');
    parsed.value.forEach((entry, index) => {
      const origin = { file, line: parsed.itemLines[index] ?? 1 };
      switch (entry.kind) {
        case 'country':
        case 'region': {
          const known = countries.get(entry.code);
          if (known) {
            known.entry = mergeCountry(known.entry, entry);
            known.origins.push(origin);
          } else {
            countries.set(entry.code, { entry, origins: [origin] });
          }
          break;
        }
        case 'institution':
          institutions.push({ entry, origin });
          break;
        case 'organisation':
        case 'group':
          organisations.push({ entry, origin });
          break;
        case 'person':
          people.push({ entry, origin });
          break;
        case 'role':
          roles.push({ entry, origin });
          break;
      }
    });
  }
  return {
    countries,
    institutions,
    organisations,
    people,
    roles,
    files,
    version: hash.digest('hex').slice(0, 12),
  };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Hand-kept entries add names to the generated ones; a later `kind`, `note` or `source` wins. */
function mergeCountry(base: CountryEntry, more: CountryEntry): CountryEntry {
  return {
    kind: more.kind,
    code: base.code,
    names: union(base.names, more.names),
    ambiguous: union(base.ambiguous, more.ambiguous),
    abbreviations: union(base.abbreviations, more.abbreviations),
    adjectives: union(base.adjectives, more.adjectives),
    demonyms: union(base.demonyms, more.demonyms),
    capitals: union(base.capitals, more.capitals),
    ...(base.formerly || more.formerly
      ? { formerly: [...(base.formerly ?? []), ...(more.formerly ?? [])] }
      : {}),
    note: more.note ?? base.note,
    source: more.source ?? base.source,
  };
}
