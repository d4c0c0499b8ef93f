import type { Phrase, Token } from '../../doc/layers.js';
import { DAY_WORDS } from './verb-groups.js';

/** Pronouns that start a clause rather than name something. */
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'what', 'whatever', 'whoever']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/** Is a token a noun in the plural ("drones", "forces", "jets"), which "its" cannot refer to? */
export function isPluralNoun(token: Token): boolean {
  return token.pos === 'NOUN' && token.lower.endsWith('s') && token.lemma.toLowerCase() !== token.lower;
}

/** Can the token be part of a noun phrase? */
export function isNounPhraseToken(token: Token): boolean {
  switch (token.pos) {
    case 'DET':
      return token.lower !== 'that' && token.lower !== 'which' && token.lower !== 'whose';
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      return true;
    case 'PRON':
      return !RELATIVE_PRONOUNS.has(token.lower) && token.lower !== 'that';
    case 'PART':
      return POSSESSIVE_MARKS.has(token.text);
    case 'SYM':
      return token.text === '%' || token.text === '$' || token.text === '&';
    case 'PUNCT':
      return token.text === '-';
    default:
      return false;
  }
}

/**
 * A noun, a name, a pronoun, a number, or a verb-tagged form the parser let into the phrase as a noun ("Israeli
 * tank shelling", "Ukrainian lawmakers Tuesday").
 */
const isHead = (token: Token) =>
  token.pos === 'NOUN' ||
  token.pos === 'PROPN' ||
  token.pos === 'PRON' ||
  token.pos === 'NUM' ||
  (token.pos === 'VERB' && /(?:ing|[^s]s)$/.test(token.lower));
const isPersonalPronoun = (token: Token) => token.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(token.lower);

/** Words that name a day: after a head noun they date the clause ("signed two cooperation treaties today"). */
const DAY_ADVERBIALS: ReadonlySet<string> = new Set([...DAY_WORDS, 'tomorrow', 'tonight']);

/** Token ranges the parser must keep whole (actor mentions), by their first token. */
export type AtomIndex = ReadonlyMap<number, number>;

/**
 * The noun phrase starting at `start`, or null. It extends over determiners, adjectives, nouns, numbers,
 * possessives and hyphens, keeps actor mentions whole, and ends at a personal pronoun ("it", "them").
 */
export function nounPhraseAt(
  tokens: readonly Token[],
  start: number,
  end: number,
  atoms: AtomIndex,
  adjectival: (i: number) => boolean,
): Phrase | null {
  let i = start;
  let head = -1;
  while (i < end) {
    const atomEnd = atoms.get(i);
    if (atomEnd !== undefined && atomEnd <= end) {
      head = atomEnd - 1;
      i = atomEnd;
      continue;
    }
    const token = tokens[i]!;
    // A hyphenated compound is one modifier whatever its parts' tags: "an all-out invasion", "long-standing".
    const hyphen = tokens[i + 1];
    const after = tokens[i + 2];
    if (
      hyphen &&
      after &&
      i + 2 < end &&
      hyphen.text === '-' &&
      hyphen.start === token.end &&
      after.start === hyphen.end &&
      /^[\p{L}\p{N}]/u.test(token.text) &&
      /^[\p{L}\p{N}]/u.test(after.text)
    ) {
      if (isHead(after)) head = i + 2;
      i += 3;
      continue;
    }
    if (token.pos === 'DET' && i > start && !POSSESSIVE_MARKS.has(tokens[i - 1]!.text)) break;
    // "launch a counteroffensive as early as next month": a comparison after the head is no modifier of it.
    if (token.lower === 'as' && head >= 0) break;
    if (token.text === '-' && (i === start || tokens[i - 1]!.end !== token.start)) break;
    // An adverb inside a noun phrase modifies what follows: "all direct bilateral ties", "highly enriched uranium".
    const adverbInside =
      token.pos === 'ADV' && i > start && (tokens[i + 1]?.pos === 'ADJ' || tokens[i + 1]?.pos === 'NOUN');
    // wink-nlp tags "part" in "a government-held part of" as an adverb: before "of", inside a phrase, it is a noun.
    // … and "east" in "the east of the Gaza Strip" as an adjective.
    if (
      (token.pos === 'ADV' || (token.pos === 'ADJ' && head < 0)) &&
      i > start &&
      tokens[i + 1]?.lower === 'of' &&
      tokens[i + 1]?.pos === 'ADP'
    ) {
      head = i;
      i++;
      continue;
    }
    if (!isNounPhraseToken(token) && !adjectival(i) && !adverbInside) break;
    // "signed two cooperation treaties today", "opens talks with Japanese government officials today": a day word
    // after the head is an adverbial of time, not the phrase's head; "Tuesday's vote" keeps it as a possessor.
    if (head >= 0 && DAY_ADVERBIALS.has(token.lower) && !POSSESSIVE_MARKS.has(tokens[i + 1]?.text ?? ''))
      break;
    if (isHead(token)) head = i;
    i++;
    if (isPersonalPronoun(token)) break;
  }
  if (head < 0) return null;
  // A phrase ends at its last head: "the Russian military ," keeps "military" (ADJ) only when nothing follows.
  const tokenEnd = Math.max(head + 1, trailingAdjectiveEnd(tokens, head + 1, i));
  return { tokenStart: start, tokenEnd, head };
}

function trailingAdjectiveEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = from;
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'ADJ') end = i + 1;
  return end;
}

/** The noun phrase ending at `last` (inclusive), walking left no further than `start`. */
export function nounPhraseEndingAt(
  tokens: readonly Token[],
  last: number,
  start: number,
  atomEnds: ReadonlyMap<number, number>,
  adjectival: (i: number) => boolean,
): Phrase | null {
  let i = last;
  let head = -1;
  let first = -1;
  while (i >= start) {
    const atomStart = atomEnds.get(i + 1);
    if (atomStart !== undefined && atomStart >= start) {
      if (head < 0) head = i;
      first = atomStart;
      i = atomStart - 1;
      continue;
    }
    const token = tokens[i]!;
    if (!isNounPhraseToken(token) && !adjectival(i)) break;
    if (token.text === '-' && (i === last || tokens[i + 1]!.start !== token.end)) break;
    if (head < 0 && isHead(token)) head = i;
    if (head < 0 && token.pos !== 'ADJ') break;
    first = i;
    if (token.pos === 'DET') break;
    if (isPersonalPronoun(token) && i !== last) {
      first = i + 1;
      break;
    }
    i--;
  }
  if (head < 0 || first < 0) return null;
  return { tokenStart: first, tokenEnd: last + 1, head };
}
