import type { EntryKind, MentionVia, Token } from '../../doc/layers.js';
import { composeActorCode, type ParsedActorCode } from '../../dictionaries/actor-code.js';
import type { PersonEntry } from '../../dictionaries/actor-schema.js';
import { slug, type ActorMatcher, type Unit } from './actor-matcher.js';
import type { UnitMatch } from './find-units.js';

/** A mention before indexes and coreference are settled. */
export interface DraftMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  code: string;
  country: string | null;
  knownGroup: string | null;
  roles: readonly string[];
  entry: string;
  name: string;
  kind: EntryKind;
  via: MentionVia;
  person: boolean;
  gender?: 'm' | 'f';
  guess: boolean;
  /** The mention a reference or pronoun was resolved to. */
  antecedentDraft?: DraftMention;
  /** For a reference noun: the organisations it may stand for, resolved later. */
  references?: readonly string[];
}

export interface ComposeContext {
  /** The article's date: people are coded by the office they hold that day. */
  readonly date: string;
  readonly matcher: ActorMatcher;
  readonly parseCode: (code: string) => ParsedActorCode;
  readonly personCode: (entry: PersonEntry, date: string) => { code: string };
}

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
/** "US-led", "Moscow-based", "Iranian-backed": the place modifies something that is not its government. */
const NOT_THE_ACTOR_AFTER = new Set([
  'based',
  'led',
  'backed',
  'born',
  'funded',
  'sponsored',
  'supported',
  'allied',
  'aligned',
  'controlled',
  'held',
  'made',
  'owned',
  'registered',
  'flagged',
]);
/** "pro-Russia rebels", "anti-American protests": the country is the object of a stance, not the actor. */
const STANCE_PREFIXES = new Set(['pro', 'anti', 'non', 'ex']);

const isCountryish = (unit: Unit) => unit.kind === 'country' || unit.kind === 'region';

/** Drops country units that only modify ("US-led", "pro-Russia"), keeping full aliases such as "US-led bloc". */
function actorUnits(
  tokens: readonly Token[],
  matches: readonly UnitMatch[],
  sentenceEnd: number,
): UnitMatch[] {
  return matches.filter((match) => {
    if (!isCountryish(match.unit) && match.unit.kind !== 'institution') return true;
    const before = tokens[match.tokenStart - 1];
    const beforeBefore = tokens[match.tokenStart - 2];
    if (before && before.text === '-' && beforeBefore && STANCE_PREFIXES.has(beforeBefore.lower))
      return false;
    if (before && STANCE_PREFIXES.has(before.lower) && before.end === tokens[match.tokenStart]!.start)
      return false;
    const after = tokens[match.tokenEnd];
    const afterAfter = tokens[match.tokenEnd + 1];
    if (
      match.tokenEnd + 1 < sentenceEnd &&
      after?.text === '-' &&
      afterAfter &&
      NOT_THE_ACTOR_AFTER.has(afterAfter.lower)
    ) {
      return false;
    }
    return true;
  });
}

/** Whether the tokens between two units let them name one actor ("Russia's intelligence service"). */
function glues(tokens: readonly Token[], from: number, to: number, previous: Unit, next: Unit): boolean {
  if (previous.kind === 'person' || previous.kind === 'reference' || next.kind === 'reference') return false;
  // A country or region may lead ("Russian Foreign Ministry"); after anything else only roles and names follow
  // ("Kremlin spokesman", "UN troops"), so "NATO's European partners" stays two actors.
  if (isCountryish(next)) return false;
  if (!isCountryish(previous) && next.kind !== 'role' && next.kind !== 'person') return false;
  let adjectives = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (POSSESSIVES.has(token.text) && i === from && previous.kind !== 'role') continue;
    if (token.pos === 'ADJ' && adjectives < 2) {
      adjectives++;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Combines neighbouring units into mentions and codes them. How codes combine:
 * - a person is coded by the office they hold on the article's date ("Russian President Vladimir Putin");
 * - an institution or organisation gives its own code, plus the roles that follow ("UN troops" → IGOUNOMIL,
 *   "Kremlin spokesman" → RUSGOV);
 * - otherwise the first country or region ("Russian", "Ukraine's", "Western") and every role noun combine
 *   ("Russian Foreign Ministry Spokeswoman" → RUSGOV, "Western leaders" → WSTGOV, "Syrian rebels" → SYRREB);
 *   with no country the code starts with `---` ("officials" → ---GOV);
 * - a capital alone speaks for the government ("Moscow said" → RUSGOV);
 * - a country's known organisation named after a possessive country is that country's ("Russia's UN
 *   ambassador" → RUSGOV), but a group keeps its own code ("Egypt's Muslim Brotherhood").
 */
export function composeMentions(
  tokens: readonly Token[],
  sentence: { index: number; tokenStart: number; tokenEnd: number },
  matches: readonly UnitMatch[],
  context: ComposeContext,
): DraftMention[] {
  const units = actorUnits(tokens, matches, sentence.tokenEnd);
  const groups: UnitMatch[][] = [];
  for (const match of units) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && glues(tokens, last.tokenEnd, match.tokenStart, last.unit, match.unit))
      group.push(match);
    else groups.push([match]);
  }
  const mentions: DraftMention[] = [];
  for (const group of groups) {
    const mention = composeGroup(tokens, sentence, group, context);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function composeGroup(
  tokens: readonly Token[],
  sentence: { index: number; tokenEnd: number },
  group: readonly UnitMatch[],
  context: ComposeContext,
): DraftMention | undefined {
  const first = group[0]!;
  let tokenEnd = group[group.length - 1]!.tokenEnd;
  const last = group[group.length - 1]!.unit;

  if (last.kind === 'reference') {
    return {
      ...spanOf(tokens, first.tokenStart, tokenEnd, sentence.index),
      code: '---',
      country: null,
      knownGroup: null,
      roles: [],
      entry: last.entry,
      name: last.name,
      kind: 'organisation',
      via: 'coreference',
      person: false,
      guess: false,
      references: last.references ?? [],
    };
  }

  // A role noun before an unknown capitalised name absorbs the name ("Deputy Secretary Jeffrey Kupfer"); a
  // bare surname of someone in office that day resolves the person ("President Bush").
  let person = group.find((match) => match.unit.kind === 'person')?.unit;
  if (!person && last.kind === 'role' && last.person) {
    let extra = tokenEnd;
    while (
      extra < sentence.tokenEnd &&
      extra - tokenEnd < 4 &&
      tokens[extra]!.pos === 'PROPN' &&
      /^\p{Lu}/u.test(tokens[extra]!.text)
    ) {
      extra++;
    }
    // "President obama": a known surname right after a person's title counts even in lower case.
    if (
      extra === tokenEnd &&
      extra < sentence.tokenEnd &&
      /^\p{L}{3,}$/u.test(tokens[extra]!.text) &&
      (tokens[extra]!.pos === 'NOUN' || tokens[extra]!.pos === 'PROPN') &&
      context.matcher.surnames.has(tokens[extra]!.lower)
    )
      extra++;
    if (extra > tokenEnd) {
      const surname = tokens[extra - 1]!.lower;
      const candidates = (context.matcher.surnames.get(surname) ?? []).filter(
        (entry) => context.parseCode(context.personCode(entry, context.date).code).roles.length > 0,
      );
      if (candidates.length === 1) {
        const entry = candidates[0]!;
        person = {
          kind: 'person',
          via: 'surname',
          caseMode: 'proper',
          tokens: [],
          entry: `person:${slug(entry.name)}`,
          name: entry.name,
          person: true,
          personEntry: entry,
          ...(entry.gender ? { gender: entry.gender } : {}),
        };
      }
      tokenEnd = extra;
    }
  }

  const span = spanOf(tokens, first.tokenStart, tokenEnd, sentence.index);
  if (person?.personEntry) {
    const code = context.personCode(person.personEntry, context.date).code;
    const parsed = context.parseCode(code);
    return {
      ...span,
      code,
      country: parsed.country,
      knownGroup: parsed.knownGroup,
      roles: parsed.roles,
      entry: person.entry,
      name: person.name,
      kind: 'person',
      via: person.via,
      person: true,
      ...(person.gender ? { gender: person.gender } : {}),
      guess: false,
    };
  }

  const roles: string[] = [];
  let country: Unit | undefined;
  let base: Unit | undefined;
  let possessiveCountry = false;
  for (const match of group) {
    const unit = match.unit;
    if (isCountryish(unit)) {
      if (!country && !base) {
        country = unit;
        possessiveCountry = POSSESSIVES.has(tokens[match.tokenEnd]?.text ?? '');
      }
      if (unit.via === 'capital' && group.length === 1) roles.push('GOV');
    } else if (unit.kind === 'institution') {
      base ??= unit;
    } else if (unit.kind === 'organisation') {
      if (!(country && possessiveCountry)) base ??= unit;
    } else if (unit.kind === 'group') {
      base ??= unit;
    } else if (unit.kind === 'role') {
      roles.push(...(unit.roles ?? []));
    }
  }
  const head = base ?? country;
  const code = composeActorCode(head?.code ?? '---', roles);
  const parsed = context.parseCode(code);
  const lastRole = [...group].reverse().find((match) => match.unit.kind === 'role');
  const singular = lastRole
    ? tokens[lastRole.tokenEnd - 1]!.lemma === tokens[lastRole.tokenEnd - 1]!.lower
    : false;
  const isPerson = !!lastRole?.unit.person && singular && last.kind === 'role';
  const named = head ?? last;
  return {
    ...span,
    code,
    country: parsed.country,
    knownGroup: parsed.knownGroup ?? head?.knownGroup ?? null,
    roles: parsed.roles,
    entry: lastRole && !base ? lastRole.unit.entry : named.entry,
    name: lastRole && !base ? tokensText(tokens, first.tokenStart, tokenEnd) : named.name,
    kind: ((base ?? (lastRole ? undefined : country))?.kind as EntryKind | undefined) ?? 'role',
    via: lastRole && !base ? 'role' : group.length === 1 ? first.unit.via : (base ?? first.unit).via,
    person: isPerson,
    ...(isPerson && lastRole?.unit.gender ? { gender: lastRole.unit.gender } : {}),
    guess: false,
  };
}

function spanOf(tokens: readonly Token[], tokenStart: number, tokenEnd: number, sentence: number) {
  return { start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end, tokenStart, tokenEnd, sentence };
}

function tokensText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (i > from && tokens[i - 1]!.end < token.start) text += ' ';
    text += token.text;
  }
  return text;
}
