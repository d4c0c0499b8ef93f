import { loadCodebook, type Codebook } from '../codebook/codebook.js';
import { loadKnownGroups } from '../codebook/known-groups.js';
import { DyadError } from '../errors/dyad-error.js';
import { ACTOR_CLASSES, ROLE_CODES, splitSegments } from './actor-code.js';
import { loadActorDictionary, type ActorDictionary, type EntryOrigin } from './actor-dictionary.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { loadPatternDictionary, type PatternDictionary } from './pattern-dictionary.js';
import type { DictionaryProblem } from './read-yaml-file.js';
import {
  baseRole,
  officeCountry,
  officeGaps,
  officeOverlaps,
  overlappingOffices,
  overlappingPeriods,
} from './person-code.js';

export interface LintProblem extends DictionaryProblem {
  readonly severity: 'error' | 'warning';
}

export interface LintOptions {
  readonly actorFiles?: readonly string[];
  readonly patternFiles?: readonly string[];
  /** "Today" for offices with no holder; default: the current date. */
  readonly today?: string;
}

/** Religion segments CAMEO codes may carry (`EGYOPPMUS`), besides countries, classes, groups and roles. */
const RELIGIONS = new Set([
  'MUS',
  'CHR',
  'JEW',
  'SHI',
  'SUN',
  'BUD',
  'HIN',
  'CTH',
  'ORT',
  'PRO',
  'SIK',
  'ATH',
  'DRZ',
  'ALE',
]);
/**
 * Offices that always have a holder: a country's gap in one of these is worth a warning. An office that was
 * abolished (`abolished` on its last holder's office, see actor-schema.ts) has no gap after that day.
 */
const KEY_OFFICES = [
  ['President'],
  ['Prime Minister'],
  ['Chancellor'],
  ['Foreign Minister'],
  ['Secretary of State'],
];

/**
 * Checks every dictionary the coder uses: schemas (each file must load), duplicate names with different
 * codes, unknown codes, one person's overlapping terms, two people holding one office at once, key offices
 * with no holder today, pattern ids and codes, conflicting patterns, and the cue and modality lists.
 */
export function lintDictionaries(options: LintOptions = {}): LintProblem[] {
  const problems: LintProblem[] = [];
  const load = <T>(what: () => T): T | null => {
    try {
      return what();
    } catch (error) {
      if (error instanceof DyadError && Array.isArray(error.details['problems'])) {
        for (const problem of error.details['problems'] as DictionaryProblem[])
          problems.push({ ...problem, severity: 'error' });
        return null;
      }
      throw error;
    }
  };
  const actors = load(() => loadActorDictionary({ extra: options.actorFiles ?? [] }));
  const patterns = load(() => loadPatternDictionary({ extra: options.patternFiles ?? [] }));
  const lexicon = load(() => loadLexicon());
  const codebook = loadCodebook();
  if (actors) problems.push(...lintActors(actors, options.today ?? new Date().toISOString().slice(0, 10)));
  if (patterns) problems.push(...lintPatterns(patterns, codebook));
  if (lexicon) problems.push(...lintLexicon(lexicon));
  return problems;
}

function problem(
  origin: EntryOrigin,
  field: string,
  message: string,
  severity: 'error' | 'warning' = 'error',
): LintProblem {
  return { file: origin.file, line: origin.line, field, message, severity };
}

export function lintActors(dictionary: ActorDictionary, today: string): LintProblem[] {
  const problems: LintProblem[] = [];
  const countries = new Set(dictionary.countries.keys());
  const knownGroups = new Set([
    ...loadKnownGroups().keys(),
    ...dictionary.organisations.flatMap(({ entry }) => (entry.knownGroup ? [entry.knownGroup] : [])),
  ]);
  const knownSegment = (segment: string) =>
    segment === '---' ||
    countries.has(segment) ||
    ACTOR_CLASSES.has(segment) ||
    ROLE_CODES.has(segment) ||
    knownGroups.has(segment) ||
    RELIGIONS.has(segment);
  const checkCode = (code: string, origin: EntryOrigin, field: string) => {
    const unknown = splitSegments(code).filter((segment) => !knownSegment(segment));
    // A segment no table knows is a warning: a group code of our own (ISI for Islamic State) is allowed.
    if (unknown.length > 0)
      problems.push(
        problem(
          origin,
          field,
          `code ${code} has segment(s) ${unknown.join(', ')} that no table defines`,
          'warning',
        ),
      );
    const head = splitSegments(code)[0]!;
    if (!knownSegment(head))
      problems.push(
        problem(
          origin,
          field,
          `code ${code} starts with ${head}, which is neither a country, a region nor a class such as IGO`,
        ),
      );
  };

  // Names: one proper name, one code.
  const names = new Map<string, { code: string; origin: EntryOrigin }>();
  const claim = (name: string, code: string, origin: EntryOrigin, field: string) => {
    const key = name.toLowerCase();
    const seen = names.get(key);
    if (seen && seen.code !== code) {
      problems.push(
        problem(
          origin,
          field,
          `"${name}" is also ${seen.code} (${seen.origin.file}:${seen.origin.line}); one name, one code`,
        ),
      );
    } else if (!seen) {
      names.set(key, { code, origin });
    }
  };
  for (const { entry, origins } of dictionary.countries.values()) {
    const origin = origins[origins.length - 1]!;
    for (const name of [...entry.names, ...entry.abbreviations, ...entry.capitals])
      claim(name, entry.code, origin, 'names');
    for (const state of entry.formerly ?? []) {
      if (!countries.has(state.code))
        problems.push(
          problem(origin, 'formerly', `former state ${state.code} is no country of the dictionary`),
        );
    }
  }
  for (const { entry, origin } of dictionary.institutions) {
    checkCode(entry.code, origin, 'code');
    for (const name of [...entry.names, ...entry.abbreviations]) claim(name, entry.code, origin, 'names');
  }
  for (const { entry, origin } of dictionary.organisations) {
    checkCode(entry.code, origin, 'code');
    for (const name of [...entry.names, ...entry.abbreviations]) claim(name, entry.code, origin, 'names');
    for (const period of entry.periods) checkCode(period.code, origin, `periods.${period.from}`);
    for (const [a, b] of overlappingPeriods(entry.periods))
      problems.push(
        problem(
          origin,
          'periods',
          `${entry.names[0] ?? entry.code}: ${a.code} ${a.from}..${a.to ?? ''} overlaps ${b.code} ${b.from}..${b.to ?? ''}`,
        ),
      );
  }
  const people = new Map<string, EntryOrigin>();
  for (const { entry, origin } of dictionary.people) {
    const key = entry.name.toLowerCase();
    const seen = people.get(key);
    if (seen)
      problems.push(
        problem(
          origin,
          'name',
          `${entry.name} is also at ${seen.file}:${seen.line}; give each person one entry`,
        ),
      );
    people.set(key, origin);
    for (const office of entry.offices) checkCode(office.code, origin, `offices.${office.role}`);
    if (entry.otherwise) checkCode(entry.otherwise, origin, 'otherwise');
    for (const [a, b] of overlappingOffices(entry)) {
      problems.push(
        problem(
          origin,
          'offices',
          `${entry.name}: ${a.role} ${a.from}..${a.to ?? ''} overlaps ${b.role} ${b.from}..${b.to ?? ''}`,
        ),
      );
    }
  }
  const roleNames = new Map<string, EntryOrigin>();
  for (const { entry, origin } of dictionary.roles) {
    for (const role of entry.roles)
      if (!ROLE_CODES.has(role)) problems.push(problem(origin, 'roles', `unknown role code ${role}`));
    for (const name of entry.names) {
      const seen = roleNames.get(name.toLowerCase());
      if (seen && seen !== origin)
        problems.push(problem(origin, 'names', `role noun "${name}" is also at ${seen.file}:${seen.line}`));
      roleNames.set(name.toLowerCase(), origin);
    }
  }

  // Offices: two holders at once, and key offices empty today.
  const entries = dictionary.people.map(({ entry }) => entry);
  const offices = new Map<string, { role: string; country: string; origin: EntryOrigin }>();
  for (const { entry, origin } of dictionary.people) {
    for (const office of entry.offices)
      offices.set(`${officeCountry(office)}|${baseRole(office.role)}`, {
        role: office.role,
        country: officeCountry(office),
        origin,
      });
  }
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  for (const titles of KEY_OFFICES) {
    const countriesWithOffice = new Set(
      [...offices.values()]
        .filter((office) => titles.includes(baseRole(office.role)))
        .map((office) => office.country),
    );
    for (const country of countriesWithOffice) {
      const holders = entries.some((entry) =>
        entry.offices.some(
          (office) =>
            officeCountry(office) === country &&
            titles.includes(baseRole(office.role)) &&
            (office.to ?? '9999') > '2021',
        ),
      );
      if (!holders) continue;
      const gaps = officeGaps(entries, titles, country, today, tomorrow);
      if (gaps.length > 0) {
        const origin = [...offices.values()].find(
          (office) => office.country === country && titles.includes(baseRole(office.role)),
        )!.origin;
        problems.push(
          problem(
            origin,
            'offices',
            `${country} ${titles[0]}: no holder on ${today}; add the current holder`,
            'warning',
          ),
        );
      }
      for (const [a, b] of officeOverlaps(entries, titles, country)) {
        if (a.office.to !== undefined && a.office.to < '2021-01-01') continue;
        problems.push(
          problem(
            offices.get(`${country}|${baseRole(a.office.role)}`)?.origin ?? { file: '', line: 1 },
            'offices',
            `${country} ${a.office.role}: ${a.name} and ${b.name} overlap`,
            'warning',
          ),
        );
      }
    }
  }
  return problems;
}

export function lintPatterns(dictionary: PatternDictionary, codebook: Codebook): LintProblem[] {
  const problems: LintProblem[] = [];
  const ids = new Map<string, EntryOrigin>();
  const shapes = new Map<string, { code: string; origin: EntryOrigin; id: string }>();
  for (const { pattern, root, origin } of dictionary.patterns) {
    const seen = ids.get(pattern.id);
    if (seen)
      problems.push(problem(origin, 'id', `pattern id ${pattern.id} is also at ${seen.file}:${seen.line}`));
    ids.set(pattern.id, origin);
    const entry = codebook.lookup(pattern.code);
    if (!entry) problems.push(problem(origin, 'code', `${pattern.code} is not a CAMEO code`));
    else if (!entry.emitted)
      problems.push(problem(origin, 'code', `${pattern.code} is a CAMEO 1.1b3 code GDELT never emits`));
    if (!pattern.code.startsWith(root))
      problems.push(problem(origin, 'code', `${pattern.code} is not under this file's root ${root}`));
    for (const example of pattern.examples) {
      for (const event of example.events) {
        if (event.code && !codebook.lookup(event.code))
          problems.push(problem(origin, 'examples', `example code ${event.code} is not a CAMEO code`));
      }
    }
    const objects = [...(pattern.object ?? [])].sort().join('|');
    const targets = [...pattern.target].sort().join('|');
    for (const head of [
      ...(pattern.verb ?? []).map((v) => `verb:${v}`),
      ...(pattern.noun ?? []).map((n) => `noun:${n}`),
    ]) {
      const shape = `${head}#${objects}#${targets}`;
      const other = shapes.get(shape);
      if (other && other.code !== pattern.code) {
        problems.push(
          problem(
            origin,
            'verb',
            `${head} with the same object and target is ${other.code} in ${other.id} (${other.origin.file}:${other.origin.line}) and ${pattern.code} here`,
          ),
        );
      }
      shapes.set(shape, { code: pattern.code, origin, id: pattern.id });
    }
  }
  return problems;
}

export function lintLexicon(lexicon: Lexicon): LintProblem[] {
  const problems: LintProblem[] = [];
  const [cuesFile, modalityFile, toneFile] = lexicon.files;
  const duplicates = (values: readonly string[], file: string | undefined, field: string) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value))
        problems.push({
          file: file ?? '',
          line: 1,
          field,
          message: `"${value}" is listed twice`,
          severity: 'error',
        });
      seen.add(value);
    }
  };
  duplicates(
    lexicon.cues.verbs.map((verb) => verb.lemma),
    cuesFile,
    'verbs',
  );
  duplicates(
    lexicon.cues.nouns.map((noun) => noun.lemma),
    cuesFile,
    'nouns',
  );
  const frames = ['intent', 'desire', 'expectation', 'threat', 'refusal', 'implicative'] as const;
  const owner = new Map<string, string>();
  for (const frame of frames) {
    duplicates(lexicon.modality[frame], modalityFile, frame);
    for (const word of lexicon.modality[frame]) {
      const other = owner.get(word);
      if (other && other !== frame)
        problems.push({
          file: modalityFile ?? '',
          line: 1,
          field: frame,
          message: `"${word}" is in both ${other} and ${frame}`,
          severity: 'error',
        });
      owner.set(word, frame);
    }
  }
  duplicates(lexicon.modality.hedges, modalityFile, 'hedges');
  duplicates(
    [...lexicon.modality.habituals, ...lexicon.modality.presentHabituals],
    modalityFile,
    'habituals',
  );
  duplicates(lexicon.tone.criticism, toneFile, 'criticism');
  duplicates(lexicon.tone.demand, toneFile, 'demand');
  return problems;
}
