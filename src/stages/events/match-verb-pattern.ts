import type { Clause, Phrase, Token } from '../../doc/layers.js';
import { CURRENCIES } from '../actors/compose-mentions.js';
import { lemmaCandidates } from '../clauses/verb-groups.js';
import { COORDINATORS } from '../clauses/phrase-actors.js';
import type { CompiledPattern, PatternIndex } from './pattern-index.js';
import {
  addressesAudienceBeforeSpeech,
  addressesMediumAudience,
  isAbstractObject,
  disarmsAnother,
  callsTradeTruce,
  meetsObligation,
  backsMarketLevel,
  curbsMarketMovement,
  encouragesNoActor,
  reschedulesOwnDebt,
  isDebtOrMarketObject,
  takesMarketPosition,
  injuresNoPeople,
  isDomesticAidObject,
  supportOfOtherKind,
  commandsNoOne,
  showsOrGathers,
  sailsOnTrade,
  breaksShips,
  retreatsFromNoPlace,
  blastsInOtherSense,
  namesDemandNoun,
  lacksObject,
  fallsAsQuantity,
  fightsNoFoe,
  rejectsTenderBids,
  asksForBids,
  questionsSomeone,
  chargesNoOne,
  mobilizesNoForce,
  objectPatternNeedsTarget,
  offersNoPledge,
  offersSecuritiesDeal,
  vetoesTakeover,
  threatensTakeoverBid,
  plansNoSettlement,
  speaksToNoActor,
  pledgesNoInfinitive,
  praisesFailure,
  callsByName,
  releasesNoPeople,
  takesPrepositionSense,
  needsActorTarget,
  needsActorObject,
  takesInfinitiveSense,
  takesThingObject,
  helpsItself,
  seeksHelp,
  amendsDeal,
  goesToIdiom,
  yieldsWithObject,
  admitsAsMember,
  appraisesObject,
  holdsOpinion,
  isToBlame,
  threatNeedsTarget,
  haltsOwnSupply,
  haltsMarketTrading,
  endsNoFighting,
  withholdsBacking,
  reportsTradeFigure,
  takesNoTerritory,
  winsGame,
  firesIntoSea,
  entersNoPlace,
  launchesWords,
  asksAnonymity,
  asksQuestion,
  suggestsAsEvidence,
  agreesOnAView,
  seeksPublicInput,
  offersOwnThing,
  disapprovesMarketMove,
  barringAsPreposition,
} from './sense-constraints.js';

/** A pattern that fits a clause, and the phrase that holds its target (if any). */
export interface VerbMatch {
  readonly pattern: CompiledPattern;
  readonly targetPhrase: Phrase | null;
  /** "object" or the preposition whose phrase is the target. */
  readonly targetSlot: string | null;
  /** The object phrase the pattern required ("ties" in "suspend ties"): not a target, not a nominal event. */
  readonly objectUsed: Phrase | null;
  /** For a pattern whose source is in a prepositional phrase ("received weapons from X"): that phrase. */
  readonly sourcePhrase: Phrase | null;
}

/** Does the phrase's head (or its last words) match one of the required object words? */
/** The object word of a pattern that stands for any place of the gazetteer. */
export const PLACE_OBJECT = '<place>';

export function objectMatches(
  tokens: readonly Token[],
  phrase: Phrase,
  objects: readonly (readonly string[])[],
  isPlace: (tokenIndex: number) => boolean = () => false,
  /** Whether a token is in an actor's name: a named head may match by its title ("President Vladimir Putin"). */
  named: (tokenIndex: number) => boolean = () => false,
): boolean {
  const head = tokens[phrase.head]!;
  for (const words of objects) {
    if (words.length === 1) {
      const word = words[0]!;
      // `<place>`: a place the gazetteer knows ("captured Kherson", "seized Kabul").
      if (word === PLACE_OBJECT) {
        if (isPlace(phrase.head)) return true;
        continue;
      }
      if (head.lemma.toLowerCase() === word || head.lower === word) return true;
      if (named(phrase.head) && titleOfName(tokens, phrase, word)) return true;
      continue;
    }
    const first = phrase.head - words.length + 1;
    if (first < phrase.tokenStart) continue;
    let all = true;
    for (let k = 0; k < words.length; k++) {
      const token = tokens[first + k]!;
      if (token.lower !== words[k] && token.lemma.toLowerCase() !== words[k]) all = false;
    }
    if (all) return true;
  }
  return false;
}

/**
 * "received Russian President Vladimir Putin", "expelled Ambassador John Tefft": a phrase headed by an actor's name
 * with its title before it matches the title as its object word, as "received the Russian president" does.
 */
function titleOfName(tokens: readonly Token[], phrase: Phrase, word: string): boolean {
  const head = tokens[phrase.head]!;
  if (head.pos !== 'PROPN') return false;
  for (let i = phrase.head - 1; i >= phrase.tokenStart; i--) {
    const token = tokens[i]!;
    if ((token.pos !== 'PROPN' && token.pos !== 'NOUN') || !/^\p{Lu}/u.test(token.text)) return false;
    if (token.lower === word) return true;
  }
  return false;
}

/**
 * Is an actor named in the phrase besides the words of the longest object word of the verb it ends in?
 * "launched drone attacks on Kharkiv": "drone" is a word of the object "drone attacks", no actor struck;
 * "Russian drone attacks" name one.
 */
function actorBesideObjectWords(
  tokens: readonly Token[],
  phrase: Phrase,
  patterns: readonly CompiledPattern[],
  inMention: (tokenIndex: number) => boolean,
): boolean {
  // The object words of all the verb's patterns: "drone attacks" is one object of "launch", whichever pattern
  // the clause fits.
  let longest = 1;
  for (const pattern of patterns)
    for (const words of pattern.objects ?? [])
      if (words.length > longest && objectMatches(tokens, phrase, [words])) longest = words.length;
  // Only the words before the head of a compound object word are its own: the head itself may be an actor
  // ("joining the bloc", "freeing hostages"), unless it is a weapon, which is sent, fired or given, never the one
  // it is sent to ("sent 40 drones at Kyiv"; "Russian drones" still names Russia's).
  const weapon = WEAPON_HEADS.has(tokens[phrase.head]!.lemma.toLowerCase());
  for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++)
    if (inMention(i) && (i < phrase.head - longest + 1 || (i >= phrase.head && !weapon))) return true;
  return false;
}

/** Weapons and weapons platforms, which actor dictionaries may name as the force that uses them. */
export const WEAPON_HEADS: ReadonlySet<string> = new Set(
  'drone warplane warship jet bomber gunship submarine gunboat frigate destroyer missile rocket tank helicopter'.split(
    ' ',
  ),
);

/** Codes of material acts (06–20), done to someone rather than said or met with. */
const MATERIAL_CODE = /^(0[6-9]|1\d|20)/;

/** Prepositions of a time or circumstance: "after talks with a U.S. delegation", "during a meeting with Iran". */
const CIRCUMSTANCE_PREPS = new Set([
  'after',
  'before',
  'during',
  'following',
  'amid',
  'despite',
  'since',
  'until',
]);

/**
 * Does the phrase at `tokenIndex` complete the noun of a phrase of time or circumstance right before it, rather
 * than the verb? "Belarus released 52 political prisoners after talks with a U.S. delegation": the delegation
 * is who talked, not who got the prisoners.
 */
function completesTimePhrase(clause: Clause, tokenIndex: number): boolean {
  return clause.preps.some(
    (prep) => CIRCUMSTANCE_PREPS.has(prep.prep) && prep.phrase.tokenEnd === tokenIndex,
  );
}

/** Verbs whose bare pattern (no object words) takes an actor in the object only when it heads the object. */
const HEAD_ACTOR_VERBS = new Set(['suspend', 'host']);

/** Nouns of a polity that a people's adjective names: "a Palestinian state", "the Taliban government". */
const STATE_HEADS = new Set(['state', 'government', 'republic', 'independence', 'sovereignty']);

/** Verbs of diplomatic recognition, which a fact acknowledged also takes. */
const RECOGNIZE_VERBS = new Set(['recognize', 'recognise']);

/** Nouns of amount whose "of" phrase names what there is: "a new package of sanctions", "a barrage of missiles". */
const QUANTITY_NOUNS = new Set(
  (
    'package packages round rounds set sets series wave waves raft batch number host slew string barrage volley ' +
    'salvo salvos couple dozen dozens hundred hundreds thousand thousands scores tens pair swarm fleet some most ' +
    'all several many few none'
  ).split(' '),
);

/**
 * The "of" phrase that holds a pattern's object word after an amount: "imposed a new package of sanctions on
 * Russia", "shot down 38 of the 45 drones"; the "in" phrase that says what a sum is given in ("pledged 9 billion
 * euros in military aid": military aid, 0332, not a loan); or the state a placing verb puts its object in.
 */
function quantifiedObject(
  tokens: readonly Token[],
  clause: Clause,
  objects: readonly Phrase[],
  words: readonly (readonly string[])[],
  isPlace: (i: number) => boolean,
  sums: readonly Phrase[],
): Phrase | null {
  for (const object of objects) {
    // "put its forces on high alert", "placed the army on a war footing": the state the object is put in.
    if (PLACING_VERBS.has(clause.verb.lemma)) {
      const state = clause.preps.find(
        (prep) => STATE_PREPS.has(prep.prep) && prep.tokenIndex === object.tokenEnd,
      );
      if (state && objectMatches(tokens, state.phrase, words, isPlace)) return state.phrase;
    }
    const given = sums.includes(object) ? sumInPhrase(tokens, clause, object) : null;
    if (given && objectMatches(tokens, given, words, isPlace)) return given;
    const head = tokens[object.head]!;
    if (head.pos !== 'NUM' && !QUANTITY_NOUNS.has(head.lower)) continue;
    const of = clause.preps.find((prep) => prep.prep === 'of' && prep.tokenIndex === object.tokenEnd);
    if (of && objectMatches(tokens, of.phrase, words, isPlace)) return of.phrase;
  }
  return null;
}

/** "dollars", "euros", "dlrs" (wink-nlp leaves some plurals as their own lemma): a currency's name. */
function isCurrency(token: Token): boolean {
  return CURRENCIES.has(token.lemma.toLowerCase()) || CURRENCIES.has(token.lower.replace(/s$/, ''));
}

/** Words of aid that name no kind of it: a sum "in aid" is money. */
const GENERIC_AID = new Set(['aid', 'assistance', 'help', 'support']);

/** "9 billion euros in military aid", "$500 million in loans": the "in" phrase that says what a sum is given in. */
function sumInPhrase(tokens: readonly Token[], clause: Clause, object: Phrase): Phrase | null {
  const head = tokens[object.head]!;
  if (head.pos !== 'NUM' && !isCurrency(head)) return null;
  return (
    clause.preps.find((prep) => prep.prep === 'in' && prep.tokenIndex === object.tokenEnd)?.phrase ?? null
  );
}

/**
 * The "of" phrase right after a slot's phrase that is an amount, when it holds an actor and the amount does not:
 * "tariffs on $30 billion of U.S. goods", "tariffs on 30 billion dollars worth of U.S. goods", "sanctions on dozens
 * of Russian banks".
 */
function amountOf(
  tokens: readonly Token[],
  clause: Clause,
  slot: string,
  hasActor: (phrase: Phrase) => boolean,
): Phrase | null {
  for (const prep of clause.preps) {
    if (prep.prep !== slot || hasActor(prep.phrase)) continue;
    const head = tokens[prep.phrase.head]!;
    if (head.pos !== 'NUM' && !QUANTITY_NOUNS.has(head.lower) && !isCurrency(head)) continue;
    // "30 billion Canadian dollars worth of U.S. goods": "worth" may stand between the sum and its "of" phrase.
    const end =
      tokens[prep.phrase.tokenEnd]?.lower === 'worth' ? prep.phrase.tokenEnd + 1 : prep.phrase.tokenEnd;
    const of = clause.preps.find(
      (next) => next.prep === 'of' && next.tokenIndex === end && hasActor(next.phrase),
    );
    if (of) return of.phrase;
  }
  return null;
}

/** Verbs that put their object in a state named by a phrase after it: "put its forces on high alert". */
const PLACING_VERBS = new Set(['put', 'place', 'keep']);
const STATE_PREPS = new Set(['on', 'under', 'in']);

/**
 * Is the object "targets" the things force is aimed at, not a goal ("Israel struck targets in Syria", "bombed
 * targets near Damascus"; not "hit its targets", "met the target")? Force against targets, with any verb but "hit"
 * or with "hit" and a place right after the object.
 */
function isMilitaryTarget(clause: Clause, pattern: CompiledPattern, head: Token): boolean {
  if (head.lemma.toLowerCase() !== 'target' || !/^(18|19|20)/.test(pattern.code)) return false;
  if (clause.verb.lemma !== 'hit') return true;
  const object = clause.objects[0]!;
  return clause.preps.some(
    (prep) => prep.tokenIndex === object.tokenEnd && TARGET_PLACE_PREPS.has(prep.prep),
  );
}

const TARGET_PLACE_PREPS = new Set(['in', 'near', 'inside', 'outside', 'around', 'across', 'off', 'along']);

/**
 * Objects that name a quantity or an occasion, not an actor: "hit a record", "called a news conference",
 * "charged fees". A pattern that takes its target from the object (and asks for no object words of its own)
 * does not fit a clause whose object is one of these.
 */
const NON_ACTOR_OBJECTS = new Set([
  'record',
  'high',
  'low',
  'peak',
  'level',
  'price',
  'rate',
  'fee',
  'conference',
  'news',
  'market',
  'figure',
  'total',
  'profit',
  'loss',
  'sale',
  'share',
  'stake',
  'dividend',
  'output',
  'production',
  'demand',
  'supply',
  'session',
  'halt',
  'trading',
  'earnings',
  'revenue',
  'debt',
  'bond',
  'stock',
  'yield',
  'currency',
  'dollar',
  'mark',
  'yen',
  'pct',
  'percent',
  // goals, needs and offers of business: "met its trade gap", "inviting tenders", "celebrated its birthday"
  'gap',
  'target',
  'need',
  'needs',
  'requirement',
  'obligation',
  'deadline',
  'cost',
  'expectation',
  'tender',
  'tenders',
  'birthday',
  'anniversary',
  // amounts: "the deficit could hit four billion dlrs"
  'dlr',
  'dlrs',
  'dollars',
  'billion',
  'million',
  'mln',
  'bln',
  'tonne',
  'tonnes',
  'ton',
  'tons',
  'barrel',
  'barrels',
  'euro',
  'euros',
  'franc',
  'francs',
  'pound',
  'pounds',
]);

/** What the sense checks of a clause's candidate patterns read. */
interface SenseContext {
  readonly tokens: readonly Token[];
  readonly clause: Clause;
  /** The clause's objects, or its subject in the passive (it stands where the object would). */
  readonly objects: readonly Phrase[];
  readonly hasActor: (phrase: Phrase) => boolean;
  readonly inMention: (tokenIndex: number) => boolean;
  readonly isPlace: (tokenIndex: number) => boolean;
}

/** A sense of the verb (or of the object it takes) that is no event of the pattern: the pattern is passed over. */
type SenseCheck = (c: SenseContext, pattern: CompiledPattern, object: Phrase | null) => boolean;

/**
 * Whether any check passes the pattern over. The checks are called through tables, not one after another in
 * `matchVerbPattern`, so that V8 compiles each on its own: inlined, forty checks made `matchVerbPattern` a
 * 120 ms TurboFan compile that one deoptimisation in any check threw away (17 recompiles per thread over
 * 8,000 Reuters articles, the costliest compiler work of an ingest).
 */
function failsAny(
  checks: readonly SenseCheck[],
  c: SenseContext,
  pattern: CompiledPattern,
  object: Phrase | null,
): boolean {
  for (let i = 0; i < checks.length; i++) if (checks[i]!(c, pattern, object)) return true;
  return false;
}

/** Senses of the verb, read off the clause: each check is a reading of the verb that is no event. */
const CLAUSE_SENSE_CHECKS: readonly SenseCheck[] = [
  // "ordered 180 military trucks", "seized 3 tonnes": an object that is no actor, unless it is a military target.
  ({ tokens, clause, objects, hasActor }, pattern) => {
    if (pattern.objects || !pattern.targets.includes('object') || !objects[0] || hasActor(objects[0]))
      return false;
    const head = tokens[objects[0].head]!;
    return (
      (NON_ACTOR_OBJECTS.has(head.lemma.toLowerCase()) ||
        NON_ACTOR_OBJECTS.has(head.lower) ||
        head.pos === 'NUM') &&
      !isMilitaryTarget(clause, pattern, head)
    );
  },
  // "targeting growth", "downed tools", "limiting Washington's options": another sense of the verb.
  (c, pattern) =>
    pattern.targets.includes('object') && isAbstractObject(c.tokens, c.clause, pattern, c.inMention),
  (c, pattern) => takesThingObject(c.tokens, c.clause, pattern, c.hasActor),
  // "gave a preliminary breakdown of grain in …" is no "give in"; "considers the accord inoperative" weighs nothing.
  (c, pattern) => yieldsWithObject(c.tokens, c.clause, pattern),
  (c, pattern) => appraisesObject(c.tokens, c.clause, pattern),
  // "on terms Washington considers far too lax", "they consider their currencies are within ranges": an opinion.
  (c, pattern) => holdsOpinion(c.tokens, c.clause, pattern),
  // "admit China into the GSP": a membership granted, no admission.
  (c, pattern) => admitsAsMember(c.tokens, c.clause, pattern, c.hasActor),
  // "were also to blame for cuts in car component manufacture": a cause, no accuser.
  (c, pattern) => isToBlame(c.tokens, c.clause, pattern),
  // "sought to buy", "declined to comment": the infinitive makes the verb another sense.
  (c, pattern) => takesInfinitiveSense(c.tokens, c.clause, pattern),
  // "searching for partners to help it cut its trade deficit": the subject is the one helped.
  (c, pattern) => helpsItself(c.tokens, c.clause, pattern, c.hasActor, c.inMention, c.isPlace),
  // "would seek Syrian help": help sought from Syria, no aid by it.
  (c, pattern) => seeksHelp(c.tokens, c.clause, pattern),
  // "announced amendments to Canada's revolving standby credit facility": a loan's terms, no institutions.
  (c, pattern) => amendsDeal(c.tokens, c.clause, pattern),
  // "is offering … 400 mln dlrs of bonds", "offered to acquire all Class B common shares": a deal, no pledge.
  (c, pattern) => offersSecuritiesDeal(c.tokens, c.clause, pattern),
  // "blocked Ferruzzi's bid to acquire …": a takeover blocked, no veto.
  (c, pattern) => vetoesTakeover(c.tokens, c.clause, pattern),
  // "had threatened a hostile takeover": a bid for a company, no seizure.
  (c, pattern) => threatensTakeoverBid(c.tokens, c.clause, pattern),
  // "offers a textbook case of the economic dangers", "offered funds over 28 days at 3.80 pct": no pledge.
  (c, pattern) => offersNoPledge(c.tokens, c.clause, pattern, c.hasActor),
  // "lending had declined", "is pledging for an extension", "has taken him to London", "hailed as the failure".
  (c, pattern) => lacksObject(c.tokens, c.clause, pattern),
  // "vowed to disarm Hamas": the enemy's forces, not one's own.
  (c, pattern) => disarmsAnother(c.tokens, c.clause, pattern),
  // "agreed to a one-year truce in their trade war": a truce of markets, no ceasefire.
  (c, pattern) => callsTradeTruce(c.tokens, c.clause, pattern),
  // "U.S. sugar consumption has declined", "To counter declining output": a quantity falls.
  (c, pattern) => fallsAsQuantity(c.tokens, c.clause, pattern, c.inMention),
  // "fought against money market pressure", "fight the proposed tax": a campaign, no combat.
  (c, pattern) => fightsNoFoe(c.tokens, c.clause, pattern, c.hasActor),
  // "rejected all offers at tonight's wheat tender": a buyer's choice among sellers.
  (c, pattern) => rejectsTenderBids(c.tokens, c.clause, pattern),
  // "is seeking offers on … zinc", "inviting offers of 100,000 tonnes": a buyer asks sellers for prices.
  (c, pattern) => asksForBids(c.tokens, c.clause, pattern, c.hasActor),
  // "a panel charged with recovering illegal wealth", "the price they charge": no legal action.
  (c, pattern) => chargesNoOne(c.tokens, c.clause, pattern),
  // "undertook a diplomatic push", "ordered 180 military trucks": carried out or bought; no promise, no demand.
  (c, pattern) => pledgesNoInfinitive(c.tokens, c.clause, pattern),
  (c, pattern) => commandsNoOne(c.tokens, c.clause, pattern, c.hasActor),
  // "the program demonstrates the intention to renegotiate", "institutions have been rallying to foreign markets".
  (c, pattern) => showsOrGathers(c.tokens, c.clause, pattern),
  // "a Kuwaiti ship which sailed to Bahrain": a merchant craft's voyage shows no force.
  (c, pattern) => sailsOnTrade(c.tokens, c.clause, pattern),
  // "urging Thatcher to go to the polls", "not going to the mat again": an idiom, no visit.
  (c, pattern) => goesToIdiom(c.tokens, c.clause, pattern),
  // "South Korea demolished ships of 910,000 ldt": shipbreaking, no destruction of property.
  (c, pattern) => breaksShips(c.tokens, c.clause, pattern),
  // "U.S. Navy warships blasted the Rostam platform" attack; "the senator blasted the administration" criticises.
  (c, pattern) => blastsInOtherSense(c.tokens, c.clause, pattern),
  // "abandoned his attempts to form a government", "withdraw from U.S. stocks": given up, no retreat.
  (c, pattern) => retreatsFromNoPlace(c.tokens, c.clause, pattern, c.objects, c.inMention, c.isPlace),
  // "upward pressure on the mark", "bend to demands for lower prices", "press ahead with efforts": no demand made.
  (c, pattern) => namesDemandNoun(c.tokens, c.clause, pattern),
  // "mobilising our own resources", "will draft a reply": money raised, a text written; no forces.
  (c, pattern) => mobilizesNoForce(c.tokens, c.clause, pattern, c.hasActor),
  (c, pattern) => takesPrepositionSense(c.tokens, c.clause, pattern),
  // "meet 40 pct of the Western market's needs", "unable to meet interest payments": fulfilled, not met with.
  (c, pattern) => meetsObligation(c.tokens, c.clause, pattern),
  // "exported 159,000 tonnes of sugar to the Soviet Union in 1986": a trade figure, no deal.
  (c, pattern) => reportsTradeFigure(c.tokens, c.clause, pattern),
  // "far from hurting Canadian corn producers": harm to business or a country, not an assault.
  (c, pattern) => injuresNoPeople(c.tokens, c.clause, pattern, c.inMention),
  (c, pattern) => releasesNoPeople(c.tokens, c.clause, pattern, c.inMention),
  // "The African Union suspended Niger", not "suspending most remittances due foreign private banks"; "Egypt
  // hosted Israeli officials", not "Belarus hosted Russian nuclear weapons": the actor heads the object.
  ({ objects, hasActor, inMention }, pattern) =>
    HEAD_ACTOR_VERBS.has(pattern.lemma) &&
    !pattern.objects &&
    !!objects[0] &&
    hasActor(objects[0]) &&
    !inMention(objects[0].head),
  // "Xi Jinping received Vladimir Putin", not "Iran received a letter from Trump" or "received Russian oil": one
  // received as a guest is the object itself.
  ({ objects, inMention }, pattern) =>
    pattern.lemma === 'receive' && !pattern.objects && !(objects[0] && inMention(objects[0].head)),
  // "recognised the honesty of Brazilian exporters", "recognised that Saudi Arabia … needs …", "We recognize":
  // acknowledging a fact is no recognition; only a state or body recognised is. Refusing to recognise a thing
  // ("We will not recognise any annexation") still rejects it.
  // "will recognise a Palestinian state": a state named by its people is recognised as much as one named.
  ({ tokens, clause, objects, hasActor, inMention }, pattern) =>
    RECOGNIZE_VERBS.has(pattern.lemma) &&
    pattern.code === '054' &&
    !clause.verb.negated &&
    !(
      objects[0] &&
      hasActor(objects[0]) &&
      (inMention(objects[0].head) || STATE_HEADS.has(tokens[objects[0].head]!.lemma.toLowerCase()))
    ),
  (c, pattern) => praisesFailure(c.tokens, c.clause, pattern),
  // "France beat Brazil 2-1 in the World Cup final": a game won, no assault.
  (c, pattern) => winsGame(c.tokens, c.clause, pattern),
  (c, pattern) => firesIntoSea(c.tokens, c.clause, pattern),
  (c, pattern) => callsByName(c.tokens, c.clause, pattern, c.inMention),
  (c, pattern) => entersNoPlace(c.tokens, c.clause, pattern, c.hasActor),
  (c, pattern) => asksQuestion(c.tokens, c.clause, pattern),
  (c, pattern) => questionsSomeone(c.tokens, c.clause, pattern),
  (c, pattern) => asksAnonymity(c.tokens, c.clause, pattern),
  (c, pattern) => suggestsAsEvidence(c.tokens, c.clause, pattern, c.inMention),
  (c, pattern) => agreesOnAView(c.tokens, c.clause, pattern),
  (c, pattern) => seeksPublicInput(c.tokens, c.clause, pattern, c.hasActor),
  (c, pattern) => addressesMediumAudience(c.tokens, c.clause, pattern),
  // "Speaking to the Asia Society, Yeutter said …": the address is the statement, no consultation.
  (c, pattern) => addressesAudienceBeforeSpeech(c.tokens, c.clause, pattern),
  // "could not support the value of the dollar", "supported market sentiment": a market level held up, no backing.
  (c, pattern) => backsMarketLevel(c.tokens, c.clause, pattern),
  // "to curb upward pressure on the pound", "to limit currency fluctuations": a market restrained, no sanction.
  (c, pattern) => curbsMarketMovement(c.tokens, c.clause, pattern),
  // "measures to encourage outside investment": a thing fostered, no one urged.
  (c, pattern) => encouragesNoActor(c.tokens, c.clause, pattern, c.hasActor),
  // "signalled displeasure with a dollar surge", "opposed a further fall in the value of the dollar": a market's
  // move disliked, no actor disapproved of.
  (c, pattern) => disapprovesMarketMove(c.tokens, c.clause, pattern, c.hasActor),
  // "Barring last-ditch obstacles, …": a preposition opening the sentence, no ban.
  (c) => barringAsPreposition(c.tokens, c.clause),
];

/** Senses of the object a pattern required (called with that object). */
const OBJECT_SENSE_CHECKS: readonly SenseCheck[] = [
  // "gave general support to the Commission line": backing, not aid; "gave financial support": aid, not backing.
  (c, pattern, object) => supportOfOtherKind(c.tokens, pattern, object!),
  (c, pattern, object) => takesMarketPosition(c.tokens, pattern, object!),
  (c, pattern, object) => haltsMarketTrading(c.tokens, pattern, object!),
  (c, pattern, object) => endsNoFighting(c.tokens, pattern, object!),
  (c, pattern, object) => takesNoTerritory(c.tokens, c.clause, pattern, object!, c.isPlace),
  (c, pattern, object) => launchesWords(c.tokens, c.clause, pattern, object!),
  // "Venezuela has restructured its debt": the debtor's own rescheduling gives no aid.
  (c, pattern, object) => reschedulesOwnDebt(c.tokens, pattern, object!),
];

/** Patterns that code nothing when no target was found (called with the required object, if any). */
const UNTARGETED_SENSE_CHECKS: readonly SenseCheck[] = [
  // "provides subsidies" (to its own farmers), "warned of possible reprisals": aid and threats of force with
  // these objects need an actor they are given to or aimed at.
  (c, pattern, object) => !!object && isDomesticAidObject(c.tokens, pattern, object),
  (_c, pattern) => !!pattern.objects && threatNeedsTarget(pattern),
  (c, pattern, object) => !!object && haltsOwnSupply(c.tokens, pattern, object),
  (c, pattern, object) => !!object && withholdsBacking(c.tokens, pattern, object),
  (_c, pattern) => !!pattern.objects && objectPatternNeedsTarget(pattern),
  (c, pattern, object) => !!object && plansNoSettlement(c.tokens, c.clause, pattern, object),
  // "spoke to an audience of foreign affairs experts": a speech, not a consultation.
  (c, pattern) => speaksToNoActor(c.tokens, c.clause, pattern, c.hasActor),
];

/**
 * The best pattern for a clause's verb: its lemma (or another candidate lemma of the form), particle, required
 * object and preposition must fit; among fitting patterns the most specific wins, then the one whose target
 * slot holds an actor.
 */
export function matchVerbPattern(
  tokens: readonly Token[],
  clause: Clause,
  index: PatternIndex,
  hasActor: (phrase: Phrase) => boolean,
  inMention: (tokenIndex: number) => boolean = () => false,
  isPlace: (tokenIndex: number) => boolean = () => false,
  /** Whether an actor must meet a condition of the clause, who may be its target (see the events stage). */
  conditioned = false,
): VerbMatch | null {
  const verb = clause.verb;
  const lemmas = [verb.lemma, ...lemmaCandidates(tokens[verb.head]!)];
  let candidates: readonly CompiledPattern[] = [];
  for (const lemma of lemmas) {
    candidates = index.byVerb.get(lemma) ?? [];
    if (candidates.length > 0) break;
  }
  const concessive = concessivePreps(clause);
  let best: { match: VerbMatch; score: number } | null = null;
  // In a passive clause the subject is the patient: it stands where the object would.
  const objects = verb.passive && clause.subject ? [clause.subject] : clause.objects;
  // "kicked the diplomats out": a particle after the object (see the clauses stage) is the verb's only for a
  // pattern that names its objects; "pull Bolivia out of a deep economic crisis", "would cut debtor nations off
  // from access to private credit" are no retreat and no blockade.
  const splitParticle = verb.particle !== null && tokens[verb.tokenEnd - 1]!.lower !== verb.particle;
  const context: SenseContext = { tokens, clause, objects, hasActor, inMention, isPlace };
  // "pledged 9 billion euros in military aid": a sum the verb gives (a pattern names it) given in a kind of thing a
  // pattern of the verb names is that thing (military aid, 0332), not money as such (a loan, 0331); "$2 billion in
  // aid" is still money.
  const sums = objects.filter((object) => {
    const given = sumInPhrase(tokens, clause, object);
    return (
      given !== null &&
      candidates.some((p) => p.objects && objectMatches(tokens, object, p.objects, isPlace)) &&
      candidates.some((p) =>
        p.objects?.some(
          (words) =>
            (words.length > 1 || !GENERIC_AID.has(words[0]!)) &&
            objectMatches(tokens, given, [words], isPlace),
        ),
      )
    );
  });
  for (const pattern of candidates) {
    if (pattern.particle !== verb.particle) continue;
    if (splitParticle && !pattern.objects) continue;
    if (failsAny(CLAUSE_SENSE_CHECKS, context, pattern, null)) continue;
    let objectUsed: Phrase | null = null;
    // "call for a ceasefire", "accuse of genocide": a phrase ending in a preposition names its object there.
    const prepObject =
      pattern.prep && pattern.objects ? clause.preps.find((prep) => prep.prep === pattern.prep) : undefined;
    if (pattern.objects) {
      objectUsed = prepObject
        ? objectMatches(tokens, prepObject.phrase, pattern.objects, isPlace, inMention)
          ? prepObject.phrase
          : null
        : (objects.find(
            (phrase) =>
              !sums.includes(phrase) && objectMatches(tokens, phrase, pattern.objects!, isPlace, inMention),
          ) ?? quantifiedObject(tokens, clause, objects, pattern.objects, isPlace, sums));
      if (!objectUsed) continue;
    }
    // "suspended interest payments on its debt", "money market assistance": debt service, not aid.
    const aidObject = objectUsed ?? objects[0];
    if (aidObject && isDebtOrMarketObject(tokens, clause, pattern, aidObject)) continue;
    if (objectUsed && failsAny(OBJECT_SENSE_CHECKS, context, pattern, objectUsed)) continue;
    if (
      pattern.prep &&
      !clause.preps.some((prep) => prep.prep === pattern.prep && !comparesFigure(tokens, prep))
    )
      continue;
    let sourcePhrase: Phrase | null = null;
    if (pattern.sources.length > 0) {
      // "received weapons from the government": the giver, not the subject, is the source.
      sourcePhrase =
        clause.preps.find((prep) => pattern.sources.includes(prep.prep) && hasActor(prep.phrase))?.phrase ??
        null;
      if (!sourcePhrase) continue;
    }
    let targetPhrase: Phrase | null = null;
    let targetSlot: string | null = null;
    // The verb's own preposition ("warn against", "fire on") holds the target first, unless an object actor stands
    // between them: "warned Europe against sending troops" warns Europe, not the troops.
    const objectFirst =
      !!pattern.prep &&
      pattern.targets.includes('object') &&
      objects.some(
        (object) =>
          hasActor(object) &&
          clause.preps.some((prep) => prep.prep === pattern.prep && prep.tokenIndex >= object.tokenEnd),
      );
    const slots =
      pattern.prep && !prepObject
        ? objectFirst
          ? ['object', pattern.prep, ...pattern.targets.filter((slot) => slot !== 'object')]
          : [pattern.prep, ...pattern.targets]
        : pattern.targets;
    for (const slot of slots) {
      if (slot === 'object') {
        // The required object is a thing ("ties"); an actor inside it is still the target ("Russian diplomats"),
        // and so is one in the phrase that completes it ("an agreement with the European Union").
        const object = objects.find(
          (candidate) =>
            hasActor(candidate) &&
            !offersOwnThing(tokens, clause, candidate) &&
            (candidate !== objectUsed || actorBesideObjectWords(tokens, candidate, candidates, inMention)),
        );
        const phrase = object
          ? withComplements(tokens, clause, withCoordinatedObjects(tokens, clause, object))
          : needsActorObject(pattern)
            ? null
            : objectComplement(tokens, clause, objects[0], hasActor);
        if (phrase) {
          targetPhrase = phrase;
          targetSlot = 'object';
          break;
        }
      } else {
        const prep = clause.preps.find(
          (candidate) =>
            candidate.prep === slot &&
            hasActor(candidate.phrase) &&
            !concessive.has(candidate.tokenIndex) &&
            // (Words and meetings are with whom one met: "Speaking after a meeting with Baker, Miyazawa said".)
            !(MATERIAL_CODE.test(pattern.code) && completesTimePhrase(clause, candidate.tokenIndex)) &&
            // "seized the assets of Iran", "the rescheduling of the Philippines' debt" name whose; "seized a tanker
            // in the Gulf of Oman" names a sea.
            (slot !== 'of' ||
              candidate.tokenIndex === clause.verb.tokenEnd ||
              objects.some((object) => object.tokenEnd === candidate.tokenIndex) ||
              // "pulled its troops out of Syria": "out of" after the object names where from.
              (splitParticle &&
                verb.particle === 'out' &&
                tokens[candidate.tokenIndex - 1]!.lower === 'out')),
        );
        if (prep) {
          targetPhrase = prep.phrase;
          targetSlot = slot;
          break;
        }
        // "imposed retaliatory tariffs on $30 billion of U.S. goods": an amount's "of" phrase names what it is of.
        const counted = slot === 'object' ? undefined : amountOf(tokens, clause, slot, hasActor);
        if (counted) {
          targetPhrase = counted;
          targetSlot = slot;
          break;
        }
      }
    }
    // "China said it would retaliate if the Philippines continued its provocations": whoever must meet the
    // condition is the one it is aimed at.
    if (!targetPhrase && !pattern.objects && needsActorTarget(pattern) && !conditioned) continue;
    if (!targetPhrase && failsAny(UNTARGETED_SENSE_CHECKS, context, pattern, objectUsed)) continue;
    const score = pattern.specificity * 2 + (targetPhrase ? 1 : 0);
    if (!best || score > best.score)
      best = { match: { pattern, targetPhrase, targetSlot, objectUsed, sourcePhrase }, score };
  }
  return best?.match ?? null;
}

/**
 * "Against" before a figure compares quantities: "rose to 53 billion francs in 1986 against 28 billion in
 * 1985", "GNP rose 1.3 pct last year against 2.3 pct" set one figure beside another; nobody rises against anyone.
 */
function comparesFigure(tokens: readonly Token[], prep: Clause['preps'][number]): boolean {
  if (prep.prep !== 'against') return false;
  const phrase = prep.phrase;
  let i = phrase.tokenStart;
  while (i < phrase.tokenEnd && tokens[i]!.pos === 'DET') i++;
  const first = tokens[i];
  return !!first && (first.pos === 'NUM' || first.pos === 'SYM');
}

/** Prepositions that set what follows against the act: "approved … despite opposition from Madrid". */
const CONCESSIVE = new Set(['despite', 'amid', 'notwithstanding']);

/**
 * The prepositions (by token index) of a concessive phrase and of the phrases chained to it ("despite opposition
 * | from Madrid"): Madrid opposed the plan; it is no party to its approval.
 */
function concessivePreps(clause: Clause): Set<number> {
  const found = new Set<number>();
  let end = -1;
  for (const prep of clause.preps) {
    if (CONCESSIVE.has(prep.prep) || (end >= 0 && prep.tokenIndex === end)) {
      found.add(prep.tokenIndex);
      end = prep.phrase.tokenEnd;
    } else end = -1;
  }
  return found;
}

/** Prepositions whose phrase completes an object: "leaders of Egypt's Muslim Brotherhood", "dissidents from Myanmar". */
const OBJECT_COMPLEMENTS = new Set(['of', 'with', 'from', 'for', 'against', 'over', 'between']);

/**
 * An object phrase with the objects coordinated after it: "China criticised Japan and the Philippines" parses as
 * two objects, and both are the target (one event each), as "sanctions on Iran and Venezuela" gives two. A
 * second object not joined by "and", "or" or a comma is another slot ("gave Ukraine weapons").
 */
function withCoordinatedObjects(tokens: readonly Token[], clause: Clause, phrase: Phrase): Phrase {
  const first = clause.objects.indexOf(phrase);
  if (first < 0) return phrase;
  let last = phrase;
  for (const next of clause.objects.slice(first + 1)) {
    const joiner = tokens[next.tokenStart - 1];
    if (next.tokenStart - 1 !== last.tokenEnd || !joiner || !COORDINATORS.has(joiner.lower)) break;
    last = next;
  }
  return last === phrase
    ? phrase
    : { tokenStart: phrase.tokenStart, tokenEnd: last.tokenEnd, head: phrase.head };
}

/**
 * The object with the prepositional phrases that complete it: "exiled leaders of Egypt's Muslim
 * Brotherhood", so that a role with no country ("leaders") takes the country named after it.
 */
function withComplements(tokens: readonly Token[], clause: Clause, object: Phrase): Phrase {
  let end = object.tokenEnd;
  for (const prep of clause.preps) {
    if (prep.tokenIndex < end) continue;
    if (prep.tokenIndex !== end || !OBJECT_COMPLEMENTS.has(prep.prep) || isAbsolute(tokens, prep)) break;
    end = prep.phrase.tokenEnd;
  }
  return { tokenStart: object.tokenStart, tokenEnd: end, head: object.head };
}

/**
 * A "with" phrase whose noun is followed by what is said of it is a clause of its own, not part of the object:
 * "have declared themselves against the tax with Spain's position unclear" leaves Spain out of the act.
 */
function isAbsolute(tokens: readonly Token[], prep: Clause['preps'][number]): boolean {
  const phrase = prep.phrase;
  return (
    prep.prep === 'with' && phrase.tokenEnd - 1 > phrase.head && tokens[phrase.tokenEnd - 1]!.pos === 'ADJ'
  );
}

/** The first actor-bearing phrase of the prepositional chain right after the object. */
function objectComplement(
  tokens: readonly Token[],
  clause: Clause,
  object: Phrase | undefined,
  hasActor: (phrase: Phrase) => boolean,
): Phrase | null {
  if (!object) return null;
  let end = object.tokenEnd;
  for (const prep of clause.preps) {
    if (prep.tokenIndex < end) continue;
    if (prep.tokenIndex !== end || !OBJECT_COMPLEMENTS.has(prep.prep) || isAbsolute(tokens, prep))
      return null;
    if (hasActor(prep.phrase)) return prep.phrase;
    end = prep.phrase.tokenEnd;
  }
  return null;
}
