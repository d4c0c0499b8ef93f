import type { Pos, Token } from '../../doc/layers.js';
import { COMPASS_POINTS } from '../places/locative-cues.js';

/** A token while the tokens stage builds it: POS, lemma and sentence start may still be corrected. */
export type DraftToken = { -readonly [K in keyof Token]: Token[K] };

/** Words after which the next content word is a bare verb ("will shutter", "to expel", "didn't suspend"). */
const VERB_LICENSORS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'to',
  'not',
  "n't",
  'did',
  'does',
  'do',
]);

/** Particles of phrasal verbs that may follow a verb in a clause with no object ("cracks down", "backs off"). */
const CLAUSE_PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'in']);

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/** What may follow a transitive verb: an object phrase starts with one of these. */
const OBJECT_STARTS = new Set<Pos>(['DET', 'PRON', 'PROPN', 'NUM', 'ADJ', 'NOUN']);

/**
 * Corrects the tagging slips of wink-nlp's light model that matter to event coding. The model tags some
 * verbs as nouns when they follow a modal or "to", above all inside scare quotes ("did not 'shutter' its
 * offices", "will shutter its offices"): a noun right after a verb licensor and before an object phrase is
 * a verb. "to" is a licensor only when it is wink's PART (infinitive), not ADP ("to the talks").
 */
/** Words that only ever open a clause: wink-nlp sometimes tags them as prepositions ("unless Vilnius …"). */
const SUBORDINATORS = new Set(['unless', 'if', 'whether', 'although', 'though', 'because', 'whereas']);

/**
 * "unless Vilnius changes course": after a subordinator and a proper name or pronoun, a noun-tagged word in
 * -s before an object is the clause's verb.
 */
function correctClauseVerbs(tokens: DraftToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (SUBORDINATORS.has(token.lower) && token.pos === 'ADP') token.pos = 'SCONJ';
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' || !/[a-z]s$/.test(token.lower) || token.lower.endsWith('ss')) continue;
    const subject = tokens[i - 1]!;
    const opener = tokens[i - 2];
    const next = tokens[i + 1]!;
    // "Poland plans to expel …" at a sentence's start, "unless Vilnius changes course" after a subordinator.
    const opens =
      subject.sentenceStart ||
      !opener ||
      opener.pos === 'SCONJ' ||
      opener.lower === 'that' ||
      opener.text === ',';
    // After a subordinator a particle or the clause's end follows as well: "if Pakistan cracks down on
    // militants", "unless Moscow backs down,", "if Tehran complies."
    const continues =
      OBJECT_STARTS.has(next.pos) ||
      (next.lower === 'to' && tokens[i + 2]?.pos === 'VERB') ||
      (opener?.pos === 'SCONJ' &&
        (CLAUSE_PARTICLES.has(next.lower) || next.text === ',' || next.text === '.'));
    if (
      (subject.pos === 'PROPN' || subject.pos === 'PRON') &&
      opens &&
      continues &&
      (next.pos !== 'NOUN' || opener?.pos === 'SCONJ')
    ) {
      token.pos = 'VERB';
    }
  }
  // "Poland demanded that Russia return the wreckage": after a verb of demand, "that" and a name, a base form before
  // an object is the subjunctive verb of what is demanded.
  for (let i = 3; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' || token.lower !== token.lemma.toLowerCase() || !/^[a-z]+$/.test(token.lower))
      continue;
    const subject = tokens[i - 1]!;
    const demand = tokens[i - 3]!;
    if (subject.pos !== 'PROPN' || tokens[i - 2]!.lower !== 'that') continue;
    if (demand.pos !== 'VERB' || !MANDATIVE_VERBS.has(demand.lemma.toLowerCase())) continue;
    // Not a noun of a name's phrase: "demanded that U.S. trade officials …".
    const next = tokens[i + 1]!.pos;
    if (next === 'DET' || next === 'PRON' || next === 'NUM') token.pos = 'VERB';
  }
}

/** Verbs whose "that" clause is in the subjunctive: "demanded that Russia return …". */
const MANDATIVE_VERBS = new Set([
  'demand',
  'insist',
  'ask',
  'urge',
  'request',
  'require',
  'propose',
  'recommend',
]);

/**
 * "the shootings in Charleston": wink-nlp tags some place names as verbs. A capitalised word inside a
 * sentence right after a preposition is a name; "to" is left alone ("agreed To Cut" in title-case headlines).
 */
function correctNamesAfterPrepositions(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (token.pos !== 'VERB' || token.sentenceStart || token.kind !== 'word') continue;
    if (previous.pos !== 'ADP' || previous.lower === 'to') continue;
    if (!/^[A-Z][a-z]+$/.test(token.text)) continue;
    token.pos = 'PROPN';
    token.lemma = token.lower;
  }
}

/** Prepositions that take a gerund with its object: "accused of bombing a hospital", "by closing the border". */
const GERUND_TAKERS = new Set(['of', 'for', 'by', 'from', 'against', 'without', 'after', 'before', 'over']);
/** Forms of "be" before a progressive: "is arming", "were shelling". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"]);
/** Words that open an object: an article, a possessive, a name or a number. */
const GERUND_OBJECT_STARTS = new Set<Pos>(['DET', 'PROPN', 'NUM']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * "has been accused of bombing a hospital": wink-nlp tags some -ing forms after a preposition as nouns; one
 * followed by an article, a possessive, a name or a number is a gerund taking its object ("the bombing of" and
 * "after the bombing the army said" keep their noun, as no preposition stands right before).
 */
/** Verbs that accuse someone of an act: "accused Thailand of firing artillery". */
const ACCUSING_LEMMAS = new Set([
  'accuse',
  'charge',
  'blame',
  'suspect',
  'condemn',
  'criticise',
  'criticize',
  'denounce',
]);

/**
 * Is the preposition at `at` the "of", "for" or "with" of an accusation ("accused Moscow of shelling civilians",
 * "blamed Iran for stealing aid")? Its -ing word is an act even before a bare noun, which elsewhere is often a
 * compound ("the cost of shipping rates").
 */
export function isAccusedOf(tokens: readonly Token[], at: number): boolean {
  const preposition = tokens[at]!.lower;
  if (preposition !== 'of' && preposition !== 'for' && preposition !== 'with') return false;
  for (let j = at - 1; j >= 0 && j >= at - 5; j--) {
    const token = tokens[j]!;
    if (token.text === ',' || token.text === '.' || token.sentenceStart) return false;
    if (token.pos === 'VERB' && ACCUSING_LEMMAS.has(token.lemma)) return true;
  }
  return false;
}

function correctGerunds(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' || !/[a-z]{3}ing$/.test(token.lower) || token.sentenceStart) continue;
    const previous = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    // After a preposition ("accused of bombing a hospital") or a form of "be" ("Iran is arming Russia").
    const takes =
      (previous.pos === 'ADP' && GERUND_TAKERS.has(previous.lower)) || BE_FORMS.has(previous.lower);
    if (!takes || next.sentenceStart) continue;
    if (
      !GERUND_OBJECT_STARTS.has(next.pos) &&
      !POSSESSIVE_PRONOUNS.has(next.lower) &&
      !(isAccusedOf(tokens, i - 1) && (next.pos === 'NOUN' || next.pos === 'ADJ'))
    )
      continue;
    token.pos = 'VERB';
  }
}

/** Verbs of going on with an act, whose -ing complement is a verb: "kept attacking ships", "continued shelling". */
const CONTINUING_LEMMAS = new Set(['keep', 'continue', 'resume']);

/**
 * "vowed to keep attacking ships linked to Israel": wink-nlp tags some -ing forms after "keep" or "continue" as
 * adjectives or nouns of the following noun; right after a verb of going on, an -ing form is its complement verb.
 */
function correctContinuedGerunds(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || !/[a-z]{3}ing$/.test(token.lower)) continue;
    const previous = tokens[i - 1]!;
    if (previous.pos === 'VERB' && CONTINUING_LEMMAS.has(previous.lemma) && !token.sentenceStart)
      token.pos = 'VERB';
  }
}

/**
 * "conducted live-fire drills near Taiwan": wink-nlp splits a hyphenated modifier and tags its first word as a
 * verb, which then reads as the clause's verb. A verb joined by a hyphen to a noun, with a noun after the pair,
 * is the first word of the noun's modifier ("live-fire drills", "hard-line stance").
 */
function correctHyphenModifiers(tokens: DraftToken[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    const token = tokens[i]!;
    const hyphen = tokens[i + 1]!;
    const second = tokens[i + 2]!;
    if (token.pos !== 'VERB' || hyphen.text !== '-' || hyphen.start !== token.end) continue;
    if (second.start !== hyphen.end || second.pos !== 'NOUN' || tokens[i + 3]!.pos !== 'NOUN') continue;
    token.pos = 'ADJ';
    token.lemma = token.lower;
  }
}

/** Nouns that name a border post together with "crossing" ("the border crossing with Pakistan"). */
const CROSSING_MODIFIERS = new Set(['border', 'frontier']);

/**
 * "fired tear gas at demonstrators", "opened the Rafah crossing to allow aid": wink-nlp tags the first word of
 * "tear gas" and an -ing noun after a name as verbs. "tear" before "gas" is a noun; an -ing word between a
 * determiner's name and no object of its own ("the Rafah crossing to", "the Kerch crossing.", "the Kerem Shalom
 * crossing to", "the Rafah border crossing on Monday", "closed the border crossing with Pakistan") is the name's
 * noun. A common noun before it is a participle's subject ("the troops crossing into Ukraine"), but for "border".
 */
function correctCompoundNouns(tokens: DraftToken[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (token.lower === 'tear' && next.lower === 'gas') {
      token.pos = 'NOUN';
      continue;
    }
    if (i < 2 || token.pos !== 'VERB' || !token.lower.endsWith('ing')) continue;
    // Longer names only for a crossing: "the United States pressing for a quick deal", "Some U.S. Officials
    // calling for" are participles after a name.
    const crossing = token.lower === 'crossing' || token.lower === 'crossings';
    let start = i;
    while (
      start > 0 &&
      i - start < (crossing ? 4 : 1) &&
      (tokens[start - 1]!.pos === 'PROPN' ||
        (crossing && CROSSING_MODIFIERS.has(tokens[start - 1]!.lower))) &&
      !tokens[start - 1]!.sentenceStart
    )
      start--;
    const determiner = tokens[start - 1];
    if (start === i || determiner?.pos !== 'DET' || next.sentenceStart) continue;
    if (!(next.pos === 'ADP' || next.pos === 'PART' || next.pos === 'PUNCT')) continue;
    token.pos = 'NOUN';
    token.lemma = token.lower;
  }
}

/**
 * Heads of a noun compound with an -ing modifier: the plant, the accord, the body or the states an activity names
 * ("an oil pumping station", "a debt rescheduling agreement", "a peace keeping force", "the oil producing
 * countries"). Only these: after a singular noun, an -ing word before another noun is as often a participle with
 * its object ("a minister urging coordination", "a team holding talks", "an order allowing sales", "a corporation
 * providing assistance"), which the Reuters ingest showed losing real events.
 */
const ING_COMPOUND_HEADS = new Set([
  'station',
  'stations',
  'plant',
  'plants',
  'unit',
  'units',
  'facility',
  'facilities',
  'equipment',
  'force',
  'forces',
  'countries',
  'nations',
  'states',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'pact',
  'deal',
  'plan',
  'package',
  'team',
  'committee',
  'group',
  'body',
  'company',
  'companies',
  'operations',
  'capacity',
  'areas',
]);

/** Is this a lowercase common noun in the singular, the first word of a compound ("oil", "intelligence")? */
function isSingularCommonNoun(token: DraftToken): boolean {
  return token.pos === 'NOUN' && /^[a-z]/.test(token.text) && !/[^s]s$/.test(token.lower);
}

/**
 * "destroyed an oil pumping station and a production unit at Iran's Ahvaz field", "suspended intelligence sharing
 * with the United States": wink-nlp tags the -ing word of a noun compound as a verb, and the clause parser then
 * made it a participle clause whose subject was the first noun, which cut the rest of the object off the verb (the
 * target Iran, the partner United States). An -ing word after a singular common noun is the compound's noun when
 *  - the head of a compound follows (ING_COMPOUND_HEADS), and no infinitive after it makes the pair a participle
 *    with its object ("a law forcing companies to disclose"); a plural before the -ing word is its subject
 *    ("troops attacking rebels", "prices falling");
 *  - or the noun is the bare object of a verb and a preposition or the clause's end follows ("suspended
 *    intelligence sharing with", "to protect gulf shipping and"), where the noun cannot be the -ing word's
 *    subject.
 * "stopped sharing intelligence" has no noun before the -ing word, so a gerund object keeps its verb.
 */
function correctCompoundIngNouns(tokens: DraftToken[]): void {
  for (let i = 2; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || !/[a-z]{3}ing$/.test(token.lower) || token.sentenceStart) continue;
    const noun = tokens[i - 1]!;
    if (noun.sentenceStart || tokens[i + 1]!.sentenceStart || !isSingularCommonNoun(noun)) continue;
    if (headsIngCompound(tokens, i) || endsBareObjectCompound(tokens, i)) {
      token.pos = 'NOUN';
      token.lemma = token.lower;
    }
  }
}

/** Does a compound head follow the -ing word at `at`, with no infinitive after it ("a gas processing plant")? */
function headsIngCompound(tokens: readonly DraftToken[], at: number): boolean {
  const head = tokens[at + 1]!;
  const infinitive = tokens[at + 2]?.lower === 'to' && tokens[at + 3]?.pos === 'VERB';
  return head.pos === 'NOUN' && ING_COMPOUND_HEADS.has(head.text) && !infinitive;
}

/**
 * Prepositions that go on a participle whose subject is the object of a verb of seeing or showing ("showed
 * inflation falling to 4.3 pct", "carry interest ranging from", "proposed legislation calling for"), seldom an
 * activity named by a compound.
 */
const PARTICIPLE_PREPOSITIONS = new Set(['to', 'from', 'for', 'at', 'up', 'by', 'into']);

/** Is the -ing word at `at` the end of a bare object compound ("suspended intelligence sharing with")? */
function endsBareObjectCompound(tokens: readonly DraftToken[], at: number): boolean {
  const verb = tokens[at - 2]!;
  const next = tokens[at + 1]!;
  // A verb joined by a hyphen is part of a modifier ("over-the-counter option trading"), no verb of the clause.
  if (verb.pos !== 'VERB' || tokens[at - 3]?.text === '-') return false;
  return (
    (next.pos === 'ADP' && !PARTICIPLE_PREPOSITIONS.has(next.lower)) ||
    next.text === '.' ||
    next.text === ',' ||
    next.pos === 'CCONJ'
  );
}

/** Words that open a clause after a noun phrase, whatever their tag ("its offensive once the hostages …"). */
const CLAUSE_OPENERS = new Set(['once', 'when', 'after', 'before', 'until', 'if', 'unless']);

/** Determiners that open a noun phrase. */
const PHRASE_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * Adjectives that also name a body of people, which wink-nlp tags as adjectives where they head a noun phrase
 * ("The U.S. military struck a boat", "Russia's military launched drones at Kyiv"). Before a finite verb such a
 * word heads its phrase even when a noun follows the verb (its object), and names may stand between it and
 * its determiner.
 */
const BODY_ADJECTIVES = new Set(['military']);

/** Determiners of a phrase that names no one in particular. */
const INDEFINITE_DETERMINERS = new Set(['a', 'an']);

/**
 * "launched a new offensive in the east", "an official in Kyiv said": wink-nlp tags some nouns that are also
 * adjectives as adjectives at the end of their noun phrase. An adjective after a determiner (and any modifiers)
 * with a preposition or the clause's end after it heads the phrase.
 */
function correctNominalAdjectives(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'ADJ' || token.kind !== 'word' || token.sentenceStart) continue;
    const next = tokens[i + 1]!;
    // "Ukraine's military said": after a possessive, a verb ends the phrase as well; not an -ing form or a verb
    // before a noun, which modify the noun ("Cuba's joint negotiating front", "the Democratic controlled Congress").
    const afterNext = tokens[i + 2];
    const body = BODY_ADJECTIVES.has(token.lower);
    const verbFollows =
      (next.pos === 'VERB' || next.pos === 'AUX') &&
      !next.lower.endsWith('ing') &&
      (body || !(afterNext && (afterNext.pos === 'NOUN' || afterNext.pos === 'PROPN')));
    if (
      next.sentenceStart ||
      !(
        next.pos === 'ADP' ||
        next.pos === 'SCONJ' ||
        verbFollows ||
        CLAUSE_OPENERS.has(next.lower) ||
        // "called on the military to abandon Maduro": a body told to act.
        (body && next.lower === 'to') ||
        next.text === ',' ||
        next.text === '.'
      )
    )
      continue;
    let j = i - 1;
    while (
      j > 0 &&
      (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV' || (body && tokens[j]!.pos === 'PROPN')) &&
      !tokens[j]!.sentenceStart
    )
      j--;
    const opener = tokens[j]!;
    const possessive =
      POSSESSIVE_MARKS.has(opener.lower) && j > 0 && /^(PROPN|NOUN)$/.test(tokens[j - 1]!.pos);
    const determiner = PHRASE_DETERMINERS.has(opener.lower) && opener.pos !== 'SCONJ';
    // "a military built airstrip": an indefinite body word before a verb is rather a modifier.
    const definite = determiner && !INDEFINITE_DETERMINERS.has(opener.lower);
    if (verbFollows ? !(possessive || (body && definite)) : !determiner) continue;
    token.pos = 'NOUN';
  }
}

/** Words of order that wink-nlp tags as adverbs before an -ing noun: "the later meeting", "an earlier meeting". */
const ORDER_ADVERBS = new Set(['earlier', 'later']);

/**
 * "are expected to attend the later meeting", "did not attend an earlier meeting in Paris": wink-nlp tags the
 * order word as an adverb and the -ing word as a participle, which then codes a meeting of its own, asserted
 * whatever the attending was. After a determiner the pair is a noun phrase with the -ing word as its head.
 */
function correctOrderedIngNouns(tokens: DraftToken[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || !/[a-z]{3}ing$/.test(token.lower) || token.sentenceStart) continue;
    const order = tokens[i - 1]!;
    const determiner = tokens[i - 2]!;
    if (order.sentenceStart || !ORDER_ADVERBS.has(order.lower)) continue;
    if (!PHRASE_DETERMINERS.has(determiner.lower) || determiner.pos === 'SCONJ') continue;
    order.pos = 'ADJ';
    token.pos = 'NOUN';
    token.lemma = token.lower;
  }
}

/** Nouns that wink-nlp tags as adjectives in a phrase after a preposition: "on high alert", "on standby". */
const PREPOSITIONAL_STATE_NOUNS = new Set(['alert', 'standby']);

/**
 * "put its forces on high alert": after a preposition (and any modifiers) a state noun that wink-nlp tags as an
 * adjective heads the phrase, and an adverb-tagged modifier before it ("high") is an adjective.
 */
function correctStateNouns(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'ADJ' || !PREPOSITIONAL_STATE_NOUNS.has(token.lower)) continue;
    let j = i - 1;
    while (j > 0 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV') && j >= i - 2) j--;
    if (tokens[j]!.pos !== 'ADP') continue;
    token.pos = 'NOUN';
    for (let k = j + 1; k < i; k++) tokens[k]!.pos = 'ADJ';
  }
}

/** "blamed each other", "accused one another": wink-nlp tags "other" an adjective, which ends no phrase. */
function correctReciprocals(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const before = tokens[i - 1]!.lower;
    if ((token.lower === 'other' && before === 'each') || (token.lower === 'another' && before === 'one'))
      token.pos = 'NOUN';
  }
}

/**
 * "the New START treaty", "the OPEC output deal": an acronym in capitals inside a sentence in mixed case is a
 * name, not the verb wink-nlp sometimes makes of it ("START", "SALT", "CAP").
 */
function correctAcronymVerbs(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || token.sentenceStart || !/^[A-Z]{2,}$/.test(token.text)) continue;
    const mixed = (t: DraftToken | undefined) => !!t && /[a-z]/.test(t.text);
    if (mixed(tokens[i - 1]) || mixed(tokens[i + 1])) token.pos = 'PROPN';
  }
}

/**
 * "North Korea test-fired several missiles": wink-nlp splits the compound into a noun, a hyphen and a verb. The verb
 * takes the compound's lemma ("test-fire", "test-launch"), and "test" stands before it as a modifier of the verb,
 * not as the head of the subject ("North Korea test").
 */
function correctTestVerbs(tokens: DraftToken[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    const hyphen = tokens[i - 1]!;
    const test = tokens[i - 2]!;
    if (token.pos !== 'VERB' || hyphen.text !== '-' || test.lower !== 'test') continue;
    if (hyphen.start !== test.end || token.start !== hyphen.end) continue;
    token.lemma = `test-${token.lemma}`;
    test.pos = 'ADV';
    // "had test-fired a missile": the hyphen is inside the word; as a modifier with "test", it lets an auxiliary
    // before them reach the verb.
    hyphen.pos = 'ADV';
  }
}

/**
 * "criticised U.S. tariffs as blackmail", "sent the money as aid": a base form right after "as" is a noun (what
 * something is taken for), not a verb wink-nlp sometimes makes of it; "as expected", "as promised" keep theirs.
 */
function correctAsNouns(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || tokens[i - 1]!.lower !== 'as' || token.lower !== token.lemma.toLowerCase())
      continue;
    const next = tokens[i + 1];
    if (next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ')
      token.pos = 'NOUN';
  }
}

/** The possessive marks wink-nlp splits off a name ("Ukraine 's"). */
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/**
 * Past forms of phrasal verbs of force that wink-nlp tags as nouns before their particle ("Ukraine shot down 30
 * Russian drones", "it had shot down"), with their lemmas.
 */
const PHRASAL_PAST_FORMS = new Map([
  ['shot', 'shoot'],
  ['struck', 'strike'],
  ['blew', 'blow'],
  ['blown', 'blow'],
  ['beat', 'beat'],
  ['broke', 'break'],
  ['drove', 'drive'],
  ['driven', 'drive'],
  ['threw', 'throw'],
  ['thrown', 'throw'],
  ['cut', 'cut'],
  ['shut', 'shut'],
]);

/** Subjects and auxiliaries a past verb may follow: "Ukraine shot down", "it had shot down". */
const PAST_VERB_LEFT = new Set<Pos>(['PROPN', 'PRON', 'NOUN', 'AUX', 'ADV']);

/**
 * "Ukraine shot down 30 Russian drones": a noun-tagged past form of a phrasal verb of force after a subject or
 * auxiliary, with its particle and then an object, is the verb. So is one with the result it brings about ("Police
 * in Kenya shot dead at least 16 protesters", "was shot dead"), whatever follows: no noun is "shot dead".
 */
function correctPhrasalPastVerbs(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length - 2; i++) {
    const token = tokens[i]!;
    const lemma = PHRASAL_PAST_FORMS.get(token.lower);
    if (lemma === undefined || token.pos !== 'NOUN') continue;
    const particle = tokens[i + 1]!;
    const resultative = particle.lower === 'dead';
    if (!resultative && (!CLAUSE_PARTICLES.has(particle.lower) || !OBJECT_STARTS.has(tokens[i + 2]!.pos)))
      continue;
    if (!PAST_VERB_LEFT.has(tokens[i - 1]!.pos)) continue;
    token.pos = 'VERB';
    token.lemma = lemma;
  }
}

/** An ordinal written in digits: "35th", "1st", "22nd", "3rd". */
const DIGIT_ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * "celebrated its 100th birthday", "their 35th wedding anniversary": after a possessive pronoun wink-nlp tags a
 * digit ordinal as a pronoun, which ends the noun phrase there and leaves the head noun out of the object. After
 * a determiner it tags the same word as an adjective ("the 12th meeting"), which is what an ordinal is.
 */
function correctOrdinals(tokens: DraftToken[]): void {
  for (const token of tokens) if (token.pos === 'PRON' && DIGIT_ORDINAL.test(token.lower)) token.pos = 'ADJ';
}

/** Endings of plural agent nouns: "Opponents", "Critics", "Protesters", "Supporters", "Economists", "Civilians". */
const PLURAL_AGENT = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ents|ants|ics)$/u;
/** Plural numbers that open a sentence's noun phrase: "Thousands of Israelis protested", "Dozens of civilians". */
const PLURAL_NUMBERS = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens']);

/** Words after which such a plural opens a noun phrase that goes on: "Critics of …", "Traders in …", "who …". */
const PHRASE_GOES_ON = new Set(['of', 'in', 'from', 'at', 'on', 'who']);

/**
 * "Opponents of Rwanda's Senate protested", "Critics of the Iranian government": wink-nlp tags a capitalised
 * plural common noun that opens a sentence as a proper noun, and the words up to "of" then read as a company's
 * name ("Electrolux of Sweden") that swallows the country. A plural agent noun there, followed by a
 * preposition or "who", is a common noun.
 */
function correctInitialPlurals(tokens: DraftToken[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (!token.sentenceStart || token.pos !== 'PROPN') continue;
    if (!PLURAL_AGENT.test(token.text) && !PLURAL_NUMBERS.has(token.lower)) continue;
    if (!PHRASE_GOES_ON.has(tokens[i + 1]!.lower)) continue;
    token.pos = 'NOUN';
    token.lemma = token.lower.slice(0, -1);
  }
}

/** Points of the compass that wink-nlp tags as adverbs before a name ("in south China"). */
const COMPASS_WORDS = new Set([...COMPASS_POINTS, 'central']);

/**
 * "Hailstorms and strong winds in south China killed two people": after a preposition or a determiner, a point of
 * the compass before a proper noun modifies it; wink-nlp's adverb tag cut the noun phrase there, so that China
 * alone read as the subject that killed.
 */
function correctCompassModifiers(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'ADV' || !COMPASS_WORDS.has(token.lower)) continue;
    const previous = tokens[i - 1]!;
    if ((previous.pos === 'ADP' || previous.pos === 'DET') && tokens[i + 1]!.pos === 'PROPN')
      token.pos = 'ADJ';
  }
}

/**
 * "said in answer to questions on BBC radio", "bowed to demands", "are objecting to proposed limits": wink-nlp may
 * read "to" as an infinitive's and the word after it as a verb, but an infinitive takes the bare form, never one
 * inflected in -s or -ed. Such a "to" is a preposition; a word in -s is a noun, one in -ed before a noun its
 * modifier.
 */
function correctInflectedInfinitives(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const to = tokens[i - 1]!;
    if (to.lower !== 'to' || to.pos !== 'PART' || token.pos !== 'VERB' || token.sentenceStart) continue;
    const lemma = token.lemma.toLowerCase();
    if (token.lower === `${lemma}s` || token.lower === `${lemma}es`) {
      to.pos = 'ADP';
      token.pos = 'NOUN';
      continue;
    }
    const next = tokens[i + 1];
    if (
      token.lower !== lemma &&
      /ed$/.test(token.lower) &&
      !!next &&
      !next.sentenceStart &&
      (next.pos === 'NOUN' || next.pos === 'ADJ')
    ) {
      to.pos = 'ADP';
      token.pos = 'ADJ';
    }
  }
}

/** Particles of Arabic names ("al-Oteiba", "bin Sultan", "Abu Dhabi"), which no verb of saying is followed by. */
const ARABIC_NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu']);

/**
 * "UAE Oil Minister Mana Said al-Oteiba arrived": "Said" (Sa'id) is a common part of Arabic names, and wink-nlp
 * reads it as the verb when it stands capitalised inside one, which made the minister say something. Between a
 * capitalised name word and a particle of an Arabic name it is a name; a headline's "The U.S. Said Iranians …"
 * keeps its verb.
 */
function correctArabicNameParts(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.text !== 'Said' || token.sentenceStart) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    if (before.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(before.text)) continue;
    if (!ARABIC_NAME_PARTICLES.has(after.lower)) continue;
    token.pos = 'PROPN';
    token.lemma = 'said';
  }
}

/**
 * The corrections, in the order they run. Called through this table rather than one after another, so that V8
 * compiles each on its own: inlined into `correctTags`, a deoptimisation in any of them (most are first run on
 * the rare word they correct late in an ingest) threw away and recompiled all of them, 13 times per thread over
 * 8,000 Reuters articles.
 */
const CORRECTIONS: readonly ((tokens: DraftToken[]) => void)[] = [
  correctOrdinals,
  correctCompassModifiers,
  correctInitialPlurals,
  correctInflectedInfinitives,
  correctNamesAfterPrepositions,
  correctClauseVerbs,
  correctGerunds,
  correctContinuedGerunds,
  correctNominalAdjectives,
  correctPhrasalPastVerbs,
  correctStateNouns,
  correctAcronymVerbs,
  correctTestVerbs,
  correctAsNouns,
  correctReciprocals,
  correctCompoundNouns,
  correctCompoundIngNouns,
  correctOrderedIngNouns,
  correctHyphenModifiers,
  correctArabicNameParts,
];

export function correctTags(tokens: DraftToken[]): void {
  for (let i = 0; i < CORRECTIONS.length; i++) CORRECTIONS[i]!(tokens);
  correctVerbsAfterLicensors(tokens);
}

/**
 * A bare verb after a licensor lets a coordinated noun-tagged word be a verb too: "would suspend all ties with
 * NATO and shutter its offices".
 */
function correctVerbsAfterLicensors(tokens: DraftToken[]): void {
  let bareVerbSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos === 'PUNCT' && token.text === '.') bareVerbSeen = false;
    let before = i - 1;
    while (before >= 0 && QUOTE_MARKS.has(tokens[before]!.text)) before--;
    const licensor = tokens[before];
    if (token.pos === 'VERB' && licensor && VERB_LICENSORS.has(licensor.lower)) bareVerbSeen = true;
    if (token.pos !== 'NOUN' || token.kind !== 'word' || !licensor) continue;
    const coordinated = bareVerbSeen && (licensor.lower === 'and' || licensor.lower === 'or');
    if (!coordinated && !VERB_LICENSORS.has(licensor.lower)) continue;
    if (licensor.lower === 'to' && licensor.pos !== 'PART') continue;
    let after = i + 1;
    while (after < tokens.length && QUOTE_MARKS.has(tokens[after]!.text)) after++;
    const next = tokens[after];
    if (!next || !OBJECT_STARTS.has(next.pos)) continue;
    // "to" + noun + noun is often a compound ("to border security"): require a determiner or pronoun then.
    if ((licensor.lower === 'to' || coordinated) && next.pos !== 'DET' && next.pos !== 'PRON') continue;
    token.pos = 'VERB';
  }
}
