import type { Token } from '../../doc/layers.js';
import type { PersonEntry } from '../../dictionaries/actor-schema.js';
import { CALENDAR_WORDS, COMPASS_POINTS, DATELINE_DASHES } from '../places/locative-cues.js';
import type { ActorMatcher, TrieNode, Unit } from './actor-matcher.js';

/** A dictionary unit found over tokens `[tokenStart, tokenEnd)`. */
export interface UnitMatch {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly unit: Unit;
}

export interface FindUnitsContext {
  /** The sentence is in capitals (a wire headline): case cannot tell names from words. */
  readonly caps: boolean;
  /** Person entries whose full name is in the article: their bare surnames may match. */
  readonly seenPeople: ReadonlySet<string>;
  /** Told of each bare surname passed over because its person is not (yet) among `seenPeople`. */
  readonly onUnseenSurname?: (entry: string) => void;
  /** Told of each person entry whose surname follows someone else's given name ("Mario Branco Peres"). */
  readonly onOtherBearer?: (entry: string) => void;
  /** The article's date (YYYY-MM-DD…): organisations founded later are not named in it. */
  readonly date?: string;
}

/**
 * Abbreviations that are also English words: in an all-capitals headline "US" may be "us", and "PLAN" (the PLA
 * Navy) is mostly "plan" ("BRAZIL PLAN", "U.S. PLAN" in Reuters' headlines).
 */
const CAPS_WORDS = new Set([
  'US',
  'IS',
  'IT',
  'AS',
  'AT',
  'ON',
  'IN',
  'OR',
  'NO',
  'AM',
  'AN',
  'ME',
  'WHO',
  'UN',
  'PLAN',
]);

/** Titles that make the next capitalised word part of a person's name ("Mr Jordan"). */
const PERSON_TITLES = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'miss',
  'sir',
  'lady',
  'lord',
]);

/** Words before a surname that are titles, not given names ("President Putin", "Minister Lavrov"). */
const CONTEXT_TITLES = new Set([
  'president',
  'minister',
  'premier',
  'chancellor',
  'secretary',
  'general',
  'mr',
  'mrs',
  'ms',
  'dr',
  'king',
  'queen',
  'prince',
  'emir',
  'sheikh',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'envoy',
  'senator',
  'governor',
  'chairman',
  'leader',
  'commander',
  'colonel',
  'admiral',
  'judge',
  'pope',
  'ayatollah',
  'sir',
  'lord',
  'lady',
]);

/** Preference among units of equal length: a person or an institution is more specific than a country. */
const KIND_RANK: Record<Unit['kind'], number> = {
  person: 6,
  institution: 5,
  organisation: 4,
  group: 4,
  country: 3,
  region: 2,
  role: 1,
  reference: 0,
};

const isUpper = (text: string) => {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/**
 * True when most letters of the tokens are capitals: a Reuters-style headline or dateline. ASCII letters are
 * counted by code (this runs on every sentence of every article); other letters by their case mappings.
 */
export function isCapsText(tokens: readonly Token[], start: number, end: number): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const text = tokens[i]!.text;
    for (let c = 0; c < text.length; c++) {
      const code = text.charCodeAt(c);
      if (code < 128) {
        if (code >= 65 && code <= 90) {
          letters++;
          upper++;
        } else if (code >= 97 && code <= 122) letters++;
        continue;
      }
      const char = text.charAt(c);
      if (char.toLowerCase() !== char.toUpperCase()) {
        letters++;
        if (char === char.toUpperCase()) upper++;
      }
    }
  }
  return letters >= 8 && upper / letters > 0.7;
}

/**
 * Finds dictionary units in tokens `[start, end)`, longest match first. Proper names match on the lower-cased
 * surface with their case checked; role nouns and references also match on lemmas ("ministers", "troops").
 */
export function findUnits(
  tokens: readonly Token[],
  start: number,
  end: number,
  matcher: ActorMatcher,
  context: FindUnitsContext,
): UnitMatch[] {
  const found: UnitMatch[] = [];
  let i = start;
  const next = matcher.root.next;
  while (i < end) {
    // Most tokens start no name: look the first token up before walking the trie.
    const token = tokens[i]!;
    if (
      !next.has(token.lower) &&
      !next.has(token.lemma.toLowerCase()) &&
      !(token.pos === 'PROPN' && token.lower.endsWith('s'))
    ) {
      i++;
      continue;
    }
    const best = longestAt(tokens, i, end, matcher, context);
    if (best) {
      found.push(best);
      i = best.tokenEnd;
    } else {
      i++;
    }
  }
  return found;
}

/**
 * Names listed only as the lemma of another word: wink-nlp lemmatises "media" to "medium", so the roles list
 * "medium", but the word "medium" itself names no actor ("medium-range nuclear forces", "medium- and long-term
 * loans", "medium-sized trading houses"). It matches only through the lemma of a word written otherwise.
 */
const LEMMA_ONLY_WORDS = new Set(['medium']);

function longestAt(
  tokens: readonly Token[],
  start: number,
  end: number,
  matcher: ActorMatcher,
  context: FindUnitsContext,
): UnitMatch | undefined {
  let best: UnitMatch | undefined;
  const consider = (node: TrieNode, tokenEnd: number, viaLemma: boolean) => {
    for (const unit of node.units) {
      if (viaLemma && unit.caseMode !== 'any') continue;
      if (!valid(unit, tokens, start, tokenEnd, end, matcher, context)) continue;
      const length = tokenEnd - start;
      const bestLength = best ? best.tokenEnd - best.tokenStart : 0;
      if (
        !best ||
        length > bestLength ||
        (length === bestLength && KIND_RANK[unit.kind] > KIND_RANK[best.unit.kind])
      ) {
        best = { tokenStart: start, tokenEnd, unit };
      }
    }
  };
  const walk = (node: TrieNode, at: number, viaLemma: boolean) => {
    if (at > start) consider(node, at, viaLemma);
    if (at >= end) return;
    const token = tokens[at]!;
    const byText = LEMMA_ONLY_WORDS.has(token.lower) ? undefined : node.next.get(token.lower);
    if (byText) walk(byText, at + 1, viaLemma);
    if (token.lemma !== token.lower) {
      const byLemma = node.next.get(token.lemma.toLowerCase());
      if (byLemma && byLemma !== byText) walk(byLemma, at + 1, true);
    }
    // wink-nlp does not lemmatise capitalised plurals ("Insurgents bombarded …"): try the singular.
    const singular =
      token.lower.endsWith('s') && token.pos === 'PROPN' ? token.lower.replace(/e?s$/, '') : null;
    if (singular && singular !== token.lemma.toLowerCase()) {
      const bySingular = node.next.get(singular) ?? node.next.get(token.lower.slice(0, -1));
      if (bySingular && bySingular !== byText) walk(bySingular, at + 1, true);
    }
  };
  walk(matcher.root, start, false);
  return best;
}

function valid(
  unit: Unit,
  tokens: readonly Token[],
  start: number,
  end: number,
  sentenceEnd: number,
  matcher: ActorMatcher,
  context: FindUnitsContext,
): boolean {
  if (unit.since !== undefined && context.date !== undefined && context.date.slice(0, 10) < unit.since)
    return false;
  if (
    unit.surnameOnly &&
    !context.seenPeople.has(unit.entry) &&
    !afterOwnCountry(tokens, start, unit, matcher)
  ) {
    context.onUnseenSurname?.(unit.entry);
    return false;
  }
  // "Gerhard Stoltenberg" is not Jens Stoltenberg: a bare surname after a capitalised given name that is not
  // the entry's belongs to someone else.
  if (unit.kind === 'person' && unit.via === 'surname' && unit.personEntry && start > 0) {
    const given = tokens[start - 1]!;
    if (isGivenName(given, tokens[start]!) && !fitsPerson(unit.personEntry, given.lower)) {
      context.onOtherBearer?.(unit.entry);
      return false;
    }
  }
  // "Ulrich Wagner" is a person, not the Wagner Group: a one-word group name after a capitalised given name is
  // a surname, unless the word before names an actor itself ("Lebanese Hezbollah").
  if (
    (unit.kind === 'group' || unit.kind === 'organisation') &&
    unit.via === 'name' &&
    unit.tokens.length === 1 &&
    start > 0
  ) {
    const given = tokens[start - 1]!;
    if (
      isGivenName(given, tokens[start]!) &&
      !CONTEXT_TITLES.has(given.lower) &&
      !CALENDAR_WORDS.has(given.lower) &&
      !isCompleteUnit(matcher, given.lower)
    )
      return false;
  }
  // "Michael German of AGA agreed", "Michael German, vice president of …": a country's adjective after a
  // capitalised given name, with no noun after it to qualify, is a surname. A people's name stays ("Older Germans
  // can remember").
  if (
    unit.kind === 'country' &&
    unit.via === 'adjective' &&
    unit.tokens.length === 1 &&
    isSurnameAfterGivenName(tokens, start, end, matcher)
  )
    return false;
  // "Wagner and Brown", "Hamas & Sons": a one-word group name joined by "and" to a surname-like word is a
  // firm's name, unless the other word names an actor itself ("Hamas and Fatah").
  if (
    (unit.kind === 'group' || unit.kind === 'organisation') &&
    unit.via === 'name' &&
    unit.tokens.length === 1 &&
    !context.caps &&
    inFirmName(tokens, start, end, sentenceEnd, matcher)
  )
    return false;
  // "its former Indian Ocean colony", "over the Philippine Sea": a country's adjective before "Ocean" or "Sea" names
  // the water, not the state.
  if (
    unit.kind === 'country' &&
    unit.via === 'adjective' &&
    end < sentenceEnd &&
    WATER_NAMES.has(tokens[end]!.text)
  )
    return false;
  // "European Affairs Minister Ali Bozer" (Turkey's), "the Minister for Palestinian Affairs": a portfolio, not
  // the minister's country.
  if (
    (unit.kind === 'country' || unit.kind === 'region') &&
    unit.via === 'adjective' &&
    end < sentenceEnd &&
    tokens[end]!.lower === 'affairs'
  )
    return false;
  // "the District of New Mexico", "New Guinea": a country's name after "New" names another place.
  if (unit.kind === 'country' && unit.via === 'name' && start > 0 && tokens[start - 1]!.text === 'New')
    return false;
  // "Air Canada agreed to buy", "Texaco Canada set up", "Merrill Lynch Canada": a country's name after a
  // capitalised name that is no actor ends a company's name.
  if (unit.kind === 'country' && unit.via === 'name' && !context.caps && endsFirmName(tokens, start, matcher))
    return false;
  // A role is a noun: "firm guarantees" and "military potential" name no actor.
  if (unit.kind === 'role' || unit.kind === 'reference') {
    const last = tokens[end - 1]!;
    if (last.pos !== 'NOUN' && last.pos !== 'PROPN') return false;
    if (modifiesNextNoun(tokens, start, end, sentenceEnd)) return false;
    if (end - start === 1 && isStance(tokens, start, end)) return false;
    if (end - start === 1 && OWNED_ROLES.has(tokens[start]!.lower) && !isOwned(tokens, start)) return false;
  }
  switch (unit.caseMode) {
    case 'any':
      return true;
    case 'exact': {
      for (let k = 0; k < unit.tokens.length; k++)
        if (tokens[start + k]!.text !== unit.tokens[k]) return false;
      return !(context.caps && CAPS_WORDS.has(unit.tokens.join('')));
    }
    case 'proper':
      if (!properCase(unit, tokens, start, context)) return false;
      // "Washington Post", "Moscow Times": a capital inside a longer proper name is not the government.
      if (unit.via === 'capital' && !context.caps && capitalisedNeighbour(tokens, end, sentenceEnd, matcher))
        return false;
      return true;
    case 'ambiguous':
      if (context.caps || !properCase(unit, tokens, start, context)) return false;
      return !partOfLongerName(tokens, start, end, sentenceEnd, matcher);
  }
}

/**
 * "Canada's Carney", "South Korea's Lee": a bare surname after the possessive of the person's own country names
 * them even before their full name appears.
 */
function afterOwnCountry(
  tokens: readonly Token[],
  start: number,
  unit: Unit,
  matcher: ActorMatcher,
): boolean {
  const country = unit.personEntry?.country;
  const mark = tokens[start - 1]?.text;
  if (!country || start < 2 || (mark !== "'s" && mark !== '’s')) return false;
  for (let from = start - 2; from >= Math.max(0, start - 4); from--) {
    let node: TrieNode | undefined = matcher.root;
    for (let k = from; k <= start - 2 && node; k++) node = node.next.get(tokens[k]!.lower);
    if (node?.units.some((candidate) => candidate.kind === 'country' && candidate.code === country))
      return true;
    if (tokens[from]!.sentenceStart) break;
  }
  return false;
}

/** Capitalised nouns after a country's adjective that make a sea's name: "Indian Ocean", "Philippine Sea". */
const WATER_NAMES = new Set(['Ocean', 'Sea']);

/**
 * Role nouns that name an actor only with an owner before them: "Russian forces", "Israel's forces", "its forces"
 * are a military; "market forces" and "the forces of change" are not.
 */
const OWNED_ROLES = new Set(['forces']);

/** Is the word at `start` owned: after a possessive, or a capitalised adjective or name ("Russian", "U.S.")? */
function isOwned(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || tokens[start]!.sentenceStart) return false;
  if (POSSESSIVE_WORDS.has(before.lower)) return true;
  return (before.pos === 'ADJ' || before.pos === 'PROPN') && /^[A-Z]/.test(before.text);
}

/** Role nouns that also name a stance: "the opposition" are people, "opposition to the merger" is a view. */
export const STANCE_NOUNS = new Set(['opposition']);
const POSSESSIVE_WORDS = new Set(["'s", '’s', "'", '’', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Is this one-word role a stance held, not the people who hold it: followed by "to" or "of" ("expressed
 * opposition to the transaction", "the strong opposition of the United States") or owned ("his opposition to
 * protectionism", "the Reagan Administration's opposition")?
 */
function isStance(tokens: readonly Token[], start: number, end: number): boolean {
  if (!STANCE_NOUNS.has(tokens[start]!.lower)) return false;
  const next = tokens[end]?.lower;
  if (next === 'to' || next === 'of') return true;
  let i = start - 1;
  while (i >= 0 && tokens[i]!.pos === 'ADJ') i--;
  return i >= 0 && POSSESSIVE_WORDS.has(tokens[i]!.lower);
}

/**
 * Every capitalised word of the name has a capital in the text: "White House", not "white house". A
 * capital anywhere in the word counts ("iSrael" in careless text); a word in lower case never does.
 */
function properCase(unit: Unit, tokens: readonly Token[], start: number, context: FindUnitsContext): boolean {
  if (context.caps) return true;
  for (let k = 0; k < unit.tokens.length; k++) {
    const text = tokens[start + k]!.text;
    if (isUpper(unit.tokens[k]!) && !isUpper(text) && text === text.toLowerCase()) return false;
  }
  return true;
}

function capitalisedNeighbour(
  tokens: readonly Token[],
  end: number,
  sentenceEnd: number,
  matcher: ActorMatcher,
): boolean {
  const next = tokens[end];
  return (
    end < sentenceEnd &&
    !!next &&
    next.pos === 'PROPN' &&
    isUpper(next.text) &&
    !isCompleteUnit(matcher, next.lower)
  );
}

/**
 * Role words that, before another noun, name a body's part rather than a business executive: "the EC Executive
 * Commission", "the IMF's executive board", "executive directors".
 */
const MODIFIER_ROLE_WORDS = new Set(['executive']);

/** Does a one-word role such as "executive" stand before a noun it modifies ("Executive Commission")? */
function modifiesNextNoun(
  tokens: readonly Token[],
  start: number,
  end: number,
  sentenceEnd: number,
): boolean {
  if (end - start !== 1 || !MODIFIER_ROLE_WORDS.has(tokens[start]!.lower) || end >= sentenceEnd) return false;
  const next = tokens[end]!;
  return (next.pos === 'NOUN' || next.pos === 'PROPN') && /^\p{L}/u.test(next.text);
}

/** Parts of speech the tagger gives the words of a firm's name. */
const NAME_POS = new Set(['PROPN', 'NOUN', 'VERB', 'ADJ']);

/**
 * Capitalised words before a country's name that make no firm of it: the wire ("told Reuters Taiwan and the
 * U.S. Have been holding talks"), state broadcasters ("official Radio Malaysia") and parts of a country
 * ("North Yemen", "Western Canada").
 */
const NOT_FIRM_WORDS = new Set([
  'reuters',
  'radio',
  'television',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
]);

/** Is the word before `start` a capitalised name that is no actor, a title or a date ("Air", "Texaco")? */
function endsFirmName(tokens: readonly Token[], start: number, matcher: ActorMatcher): boolean {
  const previous = tokens[start - 1];
  if (!previous || tokens[start]!.sentenceStart || !isNameWord(previous)) return false;
  // After a dateline's dash the first word is capitalised anyway ("MANILA, March 27 - Outgoing United States
  // Ambassador"); after "U.S." or "U.K." Reuters capitalises the next word ("refute U.S. Charges Japan has").
  const first = tokens[start - 2];
  if (first && (DATELINE_DASHES.has(first.text) || /^(\p{Lu}\.)+$/u.test(first.text))) return false;
  // The tagger may read a name's word as a verb or an adjective ("Merrill Lynch Canada"): then the word before
  // must be a name's too. Reuters capitalises a verb after "U.S." ("the U.S. Criticised Japan"), and a
  // sentence's first word may be any ("Outgoing United States Ambassador").
  if (previous.pos !== 'PROPN') {
    const before = tokens[start - 2];
    if (previous.sentenceStart || !NAME_POS.has(previous.pos) || !before || !isNameWord(before)) return false;
  }
  const lower = previous.lower;
  if (CALENDAR_WORDS.has(lower) || CONTEXT_TITLES.has(lower) || PERSON_TITLES.has(lower)) return false;
  if (NOT_FIRM_WORDS.has(lower)) return false;
  return !isCompleteUnit(matcher, lower);
}

/**
 * A capitalised word with small letters and no hyphen: "Texaco", not "U.S." or "EC" (an actor's abbreviation
 * or a modifier) nor "Non-OPEC" ("Non-OPEC Egypt has pledged to restrain output").
 */
function isNameWord(token: Token): boolean {
  return isUpper(token.text) && /\p{Ll}/u.test(token.text) && !token.text.includes('-');
}

const AMPERSANDS = new Set(['and', '&']);

/** A capitalised word written like a surname ("Brown"), that is no dictionary name by itself ("Fatah"). */
function isSurnameLike(token: Token | undefined, matcher: ActorMatcher): boolean {
  return (
    !!token &&
    (token.pos === 'PROPN' || token.pos === 'NOUN') &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    !isCompleteUnit(matcher, token.lower)
  );
}

/**
 * Whether the word at `[start, end)` is one half of a firm named "X and Y" ("Wagner and Brown", "Brown &
 * Wagner"): the other half is a surname-like word, and no further capitalised word follows the pair.
 */
function inFirmName(
  tokens: readonly Token[],
  start: number,
  end: number,
  sentenceEnd: number,
  matcher: ActorMatcher,
): boolean {
  const closes = (at: number) => {
    const after = tokens[at];
    return at >= sentenceEnd || !after || !isUpper(after.text);
  };
  if (end + 1 < sentenceEnd && AMPERSANDS.has(tokens[end]!.text) && isSurnameLike(tokens[end + 1], matcher))
    return closes(end + 2);
  const previous = tokens[start - 1];
  if (start >= 2 && previous && AMPERSANDS.has(previous.text) && !tokens[start]!.sentenceStart)
    return isSurnameLike(tokens[start - 2], matcher) && closes(end);
  return false;
}

/**
 * Is the one-word name at `start` a surname, or the end of a firm's name: after a capitalised word written like a
 * given name that is no title, month, day or point of the compass and no actor's name itself, and before no noun
 * it could qualify? "Michael German of AGA agreed"; "Great American said", "Royal Dutch/Shell", "Krung Thai"
 * name firms, not the country. "Anglo German talks" keeps the adjective.
 */
function isSurnameAfterGivenName(
  tokens: readonly Token[],
  start: number,
  end: number,
  matcher: ActorMatcher,
): boolean {
  if (start === 0) return false;
  const given = tokens[start - 1]!;
  const next = tokens[end];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  return (
    isGivenName(given, tokens[start]!) &&
    !CONTEXT_TITLES.has(given.lower) &&
    !CALENDAR_WORDS.has(given.lower) &&
    // "the South Australian Cooper Basin": a point of the compass makes a region's adjective.
    !COMPASS_POINTS.includes(given.lower) &&
    !isCompleteUnit(matcher, given.lower)
  );
}

/** A capitalised proper noun inside the sentence, written like a given name ("Ulrich", not "UN" or "McCain"). */
function isGivenName(given: Token, name: Token): boolean {
  return given.pos === 'PROPN' && !name.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(given.text);
}

/**
 * Whether a capitalised word before a person's surname may be part of that person's name or a title: "Shimon
 * Peres" and "Minister Peres" are Shimon Peres, "Mario Branco Peres" is not.
 */
export function fitsPerson(entry: PersonEntry, given: string): boolean {
  if (CONTEXT_TITLES.has(given)) return true;
  for (const name of [entry.name, ...entry.aliases])
    for (const word of name.split(' ')) if (word.toLowerCase() === given) return true;
  return false;
}

/** A single token that is a dictionary name by itself ("Russian", "Moscow"), not just the start of one ("Michael"). */
function isCompleteUnit(matcher: ActorMatcher, lower: string): boolean {
  return (matcher.root.next.get(lower)?.units ?? []).some((unit) => !unit.surnameOnly);
}

/** "Michael Jordan", "Chad Smith", "Mr Turkey": the name is part of a person's name, not the country. */
function partOfLongerName(
  tokens: readonly Token[],
  start: number,
  end: number,
  sentenceEnd: number,
  matcher: ActorMatcher,
): boolean {
  const previous = tokens[start]!.sentenceStart ? undefined : tokens[start - 1];
  if (previous) {
    if (PERSON_TITLES.has(previous.lower)) return true;
    if (previous.pos === 'PROPN' && isUpper(previous.text) && !isCompleteUnit(matcher, previous.lower))
      return true;
  }
  return capitalisedNeighbour(tokens, end, sentenceEnd, matcher);
}
