import type { ActorDictionary, EntryOrigin } from './actor-dictionary.js';
import { groupCodeOn, personCodeOn } from './person-code.js';

/** A dictionary entry that answers to a name, with the code it gives on a date. */
export interface LookupHit {
  readonly kind: string;
  readonly name: string;
  /** The code on the date asked for (people, and groups with dated codes), or the entry's code. */
  readonly code: string;
  /** How the name matched: `name`, `alias`, `short`, `surname`, `adjective`, `capital`, … */
  readonly matched: string;
  readonly origin: EntryOrigin;
  /** For people: the office held on the date, if any. */
  readonly office?: string | null;
  readonly offices?: readonly { role: string; code: string; from: string; to?: string }[];
}

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/**
 * Every entry that answers to `query` (case- and accent-insensitive): full names, aliases, abbreviations,
 * adjectives, demonyms, capitals, role nouns, and people's surnames. People are coded as of `date`.
 */
export function lookupName(dictionary: ActorDictionary, query: string, date: string): LookupHit[] {
  const hits: LookupHit[] = [];
  const q = query.trim();
  for (const { entry, origins } of dictionary.countries.values()) {
    const fields = {
      name: entry.names,
      ambiguous: entry.ambiguous,
      abbreviation: entry.abbreviations,
      adjective: entry.adjectives,
      demonym: entry.demonyms,
      capital: entry.capitals,
    };
    for (const [matched, names] of Object.entries(fields)) {
      if (names.some((name) => same(name, q))) {
        hits.push({
          kind: entry.kind,
          name: entry.names[0] ?? entry.code,
          code: matched === 'capital' ? `${entry.code}GOV` : entry.code,
          matched,
          origin: origins[origins.length - 1]!,
        });
        break;
      }
    }
  }
  for (const { entry, origin } of [...dictionary.institutions, ...dictionary.organisations]) {
    const references = 'references' in entry ? entry.references : [];
    const matched = entry.names.some((name) => same(name, q))
      ? 'name'
      : entry.abbreviations.some((name) => same(name, q))
        ? 'abbreviation'
        : references.some((name) => same(name, q))
          ? 'reference'
          : null;
    if (matched) {
      const code = 'periods' in entry ? groupCodeOn(entry.code, entry.periods, date) : entry.code;
      hits.push({ kind: entry.kind, name: entry.names[0] ?? entry.code, code, matched, origin });
    }
  }
  for (const { entry, origin } of dictionary.people) {
    const surnames = entry.surname
      ? [entry.surname]
      : [entry.name, ...entry.aliases].map((full) => full.split(/\s+/).pop()!);
    const matched = same(entry.name, q)
      ? 'name'
      : entry.aliases.some((a) => same(a, q))
        ? 'alias'
        : entry.short.some((s) => same(s, q))
          ? 'short'
          : surnames.some((s) => same(s, q))
            ? 'surname'
            : null;
    if (!matched) continue;
    const { code, office } = personCodeOn(entry, date);
    hits.push({
      kind: 'person',
      name: entry.name,
      code,
      matched,
      origin,
      office,
      offices: entry.offices,
    });
  }
  for (const { entry, origin } of dictionary.roles) {
    if (entry.names.some((name) => same(name, q)))
      hits.push({
        kind: 'role',
        name: entry.names[0]!,
        code: `---${entry.roles.join('')}`,
        matched: 'role',
        origin,
      });
  }
  return hits;
}
