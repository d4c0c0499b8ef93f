/**
 * Development-time generator of `data/dictionaries/actors/countries.generated.yaml`: one `kind: country` entry
 * per ISO 3166 country or territory, built from the `world-countries` and `i18n-iso-countries` packages.
 *
 *     npx tsx scripts/build-countries.ts
 *
 * dyad never runs this at run time: the generated file is committed and reviewed like any other data file.
 * The hand-kept `countries.yaml` beside it adds what the packages lack and is merged by code at load time;
 * this script reads it only to keep its `ambiguous` names (Chad, Jordan, Turkey, …) out of the generated
 * `names`, so rerun it after editing those lists.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isSeq, parse, visit } from 'yaml';
import { actorFile, type CountryEntry } from '../src/dictionaries/actor-schema.js';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const actorsDir = join(root, 'data', 'dictionaries', 'actors');
const outputFile = join(actorsDir, 'countries.generated.yaml');
const handFile = join(actorsDir, 'countries.yaml');

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

interface I18nLocale {
  countries: Record<string, string | string[]>;
}

/**
 * ISO 3166 alpha-3 codes for which CAMEO (GDELT's CAMEO.country.txt, Phoenix) uses another code. Kosovo has
 * no ISO code (i18n-iso-countries writes the user-assigned XKK, world-countries UNK); CAMEO writes KSV.
 */
const CAMEO_CODE_FOR_ISO: Readonly<Record<string, string>> = {
  XKK: 'KSV',
  UNK: 'KSV',
  ROU: 'ROM',
  TLS: 'TMP',
  MNE: 'MTN',
  IMN: 'IMY',
};

/** Not UN members, but states whose capital speaks for a government in the news. */
const OBSERVER_STATES = new Set(['PSE', 'VAT', 'KSV', 'TWN']);

/**
 * Package strings that are not names a news text uses for the country: native or transliterated forms that
 * pass the word filter, demonyms filed as alternative spellings, and names of something else.
 */
const REJECTED_NAMES = new Set([
  'Abode of Peace', // Brunei's official epithet
  'Timor', // the island; West Timor is Indonesian
  'Saudi', // an adjective; countries.yaml files it so
  'Togolese',
  'Lao',
  'Thai',
  'Island', // Iceland's native name
  'Mann', // the Isle of Man's native name
  'RSA', // South Africa; far more often the cipher in English text
  'Nation of Brunei',
  'Guiana', // French Guiana's official short form; in English text mostly the region or old British Guiana
]);

/**
 * Capitals that would stand for far more than a government: common words, person names, other cities.
 * Only capitals of states (UN members and observers) are kept at all.
 */
const REJECTED_CAPITALS = new Set([
  'Victoria', // Seychelles; also an Australian state, a Canadian city, a person name
  'Georgetown', // Guyana; also a university and a district of Washington
  'Malé', // Maldives; its unaccented spelling is an English word
  'City of Victoria',
]);

/** Adjectives that end like a regular demonym but make no plural people noun ("Vaticans", "I-Kiribatis"). */
const INVARIANT_DEMONYMS = new Set(['Vatican', 'I-Kiribati', 'Ni-Vanuatu']);

const LATIN_TEXT = /^[\p{Script=Latin}\s'’.\-&]+$/u;
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '');
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Plural people noun for an English demonym, when the language's regular rule gives it ("Afghan" → "Afghans"). */
function pluralDemonym(adjective: string): string | null {
  // -ese, -ish, -ch, -ss and the like take no -s ("the Chinese", "Britons", "the French"): countries.yaml lists them.
  if (INVARIANT_DEMONYMS.has(adjective)) return null;
  if (/(?:an|i|ar|er|ot|ine|ino|ene|ak|ek|ech|que|ite)$/.test(adjective)) return `${adjective}s`;
  return null;
}

function loadHandAmbiguous(): Map<string, Set<string>> {
  const byCode = new Map<string, Set<string>>();
  let text: string;
  try {
    text = readFileSync(handFile, 'utf8');
  } catch {
    return byCode;
  }
  for (const entry of actorFile.parse(parse(text) ?? [])) {
    if (entry.kind !== 'country' && entry.kind !== 'region') continue;
    const set = byCode.get(entry.code) ?? new Set<string>();
    entry.ambiguous.forEach((name) => set.add(name));
    byCode.set(entry.code, set);
  }
  return byCode;
}

interface Draft {
  code: string;
  iso3: string;
  state: boolean;
  names: string[];
  abbreviations: string[];
  adjectives: string[];
  demonyms: string[];
  capitals: string[];
}

function buildDrafts(): { drafts: Draft[]; versions: string } {
  const worldCountries = require('world-countries/countries.json') as WorldCountry[];
  const english = require('i18n-iso-countries/langs/en.json') as I18nLocale;
  const codes = require('i18n-iso-countries/codes.json') as [string, string, string][];
  const worldVersion = (require('world-countries/package.json') as { version: string }).version;
  const i18nVersion = (require('i18n-iso-countries/package.json') as { version: string }).version;

  const byCca2 = new Map(worldCountries.map((country) => [country.cca2, country]));
  const i18nNames = (alpha2: string): string[] => {
    const value = english.countries[alpha2];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };

  // Every word of an English country or capital name: an alternative spelling made only of such words is English.
  const vocabulary = new Set(['of', 'the', 'and']);
  const addWords = (text: string) => text.split(/[\s-]+/).forEach((word) => vocabulary.add(word));
  for (const country of worldCountries) {
    addWords(country.name.common);
    addWords(country.name.official);
    country.capital.forEach(addWords);
  }
  Object.keys(english.countries).forEach((alpha2) => i18nNames(alpha2).forEach(addWords));

  const drafts: Draft[] = [];
  for (const [alpha2, alpha3] of codes) {
    const country = byCca2.get(alpha2);
    const code = CAMEO_CODE_FOR_ISO[alpha3] ?? alpha3;
    const fromI18n = i18nNames(alpha2);
    const i18nSet = new Set(fromI18n);
    const names: string[] = [];
    const abbreviations: string[] = [];
    const consider = (raw: string, origin: 'name' | 'alt') => {
      // "Cocos (Keeling) Islands" → "Cocos Islands"; "The Gambia" → "Gambia" (the matcher handles the article).
      let text = raw.replace(/\s*\([^)]*\)/g, '').trim();
      text = text.replace(/^the\s+/i, '');
      if (text.length < 2 || text.includes(',') || REJECTED_NAMES.has(text)) return;
      if (!LATIN_TEXT.test(text)) return;
      if (ACRONYM.test(text)) {
        // ISO's own two-letter code is no name, unless English text uses it ("UK", "US").
        if (text === alpha2 && !i18nSet.has(text)) return;
        abbreviations.push(text);
        return;
      }
      if (origin === 'alt') {
        const words = text.split(/[\s-]+/);
        // A one-word alternative must be confirmed by the English locale ("Burma", "Holland" come from countries.yaml).
        if (words.length === 1 && !i18nSet.has(text) && text !== country?.name.common) return;
        if (!words.every((word) => vocabulary.has(word))) return;
      }
      names.push(text);
      const folded = fold(text);
      if (folded !== text) names.push(folded);
    };
    if (country) {
      consider(country.name.common, 'name');
      consider(country.name.official, 'name');
    }
    fromI18n.forEach((name) => consider(name, 'name'));
    country?.altSpellings.forEach((name) => consider(name, 'alt'));

    // world-countries files people nouns ("Icelander", "New Zealander", "Cook Islander") as demonyms too:
    // those are demonyms only, and the adjective ("Icelandic") comes from countries.yaml.
    const forms = unique(
      [country?.demonyms?.eng?.m, country?.demonyms?.eng?.f]
        .filter((value): value is string => Boolean(value))
        .flatMap((value) => value.split(/,| or /))
        .map((value) => value.trim())
        .filter((value) => value.length > 0 && !names.includes(value)),
    );
    const isPeopleNoun = (form: string) => /er$/.test(form);
    const adjectives = forms.filter((form) => !isPeopleNoun(form));
    const demonyms = unique([
      ...forms.filter(isPeopleNoun).map((form) => `${form}s`),
      ...adjectives.map(pluralDemonym).filter((value): value is string => value !== null),
    ]);
    const state = Boolean(country?.unMember) || OBSERVER_STATES.has(code);
    const capitals = state
      ? unique(
          (country?.capital ?? [])
            .filter((capital) => !REJECTED_CAPITALS.has(capital))
            .flatMap((capital) => [capital, fold(capital)]),
        )
      : [];
    drafts.push({
      code,
      iso3: alpha3,
      state,
      names: unique(names),
      abbreviations: unique(abbreviations),
      adjectives,
      demonyms,
      capitals,
    });
  }
  return { drafts, versions: `world-countries ${worldVersion} / i18n-iso-countries ${i18nVersion}` };
}

type Field = 'names' | 'abbreviations' | 'adjectives' | 'demonyms' | 'capitals';
const FIELDS: readonly Field[] = ['names', 'abbreviations', 'adjectives', 'demonyms', 'capitals'];

/**
 * A string that two entries share ("Congolese", "Kingston", "French") goes to the one state among them;
 * with no single state it is dropped everywhere, and countries.yaml decides. Returns what was moved or dropped.
 */
function resolveSharedStrings(drafts: Draft[]): string[] {
  const owners = new Map<string, Set<Draft>>();
  for (const draft of drafts) {
    for (const field of FIELDS) {
      for (const value of draft[field]) {
        const set = owners.get(value) ?? new Set<Draft>();
        set.add(draft);
        owners.set(value, set);
      }
    }
  }
  const log: string[] = [];
  for (const [value, set] of owners) {
    if (set.size < 2) continue;
    const states = [...set].filter((draft) => draft.state);
    const keeper = states.length === 1 ? states[0] : undefined;
    for (const draft of set) {
      if (draft === keeper) continue;
      for (const field of FIELDS) draft[field] = draft[field].filter((item) => item !== value);
    }
    const codes = [...set].map((draft) => draft.code).join(', ');
    log.push(keeper ? `"${value}" (${codes}) kept for ${keeper.code}` : `"${value}" (${codes}) dropped`);
  }
  return log;
}

function toEntry(draft: Draft, source: string, ambiguous: ReadonlySet<string>): CountryEntry {
  const keep = (values: string[]) => values.filter((value) => !ambiguous.has(value));
  const entry: CountryEntry = {
    kind: 'country',
    code: draft.code,
    names: keep(draft.names),
    ambiguous: [],
    abbreviations: keep(draft.abbreviations),
    adjectives: keep(draft.adjectives),
    demonyms: keep(draft.demonyms),
    capitals: keep(draft.capitals),
    source,
  };
  if (draft.code !== draft.iso3 && !draft.iso3.startsWith('X')) {
    entry.note = `ISO 3166 alpha-3 ${draft.iso3}; CAMEO and GDELT write ${draft.code}`;
  } else if (draft.iso3 === 'XKK') {
    entry.note = 'Kosovo has no ISO 3166 code (XKK is user-assigned); CAMEO and Phoenix write KSV';
  }
  return entry;
}

function render(entries: CountryEntry[], source: string): string {
  // Empty lists are the schema's default: leave them out, so each entry reads as what it adds.
  const plain = entries.map((entry) =>
    Object.fromEntries(
      Object.entries(entry).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
    ),
  );
  const doc = new Document(plain);
  visit(doc, {
    Seq(_key, node) {
      // Lists inside an entry are written in flow style, one entry per block.
      if (node !== doc.contents) node.flow = true;
    },
  });
  if (!isSeq(doc.contents)) throw new Error('the generated document is not a list');
  doc.commentBefore = [
    ' GENERATED FILE: do not edit. Hand-kept aliases belong in countries.yaml, merged by code at load time.',
    ` Regenerate with: npx tsx scripts/build-countries.ts   (from ${source})`,
    ' One entry per ISO 3166 country or territory; CAMEO codes where CAMEO differs from ISO (KSV, ROM, TMP,',
    ' MTN, IMY). Names listed as `ambiguous` in countries.yaml are left out of `names` here.',
  ].join('\n');
  return doc.toString({ lineWidth: 118, flowCollectionPadding: false });
}

function main(): void {
  const { drafts, versions } = buildDrafts();
  const log = resolveSharedStrings(drafts);
  const ambiguous = loadHandAmbiguous();
  const entries = drafts
    .map((draft) => toEntry(draft, versions, ambiguous.get(draft.code) ?? new Set()))
    .sort((a, b) => a.code.localeCompare(b.code));
  const text = render(entries, versions);
  actorFile.parse(parse(text));
  writeFileSync(outputFile, text);
  console.log(`wrote ${entries.length} entries to ${outputFile}`);
  for (const line of log) console.log(`  shared: ${line}`);
}

main();
