import type { PlaceCue, Token } from '../../doc/layers.js';
import {
  CALENDAR_WORDS,
  COMPASS_POINTS,
  DATELINE_DASHES,
  EVENT_NOUNS,
  LOCATIVE_PREPOSITIONS,
  MAX_SKIPPED_MODIFIERS,
  MOTION_WORDS,
  OF_PEOPLE_NOUNS,
  OF_PLACE_NOUNS,
  PLACE_KIND_NOUNS,
  POSSESSIVE_CLITICS,
  SITE_DETERMINERS,
  SITE_NOUNS,
  SKIPPABLE_MODIFIERS,
  STRUCK_ON_NOUNS,
  TITLES_AFTER_PLACE,
} from './locative-cues.js';

/**
 * What makes a name a place here, strongest first:
 * - `dateline`: the wire dateline opening the first body paragraph (`KYIV, Nov 18 (Reuters) -`);
 * - `based`: "Brussels-based";
 * - `comma-country`: "Victoria, Seychelles" (also fixes the country), or "Atlanta, Georgia" (a region: the
 *   name is a place there if it has one);
 * - `locative`: after in, at, near, outside, … ("talks in Geneva", "in the Ukrainian capital Kyiv"), or "on" after
 *   an attack ("drone attacks on Kharkiv"); also "here" in a story with a dateline ("will meet here tomorrow":
 *   the dateline's place, see `isDatelineHere`);
 * - `place-of`: after a kind of place and "of" ("the city of Kharkiv");
 * - `motion`: after "to", "for" or "from" after a word of movement ("travelled to Geneva", "fled from Mariupol"),
 *   or as the object of a visit ("visited Washington", "will visit Tokyo next week");
 * - `list`: after "and" or "or" that follows a place ("in Kyiv and Lviv"), or after a comma that follows a
 *   place when the list goes on ("in Paris, London and Berlin", but not "Portland, Oregon, said"); as strong
 *   as that place;
 * - weaker: `of` ("the outskirts of Kyiv"), `of-people` ("the mayor of Lviv"), `from` ("a delegation from Geneva"), `site` ("its Brussels
 *   headquarters"), `event` ("the Beijing Olympics", "the Paris summit": where the event is held),
 *   `possessive` ("Kyiv's mayor") and `title` ("Kyiv Mayor Vitali Klitschko").
 */
export type { PlaceCue };

export interface PlaceContext {
  readonly cue: PlaceCue;
  /** Strong cues let an ambiguous name through when the article supports it; weak ones never do. */
  readonly strong: boolean;
  /** For `comma-country` (and a dateline such as `VICTORIA, Seychelles -`): the country named after the comma. */
  readonly country?: string;
  /** For `comma-country` and a dateline: the regions the name after the comma may be ("Atlanta, Georgia"). */
  readonly regions?: readonly RegionRef[];
}

/** A region as a qualifier after a comma: its country and ISO 3166-2 code ("USA", "US-GA"). */
export interface RegionRef {
  readonly country: string;
  readonly code: string;
}

/** What the context rules need to know about the Doc, as token-level questions. */
export interface ContextView {
  readonly tokens: readonly Token[];
  /** Token range of the sentence holding the name (half-open). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Index of the first token of the first body paragraph, where a dateline stands; -1 if none. */
  readonly firstBodyToken: number;
  /** True for a demonym ("Ukrainian"), which may stand between a preposition and the name. */
  isDemonym(word: string): boolean;
  /** The country named by the capitalised tokens starting at `token`, with the end of its name, if any. */
  countryNameAt(token: number): { readonly code: string; readonly end: number } | undefined;
  /** The regions named by the capitalised tokens starting at `token`, with the end of their name, if any. */
  regionNameAt(token: number): { readonly regions: readonly RegionRef[]; readonly end: number } | undefined;
  /** The context of an accepted place ending just before `token` (exclusive end), if any. */
  placeEndingAt(token: number): PlaceContext | undefined;
}

/** A candidate name: tokens `[first, end)`; `based` when its token reads "Brussels-based" as one word. */
export interface NameSpan {
  readonly first: number;
  readonly end: number;
  readonly based: boolean;
}

const STRENGTH: Readonly<Record<PlaceCue, boolean>> = {
  dateline: true,
  based: true,
  'comma-country': true,
  locative: true,
  'place-of': true,
  list: true,
  of: false,
  'of-people': false,
  // "travelled to Washington", "fled from Mariupol": movement to or from a name is movement to a place.
  motion: true,
  from: false,
  site: false,
  event: false,
  possessive: false,
  title: false,
  // "captured Kherson", "shelled Kharkiv": what force takes or strikes by name is a place.
  seized: true,
};

/** Verbs of capture and force whose object, when the gazetteer knows it, is a place ("captured Kherson"). */
const FORCE_VERBS = new Set([
  'capture',
  'seize',
  'conquer',
  'storm',
  'overrun',
  'retake',
  'recapture',
  'liberate',
  'occupy',
  'besiege',
  'shell',
  'bomb',
  'bombard',
  'raid',
  'invade',
]);

/**
 * Verbs whose object is where one goes: "visited Washington", "will visit Tokyo next week", "toured Japan" are
 * movement to a place, as "a visit to Washington" is.
 */
const VISIT_VERBS: ReadonlySet<string> = new Set(
  'visit visits visited visiting tour tours toured touring'.split(' '),
);

/** Forms that also qualify a noun: "visiting U.S. officials", "the touring Japanese team". */
const ATTRIBUTIVE_VISIT: ReadonlySet<string> = new Set(['visiting', 'touring']);

/** Words of time that may follow a visited place: "visiting Japan tomorrow". */
const TIME_NOUNS: ReadonlySet<string> = new Set(['today', 'tomorrow', 'tonight', 'yesterday', 'now']);

/**
 * Is the name ending before token `nameEnd`, after a form of visiting, what is visited? It is after "visit",
 * "visited"; after "visiting" or "touring" only when no noun follows it in its sentence, which it would qualify
 * ("visiting U.S. officials", "visiting U.S. Trade Representative Clayton Yeutter"), and when the sentence does
 * not end on it ("…, visiting U.S." cut from "Agriculture Secretary Richard Lyng said" by a sentence split).
 */
function isVisited(view: ContextView, verb: string, nameEnd: number): boolean {
  if (!ATTRIBUTIVE_VISIT.has(verb)) return true;
  if (nameEnd >= view.sentenceEnd) return false;
  const after = view.tokens[nameEnd]!;
  if (TIME_NOUNS.has(after.lower)) return true;
  return after.pos !== 'NOUN' && !(after.pos === 'PROPN' && !CALENDAR_WORDS.has(after.lower));
}

function context(cue: PlaceCue): PlaceContext {
  return { cue, strong: STRENGTH[cue] };
}

/** True when the name opens the first body paragraph and a wire dateline follows it up to its dash. */
function isDateline(view: ContextView, name: NameSpan): boolean {
  if (name.first !== view.firstBodyToken) return false;
  const { tokens } = view;
  const paragraph = tokens[name.first]!.paragraph;
  const next = tokens[name.end];
  if (next === undefined || (next.text !== ',' && next.text !== '(')) return false;
  let marked = false;
  for (let k = name.end; k < Math.min(tokens.length, name.end + 16); k++) {
    const token = tokens[k]!;
    if (token.paragraph !== paragraph) return false;
    // The dateline's dash stands apart ("Nov 18 -"); a hyphen inside a word ("41-year-old") is no dash.
    if (DATELINE_DASHES.has(token.text) && tokens[k - 1]!.end < token.start) return marked;
    if (token.text === '(' || /^\d/.test(token.text) || CALENDAR_WORDS.has(token.lower.replace(/\.$/, ''))) {
      marked = true;
    }
  }
  return false;
}

/** Words after which "here" is where someone came from or left, not where something happens. */
const LEFT_FROM: ReadonlySet<string> = new Set([
  'from',
  'leave',
  'leaves',
  'left',
  'leaving',
  'depart',
  'departs',
  'departed',
  'departing',
]);

/**
 * Is token `k` a "here" that means the dateline's place: "Officials … will meet here tomorrow", "held private
 * talks here yesterday", "a meeting here last Friday" (a wire story is written where its dateline says)? Not in
 * the headline, which has no dateline before it, nor as the sentence's first word ("Here is …"), nor after
 * "from" or a verb of leaving ("left here for Geneva").
 */
export function isDatelineHere(view: ContextView, k: number): boolean {
  const token = view.tokens[k]!;
  if (token.lower !== 'here' || view.firstBodyToken < 0 || k <= view.firstBodyToken) return false;
  if (k === view.sentenceStart) return false;
  const before = view.tokens[k - 1]!;
  return !LEFT_FROM.has(before.lower);
}

/** True for a noun that makes the name before it the place of an event ("the Beijing Olympics"). */
export function isEventNoun(token: Token | undefined): boolean {
  return token !== undefined && EVENT_NOUNS.has(token.lower);
}

function isMotion(token: Token | undefined): boolean {
  return token !== undefined && (MOTION_WORDS.has(token.lower) || MOTION_WORDS.has(token.lemma));
}

/** The cue before the name, skipping modifiers ("in the Ukrainian capital Kyiv"). */
function cueBefore(view: ContextView, first: number, nameEnd: number): PlaceContext | undefined {
  const { tokens, sentenceStart } = view;
  let k = first - 1;
  let skipped = 0;
  while (
    k >= sentenceStart &&
    skipped < MAX_SKIPPED_MODIFIERS &&
    (SKIPPABLE_MODIFIERS.has(tokens[k]!.lower) || view.isDemonym(tokens[k]!.text))
  ) {
    k -= 1;
    skipped += 1;
  }
  if (k < sentenceStart) return undefined;
  const cue = tokens[k]!.lower;
  if (LOCATIVE_PREPOSITIONS.has(cue)) return context('locative');
  if (tokens[k]!.pos === 'VERB' && k === first - 1 && FORCE_VERBS.has(tokens[k]!.lemma.toLowerCase()))
    return context('seized');
  if (VISIT_VERBS.has(cue) && isVisited(view, cue, nameEnd)) return context('motion');
  const before = k - 1 >= sentenceStart ? tokens[k - 1] : undefined;
  if (cue === 'of' && before !== undefined) {
    if (PLACE_KIND_NOUNS.has(before.lower)) return context('place-of');
    if (OF_PEOPLE_NOUNS.has(before.lower)) return context('of-people');
    if (OF_PLACE_NOUNS.has(before.lower)) return context('of');
    return undefined;
  }
  // "launched drone attacks on Kharkiv": what an attack strikes is where it happens, unless the name modifies
  // what is struck ("an attack on a U.S. flag tanker").
  if (cue === 'on' && before !== undefined && STRUCK_ON_NOUNS.has(before.lower)) {
    const after = tokens[nameEnd];
    const modifies =
      after !== undefined &&
      (after.pos === 'NOUN' || (after.pos === 'PROPN' && !CALENDAR_WORDS.has(after.lower)));
    return modifies ? undefined : context('locative');
  }
  if (cue === 'to' || cue === 'for' || cue === 'from') {
    const twoBefore = k - 2 >= sentenceStart ? tokens[k - 2] : undefined;
    if (isMotion(before) || isMotion(twoBefore)) return context('motion');
    return cue === 'from' ? context('from') : undefined;
  }
  return undefined;
}

/**
 * Why the name at `name` is used as a place, or undefined when nothing in its context says so (then it is
 * not a place: "Nice weather", "Jackson said").
 */
/** Words of a part of a country after its possessive: "in Nigeria's Niger state", "in Syria's north". */
const PART_NOUNS: ReadonlySet<string> = new Set([
  ...PLACE_KIND_NOUNS,
  ...COMPASS_POINTS,
  ...['border', 'coast', 'northern', 'southern', 'eastern', 'western', 'central'],
]);

/**
 * Is a name with a possessive the country a place lies in: "abducted 200 schoolchildren in Nigeria's Niger state",
 * "shelling in Ukraine's eastern Donetsk region", "clashes in Syria's north"? A locative preposition before it,
 * and a part of a country within the next few words after it.
 */
export function isLocativePossessive(view: ContextView, name: NameSpan): boolean {
  const { tokens } = view;
  const before = name.first - 1 >= view.sentenceStart ? tokens[name.first - 1] : undefined;
  if (!before || !LOCATIVE_PREPOSITIONS.has(before.lower)) return false;
  for (let i = name.end + 1; i < Math.min(view.sentenceEnd, name.end + 5); i++) {
    const token = tokens[i]!;
    if (PART_NOUNS.has(token.lower)) return true;
    if (token.pos === 'VERB' || token.pos === 'ADP' || token.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * Is the name that ends with `last` the first half of a compound adjective: its hyphen attached to it and a
 * lower-case word after the hyphen ("Saudi-led", "U.S.-flagged", "U.S.- flagged" as Reuters sometimes breaks it)?
 * Only "-based" says where something is.
 */
function isCompoundModifier(last: Token, hyphen: Token | undefined, word: Token | undefined): boolean {
  return (
    hyphen?.text === '-' &&
    hyphen.start === last.end &&
    word !== undefined &&
    /^\p{Ll}/u.test(word.text) &&
    word.lower !== 'based'
  );
}

/**
 * Does the comma at `comma` close a locative phrase that opens the sentence ("In Paris, Britain, Canada, France
 * … agreed")? Then the names after it begin the clause, as its actors; they are no items of the phrase's list
 * ("offices in Tokyo, Hong Kong and Singapore" goes on).
 */
function closesOpeningPhrase(view: ContextView, comma: number): boolean {
  const { tokens, sentenceStart } = view;
  if (!LOCATIVE_PREPOSITIONS.has(tokens[sentenceStart]!.lower) || comma <= sentenceStart + 1) return false;
  for (let k = sentenceStart + 1; k < comma; k++) {
    const token = tokens[k]!;
    if (!/^\p{Lu}/u.test(token.text) && token.text !== '.' && token.text !== '-') return false;
  }
  return true;
}

export function placeContext(view: ContextView, name: NameSpan): PlaceContext | undefined {
  const { tokens } = view;
  const next = name.end < view.sentenceEnd ? tokens[name.end] : undefined;
  const afterNext = name.end + 1 < view.sentenceEnd ? tokens[name.end + 1] : undefined;
  // "Victoria, Seychelles": the country after the comma decides the city, in a dateline too.
  // A country before the comma is an item of a list, not a place the next name qualifies ("Italy, Greece and
  // Denmark supported", "West Germany, France, Britain").
  const afterComma = next?.text === ',' && afterNext !== undefined && !view.countryNameAt(name.first);
  const qualifier = afterComma ? view.countryNameAt(name.end + 1) : undefined;
  // "Atlanta, Georgia", "Portland, Oregon": a region after the comma, which the stage checks against the name.
  const regions = afterComma ? view.regionNameAt(name.end + 1)?.regions : undefined;
  const qualified = (cue: 'dateline' | 'comma-country'): PlaceContext => ({
    cue,
    strong: true,
    ...(qualifier ? { country: qualifier.code } : {}),
    ...(regions ? { regions } : {}),
  });
  // "a Saudi-led coalition", "US-brokered talks", "a U.S.-flagged tanker", "U.S.-related tankers": a name joined
  // by its hyphen to a word is half of a compound adjective, not a place ("Brussels-based" is read below).
  if (isCompoundModifier(tokens[name.end - 1]!, next, afterNext)) return undefined;
  if (isDateline(view, name)) {
    return qualifier || regions ? qualified('dateline') : context('dateline');
  }
  if (
    name.based ||
    (next?.text === '-' && afterNext?.lower === 'based' && next.start === tokens[name.end - 1]!.end)
  ) {
    return context('based');
  }
  if (qualifier !== undefined || regions !== undefined) return qualified('comma-country');
  // A possessive makes the name a modifier, whatever stands before it: "in Kyiv's centre" is a place, but
  // "sources at Seguin's ministry" names a minister.
  if (next !== undefined && POSSESSIVE_CLITICS.has(next.text) && next.start === tokens[name.end - 1]!.end) {
    return context('possessive');
  }
  const before = cueBefore(view, name.first, name.end);
  if (before?.strong) return before;
  const previous = name.first - 1 >= view.sentenceStart ? tokens[name.first - 1] : undefined;
  const listGoesOn =
    next !== undefined &&
    (next.lower === 'and' ||
      next.lower === 'or' ||
      (next.text === ',' &&
        afterNext !== undefined &&
        (/^\p{Lu}/u.test(afterNext.text) || afterNext.lower === 'and' || afterNext.lower === 'or')));
  if (
    previous !== undefined &&
    (previous.lower === 'and' || previous.lower === 'or' || (previous.text === ',' && listGoesOn))
  ) {
    const listedEnd = view.placeEndingAt(name.first - 1) ? name.first - 1 : name.first - 2;
    const listed = view.placeEndingAt(listedEnd);
    if (listed !== undefined && !(previous.text === ',' && closesOpeningPhrase(view, listedEnd)))
      return { cue: 'list', strong: listed.strong };
  }
  const site =
    next !== undefined &&
    SITE_NOUNS.has(next.lower) &&
    previous !== undefined &&
    SITE_DETERMINERS.has(previous.lower);
  // "expelled … from its Brussels headquarters": the site is where it happened, not where someone came from.
  if (before !== undefined && !(before.cue === 'from' && site)) return before;
  if (isEventNoun(next) && previous !== undefined && SITE_DETERMINERS.has(previous.lower))
    return context('event');
  if (site) return context('site');
  // "Kyiv Mayor Vitali Klitschko", "the Istanbul mayor", "detained Istanbul mayor Ekrem Imamoglu" (the holder's
  // name after the title).
  if (
    next !== undefined &&
    TITLES_AFTER_PLACE.has(next.lower) &&
    (/^\p{Lu}/u.test(next.text) ||
      (previous !== undefined && SITE_DETERMINERS.has(previous.lower)) ||
      (afterNext !== undefined && afterNext.pos === 'PROPN' && /^\p{Lu}/u.test(afterNext.text)))
  )
    return context('title');
  return undefined;
}
