import type { Token, VerbGroup } from '../../doc/layers.js';
import { isAccusedOf } from '../tokens/correct-tags.js';

const MODALS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  "'ll",
  'wo',
  'ca',
]);
const NEGATORS = new Set(['not', "n't", 'never', 'no longer']);
const BE_FORMS = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
  'am',
  'get',
  'got',
  'gets',
  'gotten',
]);
/** Particles that may complete a phrasal verb ("call on", "break off"); kept only when the lexicon knows the pair. */
export const PARTICLES = new Set([
  'up',
  'out',
  'off',
  'down',
  'back',
  'on',
  'in',
  'away',
  'over',
  'through',
  'forward',
  'apart',
  'aside',
]);
/** Particles that are rarely prepositions: after a verb they make a phrasal verb. */
const TRUE_PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'apart', 'aside', 'together']);
/** Irregular past participles that do not end in -ed or -en. */
const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'met',
  'sent',
  'led',
  'built',
  'fought',
  'caught',
  'brought',
  'bought',
  'left',
  'lost',
  'made',
  'paid',
  'said',
  'sold',
  'told',
  'found',
  'hit',
  'hurt',
  'cut',
  'put',
  'set',
  'shot',
  'struck',
  'shut',
  'spent',
  'won',
  'kept',
  'felt',
  'dealt',
  'meant',
  'slain',
  'sought',
  'taught',
  'thought',
  'bound',
  'seized',
  'begun',
  'run',
  'done',
  'gone',
  'seen',
  'flown',
  'thrown',
  'blown',
  'drawn',
  'grown',
  'known',
  'shown',
  'sworn',
  'torn',
  'worn',
  'withdrawn',
  'overthrown',
  'upheld',
  'withheld',
  'laid',
  'fed',
  'fled',
  'bled',
  'shed',
  'spread',
  'read',
  'quit',
  'rid',
  'beaten',
  'hidden',
  'ridden',
  'stolen',
  'taken',
  'given',
  'driven',
  'written',
  'spoken',
  'broken',
  'chosen',
  'frozen',
  'woken',
  'forgotten',
]);
/** The lexicon the parser checks verb forms against (verb lemmas of the event patterns and quote cues). */
export interface VerbLexicon {
  /** Known verb lemmas. */
  readonly verbs: ReadonlySet<string>;
  /** Known phrasal verbs, "lemma particle" ("call on", "carry out"). */
  readonly phrasal: ReadonlySet<string>;
}

/** Candidate lemmas of an inflected form, for when wink-nlp's lemma is wrong ("staged" → "stag"). */
export function lemmaCandidates(token: Token): string[] {
  const lower = token.lower;
  const candidates = [token.lemma.toLowerCase(), lower];
  if (lower.endsWith('ied')) candidates.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('ed')) {
    candidates.push(lower.slice(0, -1), lower.slice(0, -2));
    if (/(.)\1ed$/.test(lower)) candidates.push(lower.slice(0, -3));
  }
  if (lower.endsWith('ing')) {
    candidates.push(lower.slice(0, -3), lower.slice(0, -3) + 'e');
    if (/(.)\1ing$/.test(lower)) candidates.push(lower.slice(0, -4));
  }
  if (lower.endsWith('ies')) candidates.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) candidates.push(lower.slice(0, -2));
  if (lower.endsWith('s')) candidates.push(lower.slice(0, -1));
  return candidates;
}

/** The verb lemma of a token: wink-nlp's, unless only another candidate is in the lexicon. */
export function verbLemma(token: Token, lexicon: VerbLexicon): string {
  const candidates = lemmaCandidates(token);
  return candidates.find((candidate) => lexicon.verbs.has(candidate)) ?? candidates[0]!;
}

export function isParticiple(token: Token): boolean {
  const lower = token.lower;
  return /(?:ed|en|wn)$/.test(lower) || IRREGULAR_PARTICIPLES.has(lower);
}

const isVerbLike = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';

/** Verbs of effort whose preposition takes a gerund: "work on strengthening ties", "focus on rebuilding trust". */
export const EFFORT_VERBS: ReadonlySet<string> = new Set([
  'work',
  'focus',
  'concentrate',
  'cooperate',
  'collaborate',
]);
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'toward', 'towards']);

/** Particles after which a verb's -ing complement follows: "ruled out sending", "gave up selling", "put off signing". */
const GERUND_PARTICLES = new Set(['out', 'up', 'off']);

/**
 * A verb-tagged word that modifies a noun is an adjective: "exiled dissidents", "a government-held part",
 * "Qaeda-linked rebels", "the wounded".
 */
export function isAdjectivalVerb(tokens: readonly Token[], i: number, start: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'VERB') return false;
  const previous = i > start ? tokens[i - 1] : undefined;
  const next = tokens[i + 1];
  // "Qaeda-linked rebels", not "North Korea test-fired missiles" (see correctTestVerbs).
  if (previous?.text === '-' && previous.end === token.start) return !token.lemma.startsWith('test-');
  const nounFollows =
    !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && next.text !== '-';
  if (!nounFollows) return false;
  if (!isParticiple(token) && !token.lower.endsWith('ing')) return false;
  // "exiled leaders" after a verb, a number or at the start: a past participle before a noun modifies it.
  // After a noun or pronoun it is the verb of a clause ("Russia exiled dissidents"); an -ing form is an
  // adjective only after a determiner, adjective, preposition or possessive ("a deadly attack", "by
  // promoting biofuels" keeps its verb).
  if (!previous) return isParticiple(token) && next!.pos === 'NOUN';
  if (
    previous.pos === 'DET' ||
    previous.pos === 'ADJ' ||
    (previous.pos === 'PRON' && /^(his|her|its|their|our|my|your|whose)$/.test(previous.lower))
  ) {
    return true;
  }
  if (previous.pos === 'ADP' && previous.lower !== 'to') {
    // "prepared to work on strengthening confidence-building measures", "focus on rebuilding trust": after a
    // verb of joint effort and its preposition, an -ing form before a noun is a gerund with its object.
    const governor = tokens[i - 2];
    if (
      !isParticiple(token) &&
      GERUND_PREPOSITIONS.has(previous.lower) &&
      governor?.pos === 'VERB' &&
      EFFORT_VERBS.has(governor.lemma.toLowerCase())
    )
      return false;
    // "ruled out sending troops", "gave up selling arms": after a verb's particle, an -ing form is a gerund.
    if (!isParticiple(token) && GERUND_PARTICLES.has(previous.lower) && governor?.pos === 'VERB')
      return false;
    // "accused Moscow of shelling civilians": an accusation's "of" takes an act.
    if (!isParticiple(token) && isAccusedOf(tokens, i - 1)) return false;
    return isParticiple(token) || next!.pos === 'NOUN';
  }
  if (isCompoundIngModifier(tokens, i)) return true;
  if (isSecondObjectModifier(tokens, i, start)) return true;
  // "use frozen Russian assets": a name or an adjective may stand between the participle and its noun.
  const after = tokens[i + 2];
  const nounAhead =
    next!.pos === 'NOUN' || ((next!.pos === 'PROPN' || next!.pos === 'ADJ') && after?.pos === 'NOUN');
  return isParticiple(token) && nounAhead && (previous.pos === 'NUM' || previous.pos === 'VERB');
}

/** Verbs that take two objects, the receiver first and the thing given second: "offer the Soviets wheat". */
const DOUBLE_OBJECT_VERBS = new Set([
  'offer',
  'give',
  'sell',
  'grant',
  'send',
  'ship',
  'supply',
  'lend',
  'promise',
]);

/**
 * "offering the Soviets subsidized wheat", "offer India subsidized vegetable oil": after the receiver of a verb
 * with two objects, a past participle before a noun opens the second object; read as a verb it made the receiver
 * the subsidiser (SUN 071). The receiver is a short name or noun phrase right after the verb.
 */
function isSecondObjectModifier(tokens: readonly Token[], i: number, start: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!isParticiple(token) || token.lower.endsWith('ing') || !next) return false;
  const nounAhead =
    next.pos === 'NOUN' || ((next.pos === 'PROPN' || next.pos === 'ADJ') && after?.pos === 'NOUN');
  if (!nounAhead) return false;
  let j = i - 1;
  if (j < start || (tokens[j]!.pos !== 'PROPN' && tokens[j]!.pos !== 'NOUN')) return false;
  // "their request that the administration offer subsidized wheat to Moscow": the tagger makes the subjunctive
  // verb a noun, and the participle after it is the thing offered all the same.
  if (DOUBLE_OBJECT_VERBS.has(tokens[j]!.lower)) return true;
  while (j > start && i - j <= 4 && ['PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[j - 1]!.pos)) j--;
  const verb = tokens[j - 1];
  if (j - 1 < start || !verb || verb.pos !== 'VERB') return false;
  return lemmaCandidates(verb).some((candidate) => DOUBLE_OBJECT_VERBS.has(candidate));
}

/**
 * Heads of a body or a standing that an -ing form names the purpose of: "U.S. negotiating authority",
 * "Argentina's debt negotiating team", "the trade negotiating round", "its bargaining position".
 */
const ING_COMPOUND_HEADS = new Set([
  'authority',
  'team',
  'round',
  'position',
  'table',
  'committee',
  'session',
  'mandate',
  'power',
  'powers',
  'stance',
  'strategy',
  'partner',
  'partners',
  'body',
  'group',
]);

/**
 * "U.S. negotiating authority": after a noun or a name, an -ing form before one of these heads, which ends its
 * noun phrase, modifies it; "companies selling cars" keeps its verb.
 */
function isCompoundIngModifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!token.lower.endsWith('ing') || !previous || !next || next.sentenceStart) return false;
  if (previous.pos !== 'NOUN' && previous.pos !== 'PROPN') return false;
  if (!ING_COMPOUND_HEADS.has(next.lower)) return false;
  const after = tokens[i + 2];
  return !after || after.sentenceStart || !['NOUN', 'PROPN', 'NUM', 'DET'].includes(after.pos);
}

/**
 * "Russia's shelling of Ukrainian towns", "the torture of detainees": a verb form after a possessive or an article
 * names the act; so does an -ing form that ends a noun phrase opened by a preposition and takes no object of its
 * own ("killed in Israeli tank shelling in the east", "wounded in Russian shelling.").
 */
export function isNominalVerb(tokens: readonly Token[], i: number, start: number): boolean {
  const token = tokens[i]!;
  const previous = i > start ? tokens[i - 1] : undefined;
  if (token.pos !== 'VERB' || !previous) return false;
  return (
    POSSESSIVE_MARKS.has(previous.text) ||
    (previous.pos === 'DET' && /^(the|a|an|this|that|its|their)$/.test(previous.lower)) ||
    isPrepositionalIngNoun(tokens, i, start) ||
    isMistaggedPluralNoun(tokens, i, start, tokens.length) ||
    isModifiedNoun(tokens, i, start) ||
    isBareFormAfterPreposition(tokens, i, start)
  );
}

/**
 * Prepositions that a bare verb form never follows: only "to" (an infinitive), "than" and "but" ("rather than
 * wait", "cannot but agree") take one.
 */
const NOUN_PREPOSITIONS = new Set([
  'for',
  'of',
  'in',
  'on',
  'with',
  'without',
  'from',
  'by',
  'at',
  'about',
  'against',
  'into',
  'over',
  'under',
  'through',
  'toward',
  'towards',
]);

/**
 * "Brazil has resisted going to the IMF for help", "to trade U.S. arms with Iran for help in freeing American
 * hostages": a bare verb-tagged word right after a preposition, with no noun after it, is a noun; the tagger reads
 * "help" there as a verb. So is an -s form there, whatever follows ("in hopes Iran would be reluctant", "with
 * offers unchanged at 330 dlrs").
 */
function isBareFormAfterPreposition(tokens: readonly Token[], i: number, start: number): boolean {
  const token = tokens[i]!;
  if (/(?:ing|ed)$/.test(token.lower)) return false;
  const previous = i > start ? tokens[i - 1] : undefined;
  if (!previous || !NOUN_PREPOSITIONS.has(previous.lower)) return false;
  // "in hopes Iran would be reluctant to launch": a verb's -s form has no subject after a preposition.
  if (token.lower !== token.lemma.toLowerCase()) return /[^s]s$/.test(token.lower);
  // "calls on Takeshita for prompt action": a word before a noun may be its adjective; leave it to the tagger.
  const next = tokens[i + 1];
  return !next || next.sentenceStart || AFTER_ING_NOUN.has(next.pos);
}

/**
 * Possessives that open a noun phrase: "its wartime conduct". Not "the": "the statement read:", "if the talks
 * fail" end in verbs.
 */
const PHRASE_OPENERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * "apologised to South Korea for its wartime conduct": a verb-tagged word after a possessive and its modifiers,
 * with nothing after it that an object could start with, heads the noun phrase.
 */
function isModifiedNoun(tokens: readonly Token[], i: number, start: number): boolean {
  const token = tokens[i]!;
  // Only a bare form: "…, the agency said." ends in a verb of its own.
  if (token.lower !== token.lemma.toLowerCase() || /(?:ing|ed)$/.test(token.lower)) return false;
  const next = tokens[i + 1];
  if (next && !next.sentenceStart && !AFTER_ING_NOUN.has(next.pos)) return false;
  // "if their talks fail": a plural noun before a bare form is its subject.
  const previous = tokens[i - 1]!;
  if (previous.pos === 'NOUN' && previous.lower !== previous.lemma.toLowerCase()) return false;
  let j = i - 1;
  while (j >= start && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ')) j--;
  return j < i - 1 && j >= start && PHRASE_OPENERS.has(tokens[j]!.lower);
}

/** Words that may close a prepositional noun phrase after an -ing noun: nothing that could be its object. */
const AFTER_ING_NOUN = new Set(['ADP', 'PUNCT', 'CCONJ', 'SCONJ']);

function isPrepositionalIngNoun(tokens: readonly Token[], i: number, start: number): boolean {
  const token = tokens[i]!;
  if (!token.lower.endsWith('ing')) return false;
  const next = tokens[i + 1];
  if (next && !AFTER_ING_NOUN.has(next.pos)) return false;
  // Walk left over the noun phrase's modifiers ("Israeli tank"); a preposition (not "by", which takes a
  // gerund: "by promoting biofuels") must open it, and at least one modifier must stand between.
  let j = i - 1;
  while (j >= start && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'ADJ'))
    j--;
  if (j === i - 1 || j < start) return false;
  const opener = tokens[j]!;
  return opener.pos === 'ADP' && opener.lower !== 'by' && opener.lower !== 'of';
}

/**
 * Wink-nlp tags some verbs after a modal as adjectives or nouns ("would free over 150 prisoners", "will
 * open"): a known verb right after a modal or infinitive "to", followed by an object or particle, is a verb.
 */
function isMistaggedVerb(tokens: readonly Token[], i: number, lexicon: VerbLexicon): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return false;
  const previous = tokens[i - 1];
  if (!previous) return false;
  if (MODALS.has(previous.lower) || (previous.lower === 'to' && previous.pos === 'PART'))
    return lexicon.verbs.has(token.lower);
  return isMistaggedPresent(tokens, i, lexicon);
}

/** Determiners and possessives that open the object of a present-tense verb: "halts its expansion". */
const OBJECT_OPENERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an']);

/**
 * "provided that the alliance halts its expansion": wink-nlp tags some present-tense verbs that are also plural
 * nouns as nouns. A noun-tagged -s word right after a noun, with a known verb as its stem and a determiner or
 * possessive after it, is the verb of its clause.
 */
function isMistaggedPresent(tokens: readonly Token[], i: number, lexicon: VerbLexicon): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1]!;
  const next = tokens[i + 1];
  if (token.pos !== 'NOUN' || !/[a-z]s$/.test(token.lower) || token.lower.endsWith('ss')) return false;
  if (previous.pos !== 'NOUN' && previous.pos !== 'PROPN') return false;
  if (!next || next.sentenceStart || !OBJECT_OPENERS.has(next.lower)) return false;
  const stem =
    token.lower.endsWith('es') && lexicon.verbs.has(token.lower.slice(0, -2))
      ? token.lower.slice(0, -2)
      : token.lower.slice(0, -1);
  return lexicon.verbs.has(stem);
}

const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/** "is being pressured", "has been pressured": wink-nlp tags some participles after "being"/"been" as adjectives. */
function isPassiveAfterBeing(tokens: readonly Token[], i: number, head: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'ADJ' || head < 0 || head !== i - 1) return false;
  const auxiliary = tokens[head]!.lower;
  return (auxiliary === 'being' || auxiliary === 'been') && /[a-z]ed$/.test(token.lower);
}

/** Words that name a day, which may date a clause between its subject and its verb. */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
]);

/**
 * "Ukrainian lawmakers Tuesday endorsed …": wink-nlp tags some plural nouns as verbs. A verb-tagged plural after a
 * modifier, followed by a day word and then a verb, is the subject's noun.
 */
function isMistaggedPluralNoun(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'VERB' || !/[^s]s$/.test(token.lower) || i <= start) return false;
  const previous = tokens[i - 1]!;
  if (isPluralAfterHave(tokens, i, end)) return true;
  if (previous.pos !== 'ADJ' && previous.pos !== 'PROPN' && previous.pos !== 'DET') return false;
  const day = tokens[i + 1];
  const verb = tokens[i + 2];
  return (
    i + 2 < end && !!day && DAY_WORDS.has(day.lower) && !!verb && (verb.pos === 'VERB' || verb.pos === 'AUX')
  );
}

/** Forms of "have" that a perfect's participle follows. */
const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);

/**
 * "Some 21 Japanese banks have loans outstanding to Nigeria": a perfect takes a past participle, never an -s
 * form, so a verb-tagged plural right after "have" with an adjective or a preposition after it is the object
 * noun ("loans"), not a verb ("has loans" is no act of lending).
 */
function isPluralAfterHave(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    token.pos === 'VERB' &&
    /[^s]s$/.test(token.lower) &&
    !!previous &&
    HAVE_FORMS.has(previous.lower) &&
    i + 1 < end &&
    !!next &&
    !next.sentenceStart &&
    (next.pos === 'ADJ' || next.pos === 'ADP')
  );
}

/** Past tenses that do not end in -ed. */
const IRREGULAR_PAST = new Set([
  'shot',
  'struck',
  'took',
  'gave',
  'fled',
  'froze',
  'drove',
  'won',
  'beat',
  'bit',
  'broke',
  'chose',
  'drew',
  'fell',
  'flew',
  'forbade',
  'forgave',
  'got',
  'grew',
  'hid',
  'rode',
  'rose',
  'sank',
  'sought',
  'spoke',
  'stole',
  'swore',
  'threw',
  'tore',
  'woke',
  'wrote',
  'overthrew',
  'withdrew',
  'upheld',
  'withheld',
]);

/** Is the word a past form: "pledged", "sought", "struck" (not "agreed", "freed": -eed is no ending)? */
export function isPastForm(token: Token): boolean {
  const lower = token.lower;
  return (/[a-z]ed$/.test(lower) && !lower.endsWith('eed')) || IRREGULAR_PAST.has(lower);
}

/**
 * A sentence in which wink-nlp found no verb ("Ukraine shot down a Russian helicopter", "Russian guards
 * tortured Ukrainian prisoners": the light model tags the verb as a noun): the first past-tense word after
 * a noun or name whose lemma is a known verb is the verb.
 */
function missedVerb(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicon: VerbLexicon,
): VerbGroup | null {
  for (let i = start + 1; i < end; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') continue;
    // An adverb may stand between the subject and the verb: "Venezuela allegedly armed the rebels".
    const before = tokens[i - 1]!.pos === 'ADV' && i - 2 >= start ? i - 2 : i - 1;
    const previous = tokens[before]!;
    if (previous.pos !== 'NOUN' && previous.pos !== 'PROPN' && previous.pos !== 'PRON') continue;
    const past = isPastForm(token) || IRREGULAR_PARTICIPLES.has(token.lower);
    const lemma = past ? lemmaCandidates(token).find((candidate) => lexicon.verbs.has(candidate)) : undefined;
    if (!lemma) continue;
    let tokenEnd = i + 1;
    let particle: string | null = null;
    const next = tokens[tokenEnd];
    if (next && PARTICLES.has(next.lower) && lexicon.phrasal.has(`${lemma} ${next.lower}`)) {
      particle = next.lower;
      tokenEnd++;
    }
    return {
      tokenStart: i,
      tokenEnd,
      head: i,
      lemma,
      particle,
      passive: false,
      negated: false,
      modal: null,
      infinitive: false,
      participle: false,
    };
  }
  return null;
}

/** Verb groups of tokens `[start, end)`, left to right. */
export function findVerbGroups(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicon: VerbLexicon,
): VerbGroup[] {
  const groups: VerbGroup[] = [];
  if (!tokens.slice(start, end).some((token) => token.pos === 'VERB' || token.pos === 'AUX')) {
    const rescued = missedVerb(tokens, start, end, lexicon);
    if (rescued) return [rescued];
  }
  let i = start;
  while (i < end) {
    const token = tokens[i]!;
    const opens =
      (isVerbLike(token) &&
        !isAdjectivalVerb(tokens, i, start) &&
        !isNominalVerb(tokens, i, start) &&
        !isMistaggedPluralNoun(tokens, i, start, end)) ||
      isMistaggedVerb(tokens, i, lexicon) ||
      (token.lower === 'to' &&
        token.pos === 'PART' &&
        i + 1 < end &&
        (isVerbLike(tokens[i + 1]!) || isMistaggedVerb(tokens, i + 1, lexicon))) ||
      negatesInfinitive(tokens, i, end);
    if (!opens) {
      i++;
      continue;
    }
    const group = readGroup(tokens, i, end, lexicon);
    groups.push(group);
    i = Math.max(group.tokenEnd, i + 1);
  }
  return groups;
}

/**
 * Phrases before a verb group that deny it as "not" does: "the Bundesbank in no way abandoned its policy", "has by
 * no means given up".
 */
const DENYING_PHRASES: readonly (readonly string[])[] = [
  ['in', 'no', 'way'],
  ['by', 'no', 'means'],
];

/** Does a denying phrase ("in no way") end right before the group at `from`, or after its first auxiliary? */
function deniedByPhrase(tokens: readonly Token[], from: number): boolean {
  for (const start of [from, from + 1]) {
    for (const phrase of DENYING_PHRASES) {
      const first = start - phrase.length;
      if (first < 0) continue;
      if (phrase.every((word, k) => tokens[first + k]!.lower === word)) return true;
    }
  }
  return false;
}

/**
 * Does a "not" or "never" stand right before the -ing form that opens the group at `from`: "approved a bill
 * requiring the administration to report to Congress but not restricting its actions", "accused of not
 * attacking"; or a "never" before any verb that opens it ("Iran never violated the deal")? A group opens at its
 * first verb-like word, so this "not" is left outside it.
 */
function negatesIngForm(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from]!;
  const before = tokens[from - 1];
  if (!before || first.pos !== 'VERB') return false;
  // "Iran never violated the deal": "never" negates a verb of any form, with no auxiliary before it.
  if (before.lower === 'never') return true;
  return before.lower === 'not' && /[a-z]ing$/.test(first.lower);
}

/** Is token `i` a "not" before an infinitive ("agreed not to buy")? */
function negatesInfinitive(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  return (
    (tokens[i]!.lower === 'not' || tokens[i]!.lower === 'never') &&
    next?.lower === 'to' &&
    next.pos === 'PART' &&
    i + 2 < end &&
    isVerbLike(tokens[i + 2]!)
  );
}

function readGroup(tokens: readonly Token[], from: number, end: number, lexicon: VerbLexicon): VerbGroup {
  let i = from;
  let infinitive = false;
  let modal: string | null = null;
  let negated = false;
  let sawBe = false;
  let head = -1;
  // The perfect's "have" read as a verb, when it is: the head moves on to the participle after it.
  let perfect = -1;
  if (tokens[i]!.lower === 'to') {
    infinitive = true;
    i++;
  }
  for (; i < end; i++) {
    const token = tokens[i]!;
    const lower = token.lower;
    // "not to buy": the infinitive of a group opened by its negator.
    if (lower === 'to' && negated && head < 0 && !infinitive && i === from + 1) {
      infinitive = true;
      continue;
    }
    if (NEGATORS.has(lower) || (lower === 'no' && tokens[i + 1]?.lower === 'longer')) {
      // "agreed not to buy", "asked not to be identified": the "not" denies the infinitive, not the verb before it.
      if (negatesInfinitive(tokens, i, end) && head >= 0 && tokens[head]!.pos === 'VERB') break;
      negated = true;
      if (lower === 'no') i++;
      continue;
    }
    if (
      token.pos === 'ADV' &&
      head < 0 &&
      i + 1 < end &&
      (isVerbLike(tokens[i + 1]!) || NEGATORS.has(tokens[i + 1]!.lower) || tokens[i + 1]!.pos === 'ADV')
    ) {
      continue;
    }
    // "has also visited", "has also recently visited", "had test-fired" (see correctTestVerbs): adverbs between an
    // auxiliary and its verb.
    if (
      token.pos === 'ADV' &&
      head >= 0 &&
      i + 1 < end &&
      (tokens[i + 1]!.pos === 'VERB' ||
        (tokens[i + 1]!.pos === 'ADV' && tokens[i + 2]?.pos === 'VERB' && i + 2 < end)) &&
      tokens[head]!.pos === 'AUX'
    )
      continue;
    if (token.pos === 'AUX' || (isMistaggedVerb(tokens, i, lexicon) && head < 0)) {
      if (MODALS.has(lower))
        modal ??= lower === "'ll" || lower === 'wo' ? 'will' : lower === 'ca' ? 'can' : lower;
      if (BE_FORMS.has(lower) || token.lemma === 'be') sawBe = true;
      // "have to", "going to", "about to" behave as modals: "would have to proceed".
      const next = tokens[i + 1];
      if (
        next?.lower === 'to' &&
        (token.lemma === 'have' || lower === 'going' || lower === 'about') &&
        isVerbLike(tokens[i + 2] ?? token)
      ) {
        modal ??= lower === 'going' ? 'going to' : lower === 'about' ? 'about to' : 'have to';
        head = i;
        i++;
        continue;
      }
      if (token.pos === 'AUX') {
        head = i;
        continue;
      }
    }
    // "have loans outstanding to Nigeria": the plural is the object of "have", not its participle.
    if (head >= 0 && isPluralAfterHave(tokens, i, end)) break;
    // "to have attacked", "having bombed": the tagger reads the perfect's "have" as a full verb; it is the
    // auxiliary of the participle after it.
    if (
      head < 0 &&
      token.pos === 'VERB' &&
      (lower === 'have' || lower === 'having') &&
      tokens[i + 1]?.pos === 'VERB' &&
      i + 1 < end &&
      isParticiple(tokens[i + 1]!)
    ) {
      perfect = i;
      head = i;
      continue;
    }
    // "is going to press for", "he's going to hammer Germany": the tagger reads "going" as a verb; after "be" and
    // before "to" and a verb it is the future, like the auxiliary reading below.
    if (
      lower === 'going' &&
      sawBe &&
      tokens[i + 1]?.lower === 'to' &&
      i + 2 < end &&
      tokens[i + 2]!.pos === 'VERB'
    ) {
      modal ??= 'going to';
      i++;
      continue;
    }
    if (token.pos === 'VERB' || isMistaggedVerb(tokens, i, lexicon) || isPassiveAfterBeing(tokens, i, head)) {
      if (head >= 0 && tokens[head]!.pos === 'VERB' && head !== perfect) break;
      head = i;
      continue;
    }
    if (lower === 'going' && tokens[i + 1]?.lower === 'to') {
      modal ??= 'going to';
      i++;
      continue;
    }
    break;
  }
  if (head < 0) head = Math.min(from + (infinitive ? 1 : 0), end - 1);
  let tokenEnd = head + 1;
  const headToken = tokens[head]!;
  const lemma = headToken.pos === 'AUX' ? headToken.lemma.toLowerCase() : verbLemma(headToken, lexicon);
  let particle: string | null = null;
  const next = tokens[tokenEnd];
  if (next && PARTICLES.has(next.lower) && lexicon.phrasal.has(`${lemma} ${next.lower}`)) {
    particle = next.lower;
    tokenEnd++;
  } else if (next && TRUE_PARTICLES.has(next.lower) && next.pos !== 'NOUN') {
    // An unknown phrasal verb ("whip up propaganda") is not its bare verb ("whip"): keep the particle so
    // that no pattern of the bare verb fits.
    particle = next.lower;
    tokenEnd++;
  }
  const passive =
    sawBe &&
    (headToken.pos === 'VERB' || isPassiveAfterBeing(tokens, head, head - 1)) &&
    isParticiple(headToken) &&
    // "were badly hurt", "was hit": a participle spelled like its lemma is one after "be" all the same; "has been
    // informed", tagged an adjective, has the verb's lemma only in the group.
    (headToken.lower !== headToken.lemma ||
      headToken.lower !== lemma ||
      IRREGULAR_PARTICIPLES.has(headToken.lower));
  const participle =
    !infinitive &&
    ((headToken.lower.endsWith('ing') && head === from) ||
      (perfect === from && tokens[from]!.lower === 'having'));
  return {
    tokenStart: from,
    tokenEnd,
    head,
    lemma,
    particle,
    passive,
    negated: negated || deniedByPhrase(tokens, from) || negatesIngForm(tokens, from),
    modal,
    infinitive,
    participle,
  };
}

/**
 * A verb group as one object literal, field by field, for the groups the clauses stage changes after the fact
 * ("was held" found passive, "should Moscow refuse" merged). A spread copy (`{ ...verb, passive: true }`) gets
 * a hidden class of its own; with six classes for one kind of object, the functions that read clauses' verbs
 * (the sense constraints of every pattern match) were deoptimised and recompiled again and again.
 */
export function verbGroup(verb: VerbGroup): VerbGroup {
  return {
    tokenStart: verb.tokenStart,
    tokenEnd: verb.tokenEnd,
    head: verb.head,
    lemma: verb.lemma,
    particle: verb.particle,
    passive: verb.passive,
    negated: verb.negated,
    modal: verb.modal,
    infinitive: verb.infinitive,
    participle: verb.participle,
  };
}
