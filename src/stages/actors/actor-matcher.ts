import type { EntryKind, MentionVia } from '../../doc/layers.js';
import type { ActorDictionary } from '../../dictionaries/actor-dictionary.js';
import type { CodePeriod, FormerState, PersonEntry } from '../../dictionaries/actor-schema.js';

/**
 * How the case of the text must agree with a dictionary name:
 * - `proper`: every capitalised word of the name is capitalised in the text ("White House", not "white house");
 * - `exact`: the text spells it exactly ("US", "U.S.", "IS");
 * - `any`: role nouns and references ("spokeswoman", "Spokeswoman", "the bloc");
 * - `ambiguous`: `proper`, and not part of a longer proper name ("Michael Jordan", "Chad Smith").
 */
export type CaseMode = 'proper' | 'exact' | 'any' | 'ambiguous';

/** What a dictionary name stands for, before it is combined with its neighbours into a mention. */
export interface Unit {
  readonly kind: EntryKind | 'reference';
  readonly via: MentionVia;
  readonly caseMode: CaseMode;
  /** The name as written in the dictionary, tokenized (for `exact` and `proper` checks). */
  readonly tokens: readonly string[];
  readonly entry: string;
  readonly name: string;
  /** Full code for institutions, organisations and groups; country code for countries and regions. */
  readonly code?: string;
  readonly knownGroup?: string;
  readonly roles?: readonly string[];
  readonly person?: boolean;
  readonly gender?: 'm' | 'f';
  readonly personEntry?: PersonEntry;
  /** For a bare surname: it matches only once the person's full name is in the article. */
  readonly surnameOnly?: boolean;
  /** For a reference noun ("the bloc"): the organisations it may stand for. */
  readonly references?: readonly string[];
  /** The day the organisation came to be (YYYY-MM-DD): text dated before it does not name it. */
  readonly since?: string;
  /** Codes an organisation or group takes in place of `code` for spans of days (see `groupCodeOn`). */
  readonly periods?: readonly CodePeriod[];
}

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly units: Unit[];
}

/** The compiled actor dictionary: a token trie plus the indexes coreference needs. */
export interface ActorMatcher {
  readonly root: TrieNode;
  /** People by lower-cased surname, for "President Bush" (a role noun before a bare surname). */
  readonly surnames: ReadonlyMap<string, readonly PersonEntry[]>;
  /** States a country's names stood for before a date (RUS: SUN until 1991-12-26), earliest end first. */
  readonly formerStates: ReadonlyMap<string, readonly FormerState[]>;
  readonly version: string;
}

/** Splits a name into surface tokens the way the tokens stage splits text (it must be the same tokenizer). */
export type NameTokenizer = (name: string) => string[];

function trieNode(): TrieNode {
  return { next: new Map(), units: [] };
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Compiles the dictionary into a trie keyed by lower-cased tokens (roles also match on lemmas). */
export function compileActorMatcher(dictionary: ActorDictionary, tokenize: NameTokenizer): ActorMatcher {
  const root = trieNode();
  const surnames = new Map<string, PersonEntry[]>();
  const formerStates = new Map<string, FormerState[]>();

  function add(name: string, unit: Omit<Unit, 'tokens'>): void {
    const tokens = tokenize(name);
    if (tokens.length === 0) return;
    let node = root;
    for (const token of tokens) {
      const key = token.toLowerCase();
      let next = node.next.get(key);
      if (!next) {
        next = trieNode();
        node.next.set(key, next);
      }
      node = next;
    }
    node.units.push({ ...unit, tokens });
  }

  for (const { entry } of dictionary.countries.values()) {
    const base = {
      kind: entry.kind,
      entry: `${entry.kind}:${entry.code}`,
      name: entry.names[0] ?? entry.code,
      code: entry.code,
    };
    if (entry.formerly?.length)
      formerStates.set(
        entry.code,
        [...entry.formerly].sort((a, b) => a.until.localeCompare(b.until)),
      );
    const ambiguous = new Set(entry.ambiguous);
    for (const name of entry.names) {
      if (!ambiguous.has(name)) add(name, { ...base, via: 'name', caseMode: 'proper' });
    }
    for (const name of entry.ambiguous) add(name, { ...base, via: 'name', caseMode: 'ambiguous' });
    for (const name of entry.abbreviations) add(name, { ...base, via: 'alias', caseMode: 'exact' });
    for (const name of entry.adjectives) add(name, { ...base, via: 'adjective', caseMode: 'proper' });
    for (const name of entry.demonyms) add(name, { ...base, via: 'demonym', caseMode: 'proper' });
    for (const name of entry.capitals) add(name, { ...base, via: 'capital', caseMode: 'proper' });
  }
  for (const { entry } of dictionary.institutions) {
    const base = {
      kind: 'institution' as const,
      entry: `institution:${slug(entry.names[0] ?? entry.code)}`,
      name: entry.names[0] ?? entry.code,
      code: entry.code,
      ...(entry.since ? { since: entry.since } : {}),
    };
    for (const name of entry.names) add(name, { ...base, via: 'name', caseMode: 'proper' });
    for (const name of entry.abbreviations) add(name, { ...base, via: 'alias', caseMode: 'exact' });
  }
  for (const { entry } of dictionary.organisations) {
    const id = `${entry.kind}:${slug(entry.names[0] ?? entry.code)}`;
    const base = {
      kind: entry.kind,
      entry: id,
      name: entry.names[0] ?? entry.code,
      code: entry.code,
      ...(entry.knownGroup ? { knownGroup: entry.knownGroup } : {}),
      ...(entry.since ? { since: entry.since } : {}),
      ...(entry.periods.length > 0 ? { periods: entry.periods } : {}),
    };
    for (const name of entry.names) add(name, { ...base, via: 'name', caseMode: 'proper' });
    for (const name of entry.abbreviations) add(name, { ...base, via: 'alias', caseMode: 'exact' });
    for (const name of entry.references) {
      add(name, {
        kind: 'reference',
        via: 'coreference',
        caseMode: 'any',
        entry: id,
        name: base.name,
        references: [id],
      });
    }
  }
  for (const { entry } of dictionary.people) {
    const id = `person:${slug(entry.name)}`;
    const base = {
      kind: 'person' as const,
      entry: id,
      name: entry.name,
      person: true,
      personEntry: entry,
      ...(entry.gender ? { gender: entry.gender } : {}),
    };
    add(entry.name, { ...base, via: 'name', caseMode: 'proper' });
    for (const alias of entry.aliases) add(alias, { ...base, via: 'alias', caseMode: 'proper' });
    for (const short of entry.short) add(short, { ...base, via: 'surname', caseMode: 'proper' });
    const surnameForms = new Set<string>();
    if (entry.surname) surnameForms.add(entry.surname);
    else
      for (const full of [entry.name, ...entry.aliases]) {
        const words = full.split(/\s+/);
        if (words.length > 1) surnameForms.add(words[words.length - 1]!);
      }
    for (const surname of surnameForms) {
      if (!entry.short.includes(surname))
        add(surname, { ...base, via: 'surname', caseMode: 'proper', surnameOnly: true });
      const key = surname.toLowerCase();
      const list = surnames.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      surnames.set(key, list);
    }
  }
  for (const { entry } of dictionary.roles) {
    const first = entry.names[0]!;
    for (const name of entry.names) {
      add(name, {
        kind: 'role',
        via: 'role',
        caseMode: 'any',
        entry: `role:${slug(first)}`,
        name: first,
        roles: entry.roles,
        person: entry.person,
        ...(entry.gender ? { gender: entry.gender } : {}),
      });
    }
  }
  mergeReferenceUnits(root);
  return { root, surnames, formerStates, version: dictionary.version };
}

/** Several organisations share reference nouns ("the bloc": NATO, the EU): one unit lists them all. */
function mergeReferenceUnits(node: TrieNode): void {
  const references = node.units.filter((unit) => unit.kind === 'reference');
  if (references.length > 1) {
    const merged: Unit = {
      ...references[0]!,
      references: [...new Set(references.flatMap((u) => u.references ?? []))],
    };
    const others = node.units.filter((unit) => unit.kind !== 'reference');
    node.units.length = 0;
    node.units.push(...others, merged);
  }
  for (const child of node.next.values()) mergeReferenceUnits(child);
}

/**
 * The country a code's first segment stood for on `date`: RUSGOV is SUNGOV in 1987, as Moscow and the Kremlin
 * then spoke for the Soviet Union. Codes of countries that did not change are returned as they are.
 */
export function codeAsOf(matcher: ActorMatcher, code: string, date: string): string {
  const former = matcher.formerStates.get(code.slice(0, 3));
  if (!former) return code;
  const day = date.slice(0, 10);
  const state = former.find((state) => day < state.until);
  return state ? state.code + code.slice(3) : code;
}
