import type { Clause, Phrase, Token } from '../../doc/layers.js';
import type { CompiledPattern } from './pattern-index.js';
import { ACTS_OF_FORCE, CURRENCIES } from '../actors/compose-mentions.js';

/**
 * Senses of political verbs that financial news uses every day: "targeting growth of three pct", "downed
 * tools", "suspended interest payments on its debt", "limiting Washington's options". The pattern dictionary
 * says what a verb may do; these lists say which objects and clauses make a pattern's verb mean something
 * else, so that the pattern does not fit.
 */

/**
 * Heads of an object that are an economic quantity, a market or an abstraction, never the victim of force
 * or the addressee of an act: "targeting growth", "downed tools", "beaten a retreat", "limiting options",
 * "attacked OECD forecasts". They block patterns that take their target from the object and ask for no
 * object words of their own (with the amounts and market words of `NON_ACTOR_OBJECTS`), even when an actor
 * modifies the head ("Washington's options", "Japan's fiscal policy").
 */
export const ABSTRACT_OBJECT_HEADS = new Set([
  'growth',
  'gdp',
  'gnp',
  'inflation',
  'deficit',
  'surplus',
  'shortfall',
  'export',
  'exports',
  'import',
  'imports',
  'sales',
  'futures',
  'tool',
  'tools',
  'option',
  'options',
  'forecast',
  'forecasts',
  'policy',
  'policies',
  'retreat',
  'sector',
  'economy',
  'investment',
  'investments',
  'interest',
  // "entered the government securities market", "flooded the market": a market is entered, not occupied.
  'market',
  'markets',
]);

/**
 * Heads of a reported figure or economic state: "the economic outlooks of Singapore, Thailand and the Philippines
 * improved steadily", "Japan's exports rose". A statement of such a figure is a data report about the country,
 * not addressed to it, so the country that owns the figure is no target of the statement.
 */
export const REPORTED_FIGURE_HEADS = new Set([
  ...ABSTRACT_OBJECT_HEADS,
  'outlook',
  'outlooks',
  'output',
  'production',
  'reserve',
  'reserves',
  'price',
  'prices',
  'earnings',
  'revenue',
  'revenues',
  'consumption',
  'unemployment',
  'balance',
]);

/**
 * Heads of an object that make a verb of force or material action figurative: "has fought a long campaign",
 * "fought the takeover bid", "attacked the plan", "struck a deal". Read only for material patterns that take
 * their target from the object (not as subjects: "Russia's campaign killed …" keeps its agent).
 */
const FIGURATIVE_OBJECT_HEADS = new Set([
  'campaign',
  'campaigns',
  'proposal',
  'proposals',
  'plan',
  'plans',
  'bill',
  'legislation',
  'idea',
  'bid',
  'bids',
  'takeover',
  'lawsuit',
  'suit',
  'protectionism',
  'deal',
  // "attacked the 'textile and apparel trade act of 1987'", "attacked the rise in West German short-term
  // interest rates", "attacked the 'profit before everything' mentality", "fighting Fujitsu Ltd's takeover".
  'act',
  'law',
  'laws',
  'measure',
  'measures',
  'decision',
  'rise',
  'increase',
  // "reaffirmed an earlier Paris accord to arrest the dollar's fall": a movement of a price is checked, nobody
  // is arrested.
  'fall',
  'decline',
  'slide',
  'slump',
  // "the United States, Japan, West Germany, France and Britain curbed the dollar's strength", "intervention to
  // curb upward pressure on the pound": a currency's strength and the pressure on it are checked, not a state.
  'strength',
  'weakness',
  'appreciation',
  'depreciation',
  'pressure',
  'pressures',
  'mentality',
  'move',
  'statement',
  'statements',
  'remark',
  'remarks',
  // "Lyng attacked what he called 'terribly biased' press reports": words are attacked with words.
  'report',
  'reports',
  'comment',
  'comments',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'article',
  'articles',
  'view',
  'views',
  'practice',
  'practices',
  // "Lawson's budget must strike a balance between tax cuts and …", "struck a conciliatory note", "struck a
  // chord", "strike a compromise": idioms of striking, no blow.
  'balance',
  'chord',
  'note',
  'tone',
  'compromise',
  'bargain',
]);

/** Roots of material acts (cooperation, aid, yielding, force, coercion): a verbal act may well be aimed at a policy. */
const MATERIAL_CODE = /^(06|07|08|15|16|17|18|19|20)/;

/**
 * Does the object's head make this material pattern another sense of its verb? With no object parsed, the
 * noun phrase right after the verb is read ("has beaten a retreat and Baker has won …", where the parser
 * took "a retreat and Baker" for the next subject).
 */
export function isAbstractObject(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  if (pattern.objects || !MATERIAL_CODE.test(pattern.code)) return false;
  if (!clause.verb.passive && quotesTitle(tokens, clause.verb.tokenEnd)) return true;
  const head =
    clause.objects[0]?.head ??
    (clause.verb.passive ? -1 : (calledHead(tokens, clause) ?? headAfterVerb(tokens, clause)));
  if (head < 0 || inMention(head)) return false;
  const [lemma, lower] = wordsOf(tokens[head]!);
  return (
    ABSTRACT_OBJECT_HEADS.has(lemma) ||
    ABSTRACT_OBJECT_HEADS.has(lower) ||
    FIGURATIVE_OBJECT_HEADS.has(lemma) ||
    FIGURATIVE_OBJECT_HEADS.has(lower) ||
    (VIOLENT_CODE.test(pattern.code) && (TRANSACTION_HEADS.has(lemma) || TRANSACTION_HEADS.has(lower))) ||
    (RESTRICTIVE_CODE.test(pattern.code) &&
      (OWN_QUANTITY_HEADS.has(lemma) || OWN_QUANTITY_HEADS.has(lower) || capsAtAmount(tokens, head)))
  );
}

/**
 * Is the object at `head` limited to an amount ("limiting its debt payments to two and one half pct of GNP",
 * "Venezuela will limit new loans to 50 pct of the interest")? A ceiling set on a quantity is a policy, not a
 * sanction on anyone; "limited gas supplies to Europe" names a receiver, no number.
 */
function capsAtAmount(tokens: readonly Token[], head: number): boolean {
  return tokens[head + 1]?.lower === 'to' && tokens[head + 2]?.pos === 'NUM';
}

/** Roots of coercion: bans, restrictions, expulsions. */
const RESTRICTIVE_CODE = /^17/;

/**
 * Quantities a government, a central bank or a cartel sets for itself: what it curbs or limits of them is its
 * own policy, no sanction on anyone ("a belief Saudi Arabia is attempting to curb OPEC output", "curbing debt
 * repayments to 10 pct of exports", "a plan to curb EC farm spending"). Only read for coercion: "cut output"
 * and "suspended payments" have patterns of their own.
 */
const OWN_QUANTITY_HEADS = new Set([
  'output',
  'production',
  'spending',
  'expenditure',
  'expenditures',
  'repayment',
  'repayments',
  'budget',
  'borrowing',
]);

/** Opening quotation marks. */
const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '``']);

/**
 * Does a quoted title or slogan follow the verb ("attacked the \"textile and apparel trade act of 1987\"", "attacked
 * the \"profit before everything\" mentality")? What is quoted there is a text or a phrase, not a victim; the
 * parser, which tags words inside such titles at random ("act" as a verb), often finds no object at all.
 */
function quotesTitle(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || first.sentenceStart) return false;
  const quote = first.pos === 'DET' ? tokens[from + 1] : first;
  return !!quote && OPENING_QUOTES.has(quote.text) && quote.start > tokens[from - 1]!.end;
}

/** Roots of violence. */
const VIOLENT_CODE = /^(18|19|20)/;

/**
 * Documents and transactions: what is "executed", "struck" or "shot down" among them is carried out, agreed or
 * rejected, never assaulted ("executed a formal share purchase agreement", "executed the buy orders"). Honouring
 * or carrying out an agreement keeps its other patterns: only violence is blocked.
 */
const TRANSACTION_HEADS = new Set([
  'agreement',
  'agreements',
  'contract',
  'contracts',
  'order',
  'orders',
  'transaction',
  'transactions',
  'trade',
  'trades',
  'swap',
  'swaps',
  'purchase',
  'purchases',
  'sale',
  'merger',
  'strategy',
  'program',
  'programme',
  'accord',
  'pact',
  'treaty',
  'option',
  'warrant',
  'warrants',
]);

/**
 * Verbs whose pattern is another sense when an infinitive follows: "sought to buy 12,000 tonnes" tries to
 * do something, it appeals to no one ("sought aid from Russia" is the request); "declined to comment" is
 * no rejection of anything (CAMEO's 011, decline comment, which names no target). The key is the verb
 * lemma, the value the codes' roots and the infinitive verbs it applies to (null: every verb).
 */
const INFINITIVE_SENSES: ReadonlyMap<
  string,
  { code: RegExp; verbs: ReadonlySet<string> | null; bare?: boolean }
> = (() => {
  const noComment = new Set([
    'comment',
    'discuss',
    'elaborate',
    'say',
    'speculate',
    'specify',
    'disclose',
    'reveal',
    'identify',
    'name',
    'confirm',
    'detail',
    'answer',
    'give',
    'provide',
    'release',
    'talk',
    'go',
    // "Clark declined to forecast the outcome", "declined to estimate volume", "Canada declined to state a
    // position": withholding a forecast or a stance is no comment either.
    'forecast',
    'estimate',
    'predict',
    'quantify',
    'guess',
    'state',
  ]);
  return new Map([
    ['seek', { code: /^02/, verbs: null }],
    ['decline', { code: /^12/, verbs: noComment }],
    ['refuse', { code: /^12/, verbs: noComment }],
    // "helped (to) depress cocoa prices": a cause of a change, not aid; "helped Baker devise" keeps its object.
    ['help', { code: /^07/, verbs: null, bare: true }],
    // "President Reagan, fighting to recover politically from the Iran-contra scandal", "Japanese banks … have
    // fought hard to protect their interests": fighting to do something is a struggle, not combat.
    ['fight', { code: /^19/, verbs: null }],
    ['battle', { code: /^19/, verbs: null }],
  ]);
})();

/** Words of a time phrase between a verb and its infinitive: "sought last year to …", "refused this week to …". */
const INFINITIVE_GAP_WORDS = new Set(['last', 'this', 'next', 'year', 'week', 'month', 'today', 'yesterday']);

/** Is this pattern's verb followed by an infinitive that makes it another sense ("sought to buy", "declined to comment")? */
export function takesInfinitiveSense(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  const sense = INFINITIVE_SENSES.get(pattern.lemma);
  if (!sense || !sense.code.test(pattern.code) || clause.verb.passive) return false;
  let i = clause.verb.tokenEnd;
  // "sought urgently to buy"; "fought hard to protect", where the tagger reads "hard" as an adjective; "sought
  // unsuccessfully last year to take over Zondervan": adverbs and a time phrase stand between verb and infinitive.
  for (let skipped = 0; skipped < 4 && tokens[i] && !tokens[i]!.sentenceStart; skipped++, i++) {
    const token = tokens[i]!;
    if (token.pos === 'ADV' || INFINITIVE_GAP_WORDS.has(token.lower)) continue;
    if (token.pos === 'ADJ' && tokens[i + 1]?.lower === 'to') continue;
    break;
  }
  let to = tokens[i];
  let verb = tokens[i + 1];
  const adjectiveAsVerb = sense.bare === true && isBareVerbTaggedAdjective(tokens, i);
  // The tagger's adjective has no verb lemma to check, so only an open sense (verbs: null) takes it.
  if (adjectiveAsVerb) return sense.verbs === null;
  if (sense.bare && to?.pos === 'VERB' && !to.sentenceStart) {
    verb = to;
    to = undefined;
  } else if (!to || to.lower !== 'to' || to.sentenceStart) return false;
  // "declined to be identified", "refused to be named": the passive infinitive's participle is the verb.
  const passive = tokens[i + 2];
  if (verb?.lower === 'be' && passive && !passive.sentenceStart && isParticipleForm(passive)) verb = passive;
  if (!verb || verb.pos !== 'VERB') return false;
  return sense.verbs === null || sense.verbs.has(verb.lemma.toLowerCase()) || sense.verbs.has(verb.lower);
}

/** Words after which an adjective can only be a verb: a verb's particle or the opening of its object. */
const AFTER_ADJECTIVE_AS_VERB = new Set([
  'up',
  'down',
  'out',
  'off',
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
]);

/**
 * Is the adjective at this index a bare verb? "to help dry up inexpensive chips", "to help narrow the country's
 * large trade deficit", "to help clean up a toxic waste site": the tagger reads dry, narrow and clean as adjectives,
 * but an adjective is not followed by a particle or a determiner; "help poor countries" keeps its noun after it.
 */
function isBareVerbTaggedAdjective(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return (
    tokens[index]?.pos === 'ADJ' && !!next && !next.sentenceStart && AFTER_ADJECTIVE_AS_VERB.has(next.lower)
  );
}

/**
 * Pronouns right after "help" that may point back at its subject: "to help it cut", "to help itself". "The country"
 * is left out: after "the World Bank approved a loan to help the country …" it names the borrower.
 */
const SELF_PRONOUNS = new Set(['it', 'itself']);

/**
 * Is the one helped the helper itself? "India is searching for non-communist countertrade partners to help it cut
 * its trade deficit", "Sri Lanka will appeal to its major aid donors … to help it overcome the drought": with no
 * other actor in the sentence before "help", "it" can only be the subject, which is the one helped, not the
 * helper. "Venezuela will lend Ecuador … to help it meet its export commitments" names the one helped in between.
 */
export function helpsItself(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
  inMention: (tokenIndex: number) => boolean,
  isPlace: (tokenIndex: number) => boolean,
): boolean {
  if (pattern.lemma !== 'help' || !/^07/.test(pattern.code) || clause.verb.passive) return false;
  const subject = clause.subject;
  if (!subject || !hasActor(subject) || subject.tokenEnd > clause.verb.tokenStart) return false;
  const helped = tokens[clause.verb.tokenEnd];
  if (!helped || helped.sentenceStart || !SELF_PRONOUNS.has(helped.lower)) return false;
  // "Egypt stands to receive … IMF standby credits … to help it repay": an actor before the subject may be "it" too.
  let start = subject.tokenStart;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  for (let i = start; i < clause.verb.tokenStart; i++) {
    const inSubject = i >= subject.tokenStart && i < subject.tokenEnd;
    if (!inSubject && inMention(i) && !isPlace(i)) return false;
  }
  return true;
}

/**
 * Verbs (and "for" after "ask", "appeal", "call") that take help as the thing sought: "would seek Syrian help",
 * "seek International Monetary Fund help". The tagger reads "help" after a name as a verb with the name as subject.
 */
const SEEKING_VERBS = new Set([
  'seek',
  'request',
  'need',
  'want',
  'obtain',
  'enlist',
  'solicit',
  'secure',
  'for',
]);

/**
 * Is the help one that is sought, not given? "he would seek Syrian help in preventing a total Arab breach" is
 * Iran's request to Syria, not Syria's aid: a verb of seeking right before the "subject" makes the pair a noun
 * phrase, its object. "Syria helped Iran" and "asked Venezuela to help" (an infinitive) are left alone.
 */
export function seeksHelp(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!/^07/.test(pattern.code) || clause.verb.passive) return false;
  const verb = tokens[clause.verb.tokenStart]!;
  if (verb.lower !== 'help' && verb.lower !== 'aid' && verb.lower !== 'assistance') return false;
  const subject = clause.subject;
  if (!subject || subject.tokenEnd > clause.verb.tokenStart || tokens[subject.tokenStart]!.sentenceStart)
    return false;
  // "seek International Monetary Fund (IMF) help": an abbreviation in brackets may stand between.
  for (let i = subject.tokenEnd; i < clause.verb.tokenStart; i++)
    if (!['(', ')'].includes(tokens[i]!.lower) && tokens[i]!.pos !== 'PROPN') return false;
  const before = tokens[subject.tokenStart - 1]!;
  return before.lower === 'for' || (before.pos === 'VERB' && SEEKING_VERBS.has(before.lemma.toLowerCase()));
}

/** What an amendment changes institutions in: a constitution, a law, a charter. */
const INSTITUTION_TEXTS = new Set([
  'constitution',
  'law',
  'laws',
  'act',
  'charter',
  'statute',
  'statutes',
  'code',
]);

/**
 * Is the amendment announced one to a deal, not to institutions? "Finance Minister Michael Wilson announced
 * amendments to Canada's revolving standby credit facility with a group of Canadian banks" changes a loan's
 * terms (it was CAMEO 0344, a change of institutions, towards Canada). An amendment "to" something other than a
 * constitution, a law or a charter is left uncoded; a bare "promised a constitutional amendment" keeps its code.
 */
export function amendsDeal(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.code !== '0344') return false;
  const at = clause.objects.find((object) => /^amendments?$/.test(tokens[object.head]!.lower));
  if (!at) return false;
  let i = at.head + 1;
  if (tokens[i]?.lower !== 'to' || tokens[i]!.sentenceStart) return false;
  // The amended thing's head: the last noun before a preposition, a verb or punctuation.
  let head: Token | null = null;
  for (i++; i < tokens.length && !tokens[i]!.sentenceStart; i++) {
    const token = tokens[i]!;
    if (token.pos === 'ADP' || token.pos === 'VERB' || token.pos === 'PUNCT' || token.pos === 'PART') break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token;
  }
  return !!head && !INSTITUTION_TEXTS.has(head.lower);
}

/** A past participle by its ending or lemma ("identified", "named", "given"). */
function isParticipleForm(token: Token): boolean {
  return token.pos === 'VERB' && token.lower !== token.lemma.toLowerCase() && !token.lower.endsWith('ing');
}

/**
 * Words of securities and corporate deals: what is offered, agreed or considered among them is a sale of paper
 * or a bid for a company, not an intent to cooperate or a policy option ("The Commonwealth of Australia is
 * offering in the Yankee bond market 400 mln dlrs of bonds", "Donald Trump has offered to acquire all Class B
 * common shares of Resorts International Inc", "he is also considering a tender offer"). Singular "share",
 * "bill", "note" and "security" are left out: "its share of the projects", "the farm bill", "a diplomatic
 * note", "security guarantees".
 */
const SECURITIES_WORDS = new Set([
  'shares',
  'stock',
  'stocks',
  'bond',
  'bonds',
  'eurobond',
  'eurobonds',
  'debenture',
  'debentures',
  'securities',
  'tranche',
  'tranches',
  'takeover',
  'acquisition',
  'merger',
  'buyout',
  'tender',
  // "would offer an undetermined amount of 10-year variable-coupon certificates (CCTs)".
  'certificates',
  // "The Fed had previously offered to buy all coupon issues on March 31".
  'coupon',
  'coupons',
]);

/** Paper named after its issuer: "short-term Treasury bills", "Treasury notes" (a bare "bills" may be laws). */
const TREASURY_PAPER = new Set(['bills', 'notes']);

/** Codes of verbal cooperation and of weighing an option, which offering or weighing a deal is not. */
const DEAL_SENSE_CODE = /^(014|03)/;

/**
 * Is this pattern's verb offering, agreeing or weighing a securities sale or a corporate deal? Reads the
 * clause's objects and prepositional phrases, and the words after an infinitive right after the verb ("offered
 * to acquire all Class B common shares"), up to the next verb or clause break.
 */
export function offersSecuritiesDeal(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (!DEAL_SENSE_CODE.test(pattern.code)) return false;
  const isDealWord = (i: number) => {
    const token = tokens[i]!;
    return (
      SECURITIES_WORDS.has(token.lower) ||
      SECURITIES_WORDS.has(token.lemma.toLowerCase()) ||
      (TREASURY_PAPER.has(token.lower) && tokens[i - 1]?.lower === 'treasury')
    );
  };
  for (const phrase of [...clause.objects, ...clause.preps.map((prep) => prep.phrase)])
    for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) if (isDealWord(i)) return true;
  let i = clause.verb.tokenEnd;
  if (tokens[i]?.lower !== 'to' || tokens[i + 1]?.pos !== 'VERB') return false;
  for (i += 2; i < tokens.length && i < clause.verb.tokenEnd + 12; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart || token.pos === 'VERB' || token.pos === 'PUNCT') return false;
    if (isDealWord(i)) return true;
  }
  return false;
}

/** Verbs of buying a company: a bid to do one of these is a takeover bid. */
const TAKEOVER_VERBS = new Set(['acquire', 'buy', 'purchase', 'take', 'merge', 'control', 'gain']);
/** Words before "bid" that make it a bid for a company or a contract. */
const TAKEOVER_WORDS = new Set(['takeover', 'tender', 'hostile', 'rival', 'cash', 'share', 'stock']);

/**
 * Is a blocked or vetoed bid a bid for a company ("the U.K. Government last month blocked Ferruzzi's bid to
 * acquire …", "blocked a hostile takeover bid"), not a country's bid for membership ("blocked Sweden's bid to join
 * NATO")? Blocking a takeover is no veto.
 */
export function vetoesTakeover(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.code !== '129') return false;
  const object = clause.objects[0];
  if (!object) return false;
  const head = tokens[object.head]!;
  if (head.lemma.toLowerCase() !== 'bid') return false;
  for (let i = object.tokenStart; i < object.head; i++) if (TAKEOVER_WORDS.has(tokens[i]!.lower)) return true;
  const verb = tokens[object.head + 2];
  return tokens[object.head + 1]?.lower === 'to' && !!verb && TAKEOVER_VERBS.has(verb.lemma.toLowerCase());
}

/**
 * Is a threatened takeover a bid for a company ("Donald Trump, who had threatened a hostile takeover" of Bally),
 * not a seizure of land (1382) nor any threat (13x)? The words of a company bid before "takeover" tell it; "threatened a military
 * takeover" keeps its code.
 */
export function threatensTakeoverBid(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  // The plain threaten pattern (130) would take the vetoed object as well.
  if (!pattern.code.startsWith('13')) return false;
  const object = clause.objects[0];
  if (!object || tokens[object.head]!.lower !== 'takeover') return false;
  for (let i = object.tokenStart; i < object.head; i++) if (TAKEOVER_WORDS.has(tokens[i]!.lower)) return true;
  return false;
}

/**
 * Objects that make "offer" a figure of speech: "The Philippines offers a textbook case of the economic dangers",
 * "Hong Kong offers good business opportunities", "they offer little currency risk", "offered few new details".
 * Nothing is pledged to anyone.
 */
const FIGURATIVE_OFFER_OBJECTS = new Set(
  (
    'case example lesson lessons picture insight insights glimpse view views opportunity opportunities chance ' +
    'chances explanation evidence reason reasons clue clues detail details risk risks prospect prospects ' +
    'advantage advantages hope hint hints contrast illustration reminder'
  ).split(' '),
);

/** What is offered for someone's capture: a bounty, no pledge. */
const BOUNTY_OBJECTS = new Set(['reward', 'rewards', 'bounty', 'bounties']);

/**
 * Words of a price, a rate or a market: what is offered among them is on sale or lent in a market ("the
 * Bundesbank was offering money market liquidity", "prime rates being offered by Australian trading banks", "it
 * had offered borrowing facilities to those discount houses"); so are lots of goods and paper ("20,000 bags offered
 * by Angola", "the medium term issues offered by Ottawa").
 */
const MARKET_OFFER_WORDS = new Set(
  (
    'rate rates price prices liquidity facilities facility interbank fares yield cif fob ' +
    'tonne tonnes bag bags cargo cargoes issues ' +
    // "offer the sugar at a very nominal premium", "raws were bid 15 points discount … and offered five points under".
    'premium premiums discount discounts points ' +
    // "offering a maximum rebate only 1.3 European currency units (Ecus) per 100 kilos" at an EC export tender,
    // "may be offered by the European Commission for sale within the Community".
    'rebate rebates restitution restitutions sale'
  ).split(' '),
);

/** Words after "offers" that end its phrase rather than open an object: "after failing to take up offers today". */
const DAY_WORDS_AFTER = new Set(['today', 'tomorrow', 'yesterday', 'tonight']);

/**
 * Does "offer" stand with nothing offered: no object, no "to" + verb, no actor in a phrase? Commodity reports
 * use the plural noun, which wink-nlp tags as a verb ("overhead West African new crop offers", "after failing to
 * take up offers today"); a pledge names what is offered or to do what.
 */
function offersNothing(tokens: readonly Token[], clause: Clause): boolean {
  if (clause.verb.passive || clause.objects.length > 0) return false;
  const next = tokens[clause.verb.tokenEnd];
  if (!next || next.sentenceStart) return true;
  if (next.lower === 'to' || DAY_WORDS_AFTER.has(next.lower)) return next.lower !== 'to';
  // "to offer subsidized U.S. wheat": a participle before a noun opens the object.
  const after = tokens[clause.verb.tokenEnd + 1];
  if (next.pos === 'VERB' && (after?.pos === 'NOUN' || after?.pos === 'PROPN')) return false;
  return !OBJECT_OPENERS.has(next.pos) && next.pos !== 'ADP' && next.pos !== 'ADV';
}

/** Codes of verbal cooperation that "offer" gives (030, 0331, …). */
const OFFER_SENSE_CODE = /^03/;

/**
 * Is this "offer" a figure of speech (its object a case, an opportunity, a risk) or an offer in a market (a
 * price, a rate, money-market facilities, with no actor among its objects and phrases)?
 */
export function offersNoPledge(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (!OFFER_SENSE_CODE.test(pattern.code) || clause.verb.lemma !== 'offer') return false;
  // In a passive clause the subject is what is offered ("the prime rates being offered by Australian banks").
  const objects = clause.verb.passive && clause.subject ? [clause.subject] : clause.objects;
  const object = objects[0];
  if (object) {
    const head = tokens[object.head]!;
    if (FIGURATIVE_OFFER_OBJECTS.has(head.lower) || FIGURATIVE_OFFER_OBJECTS.has(head.lemma.toLowerCase()))
      return true;
    // "offered a $50 million reward for information leading to Maduro's arrest": a bounty is set on someone, not
    // pledged to them.
    if (BOUNTY_OBJECTS.has(head.lower)) return true;
  }
  if (offersNothing(tokens, clause)) return true;
  // The agent of a passive ("by British carriers") is the source, not someone the offer is made to.
  const preps = clause.preps.filter((prep) => !(clause.verb.passive && prep.prep === 'by'));
  const phrases = [...objects, ...preps.map((prep) => prep.phrase)];
  if (phrases.some(hasActor)) return false;
  for (const phrase of phrases)
    for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++)
      if (MARKET_OFFER_WORDS.has(tokens[i]!.lower)) return true;
  // "offered funds over 28 days at 3.80 pct", "offering at 1,460 stg a tonne": offered at a price.
  return preps.some(
    (prep) =>
      prep.prep === 'at' &&
      tokens.slice(prep.phrase.tokenStart, prep.phrase.tokenEnd).some((token) => token.pos === 'NUM'),
  );
}

/**
 * Aid objects that a government gives its own economy unless a recipient actor is named: "provides subsidies
 * of around 16 cents a pound" is farm policy; "provided subsidies to Ukraine" is aid.
 */
const DOMESTIC_AID_OBJECTS = new Set(['subsidy', 'subsidies', 'incentive', 'incentives']);

/** Is the aid pattern's object one that is aid only when given to a named actor? */
export function isDomesticAidObject(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (!pattern.code.startsWith('07')) return false;
  const [lemma, lower] = wordsOf(tokens[object.head]!);
  return DOMESTIC_AID_OBJECTS.has(lemma) || DOMESTIC_AID_OBJECTS.has(lower);
}

/** Kinds of support that are aid: "provided financial support to Mexico", "military support". */
const AID_SUPPORT_KINDS = new Set([
  'financial',
  'economic',
  'military',
  'material',
  'logistic',
  'logistical',
  'humanitarian',
  'technical',
  'food',
  'budget',
  'budgetary',
  'balance-of-payments',
  'monetary',
]);

/**
 * Support is aid only with a kind of aid named: "provided financial support to Mexico" is aid (07); "the Dutch and
 * British delegations gave general support to the Commission line" and "the meeting provided support for the
 * Australian dollar" are backing, an endorsement (05) or nothing.
 */
export function supportOfOtherKind(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  const aid = pattern.code.startsWith('07');
  if (!aid && !pattern.code.startsWith('05')) return false;
  const [lemma, lower] = wordsOf(tokens[object.head]!);
  if (lemma !== 'support' && lower !== 'support') return false;
  let kind = false;
  for (let i = object.tokenStart; i < object.head; i++)
    if (AID_SUPPORT_KINDS.has(tokens[i]!.lower)) kind = true;
  return aid !== kind;
}

/**
 * "the U.S. Agriculture Department withheld its support from the measure", "Deutsche Bank … would withhold support
 * from Volkswagen AG management at next month's annual meeting": support withheld with no kind of aid named and
 * no one it was given to is a vote or an endorsement taken back, not aid cut (162). Called only when no target was
 * found: "suspended its support to Kyiv" stays.
 */
export function withholdsBacking(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (pattern.code !== '162') return false;
  const [lemma, lower] = wordsOf(tokens[object.head]!);
  if (lemma !== 'support' && lower !== 'support') return false;
  for (let i = object.tokenStart; i < object.head; i++)
    if (AID_SUPPORT_KINDS.has(tokens[i]!.lower)) return false;
  return true;
}

/** Verbs of backing that markets and central banks also use of a price or a currency. */
const BACKING_VERBS = new Set(['support', 'back', 'underpin', 'bolster', 'prop']);
/**
 * Heads of a level a market holds ("the value of the dollar", "market sentiment", "EC oilseed prices") or of an
 * economy's quantity ("the balance of payments").
 */
const MARKET_LEVEL_HEADS = new Set([
  'value',
  'level',
  'levels',
  'price',
  'prices',
  'sentiment',
  'rate',
  'rates',
  // An economy's quantities are held up as prices are: "loans to support the balance of payments", "buy 40 …
  // aircraft to support international expansion", "revenue to support an expected glut of elderly Japanese".
  'balance',
  'expansion',
  'growth',
  'recovery',
  'economy',
  'glut',
]);

/**
 * Is backing here holding up a market level, not endorsing an actor? "the Swiss National Bank could not support the
 * value of the dollar", "the New York and Tokyo stock exchanges supported market sentiment", "supports EC oilseed
 * prices over the current market level": a price, a rate or a currency is propped up by buying, nobody is praised.
 */
export function backsMarketLevel(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (!pattern.code.startsWith('05') || !BACKING_VERBS.has(clause.verb.lemma)) return false;
  const object = clause.objects[0];
  if (!object) return false;
  const [lemma, lower] = wordsOf(tokens[object.head]!);
  return MARKET_LEVEL_HEADS.has(lemma) || MARKET_LEVEL_HEADS.has(lower) || CURRENCIES.has(lemma);
}

/** Verbs of restraint that central banks and markets also use of a price, a rate or a market's mood. */
const RESTRAINT_VERBS = new Set(['curb', 'limit', 'restrict']);
/**
 * Heads of a market's movement or mood, restrained by buying, rates or output, not by a sanction: "intervention
 * to curb upward pressure on the pound", "to curb speculation in short-term capital", "failed to curb underlying
 * bearishness toward the dollar", "target zones to limit currency fluctuations", "would limit the cost passed on
 * to rate payers".
 */
const MARKET_MOVEMENT_HEADS = new Set([
  'pressure',
  'pressures',
  'speculation',
  'bearishness',
  'fluctuation',
  'fluctuations',
  'volatility',
  'swing',
  'swings',
  'inflation',
  'cost',
  'costs',
]);

/**
 * Is this ban a restraint of a market level or movement, not an administrative sanction (172)? An object headed by
 * a market level (see MARKET_LEVEL_HEADS) or movement names no one sanctioned; "banned two brands of Austrian
 * powdered milk", "curb the activities of Iranian dissidents" still do.
 */
export function curbsMarketMovement(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (pattern.code !== '172' || !RESTRAINT_VERBS.has(clause.verb.lemma)) return false;
  // "to curb upward pressure on the pound": the tagger may take the noun for a verb of a clause of its own, and
  // leave the restraint with no object; the word after the verb and its modifiers is then the head.
  let head = clause.objects[0]?.head;
  if (head === undefined) {
    head = clause.verb.tokenEnd;
    while (tokens[head]?.pos === 'ADV' || tokens[head]?.pos === 'ADJ') head++;
    if (!tokens[head]) return false;
  }
  const [lemma, lower] = wordsOf(tokens[head]!);
  return [lemma, lower].some((word) => MARKET_MOVEMENT_HEADS.has(word) || MARKET_LEVEL_HEADS.has(word));
}

/**
 * "Barring last-ditch obstacles, … Zaire and its creditors are bound to come to terms soon": "barring" opening its
 * sentence is a preposition ("unless there are"), no ban. Quotation marks before it do not count.
 */
export function barringAsPreposition(tokens: readonly Token[], clause: Clause): boolean {
  let i = clause.verb.head;
  if (tokens[i]!.lower !== 'barring') return false;
  while (i > 0 && !tokens[i]!.sentenceStart && tokens[i - 1]!.pos === 'PUNCT') i--;
  return i === 0 || tokens[i]!.sentenceStart;
}

/** A currency's own movements, beyond the changes of a quantity (CHANGE_WORDS): "the yen strengthening". */
const CURRENCY_MOVES = new Set([
  'strengthen',
  'strengthening',
  'weaken',
  'weakening',
  'appreciation',
  'depreciation',
]);

/**
 * Is this disapproval aimed at a market's move, not at an actor (11x)? "the Fed … signalled displeasure with a dollar
 * surge above 1.87 marks", "Corrigan opposed a further fall in the value of the dollar", "did not object to the yen
 * strengthening": a phrase of the clause holds a move (a change word) of a currency or price, and none names an actor
 * ("criticised a recent rise in West German money market rates" blames West Germany's policy).
 */
export function disapprovesMarketMove(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (!pattern.code.startsWith('11')) return false;
  const phrases = [...clause.objects, ...clause.preps.map((prep) => prep.phrase)].filter(
    (phrase) => phrase.tokenStart >= clause.verb.tokenEnd,
  );
  if (phrases.some((phrase) => hasActor(phrase))) return false;
  return phrases.some((phrase) => {
    let moves = false;
    let market = false;
    // "the yen strengthening": the parse may end the phrase before the -ing form of the move.
    const after = tokens[phrase.tokenEnd];
    const last =
      after && !after.sentenceStart && after.lower.endsWith('ing') ? phrase.tokenEnd + 1 : phrase.tokenEnd;
    for (let i = phrase.tokenStart; i < last; i++) {
      const [lemma, lower] = wordsOf(tokens[i]!);
      if ([lemma, lower].some((word) => CHANGE_WORDS.has(word) || CURRENCY_MOVES.has(word))) moves = true;
      if ([lemma, lower].some((word) => CURRENCIES.has(word) || MARKET_LEVEL_HEADS.has(word))) market = true;
    }
    return moves && market;
  });
}

/**
 * What a country stops of its own supply is an embargo only when aimed at someone: "Ecuador suspended its
 * crude oil exports ... due to an earthquake", "banned the sale of petrol on weekends" halt supply or ration it;
 * "halted trade with Lithuania", "banned arms sales to Iran" name whom they hit.
 */
const OWN_SUPPLY_OBJECTS = new Set(['export', 'exports', 'sale', 'sales']);

/** Is this embargo pattern's object the source's own exports or sales, with no actor aimed at? */
export function haltsOwnSupply(tokens: readonly Token[], pattern: CompiledPattern, object: Phrase): boolean {
  if (pattern.code !== '163') return false;
  const [lemma, lower] = wordsOf(tokens[object.head]!);
  return OWN_SUPPLY_OBJECTS.has(lemma) || OWN_SUPPLY_OBJECTS.has(lower);
}

/**
 * "Trading in the generic drug company's stock was halted today by the American Stock Exchange": a market
 * halts trading in a security; "halted trade with Lithuania" (the noun, not the -ing form) is an embargo.
 */
export function haltsMarketTrading(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  return pattern.code === '163' && tokens[object.head]!.lower === 'trading';
}

/** Words of a reporting period: "in 1986", "last year", "in January", "in calendar 1985", "the first quarter". */
const PERIOD_WORDS = new Set([
  'year',
  'years',
  'month',
  'months',
  'quarter',
  'period',
  'calendar',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/**
 * A trade verb with a measured object over a period reports a figure, not a deal: "Australia exported 159,000
 * tonnes of sugar to the Soviet Union in 1986", "Britain exported 1.5 billion stg worth of goods to Saudi Arabia
 * last year". "Indonesia has imported 12,000 tonnes of refined sugar from Cuba to meet consumer demand" (no
 * period) stays a transaction.
 */
export function reportsTradeFigure(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  const verb = clause.verb;
  // "will import 250,000 bags of cement from Indonesia by the end of the month", "agreed to export to Japan
  // 23 mln tonnes of iron ore in 1987/88": a planned shipment is a deal.
  if (pattern.code !== '061' || verb.passive || verb.modal || verb.infinitive || verb.participle)
    return false;
  const object = clause.objects[0];
  if (!object) return false;
  let i = object.tokenStart;
  while (i < object.tokenEnd && tokens[i]!.pos === 'DET') i++;
  if (tokens[i]?.pos !== 'NUM') return false;
  // "Taiwan imports more than 90 pct of its soybeans from the U.S.": a share of a trade is a figure.
  if (SHARE_WORDS.has(tokens[object.head]!.lower)) return true;
  for (let j = clause.verb.tokenEnd; j < tokens.length && j < clause.verb.tokenEnd + 20; j++) {
    const token = tokens[j]!;
    if (token.sentenceStart || (j > object.tokenEnd && (token.pos === 'VERB' || token.pos === 'AUX'))) break;
    if (PERIOD_WORDS.has(token.lower) || /^(?:19|20)\d\d$/.test(token.text)) return true;
  }
  return false;
}

/** Words of a share: "90 pct of its soybeans". */
const SHARE_WORDS = new Set(['pct', 'percent', 'per cent', '%']);

/** Places an occupation takes: a position or control "of"/"in"/"over" one of them is territorial. */
const TERRITORY_WORDS = new Set(
  (
    'city cities town towns village villages territory territories region regions area areas province provinces ' +
    'district districts island islands airport airports airfield base bases port ports hill hills stronghold ' +
    'strongholds capital crossing settlement settlements oblast peninsula outpost outposts headquarters ' +
    'bridgehead border oasis camp camps front ground'
  ).split(' '),
);

/**
 * "said on entering the meeting", "has entered a swamp", "plans to enter the brokerage business": entering is an
 * occupation only of a place: a named one ("entered Kherson"), a territory word ("entered the town") or an actor's.
 */
export function entersNoPlace(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  // "The Belgo-Luxembourg Economic Union moved into a narrow trade surplus": moving into anything but a place is
  // no advance.
  if (pattern.code === '192' && pattern.prep === 'into') {
    const into = clause.preps.find((prep) => prep.prep === 'into');
    return !!into && !namesPlace(tokens, into.phrase, hasActor);
  }
  if (pattern.lemma !== 'enter' || pattern.code !== '192' || pattern.particle) return false;
  const object = clause.objects[0];
  if (!object) return !clause.preps.some((prep) => prep.prep === 'into' && hasActor(prep.phrase));
  return !namesPlace(tokens, object, hasActor);
}

/** Does a phrase name a place: an actor's, a name ("Kherson"), or a territory word ("the town")? */
function namesPlace(
  tokens: readonly Token[],
  phrase: Phrase,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (hasActor(phrase)) return true;
  const head = tokens[phrase.head]!;
  return (
    head.pos === 'PROPN' || TERRITORY_WORDS.has(head.lemma.toLowerCase()) || TERRITORY_WORDS.has(head.lower)
  );
}

/** Words of an armed force in a subject: "Iranian troops took positions", "rebels seized control". */
const FORCE_WORDS = new Set(
  'troops forces army soldiers rebels militia militiamen guerrillas fighters insurgents marines navy'.split(
    ' ',
  ),
);

/**
 * "taking control of a Canadian-led consortium", "taking a major position in a Japanese company", "held a
 * position in its stock", "has been taking the position that …": control and positions are territory only of
 * a place, or taken by a force; positions held are a state, not a seizure.
 */
export function takesNoTerritory(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  object: Phrase,
  isPlace: (i: number) => boolean = () => false,
): boolean {
  if (pattern.code !== '192') return false;
  const [lemma] = wordsOf(tokens[object.head]!);
  if (lemma !== 'position' && lemma !== 'control') return false;
  if (clause.verb.lemma === 'hold') return true;
  let end = object.tokenEnd;
  for (const prep of clause.preps) {
    if (prep.tokenIndex < end) continue;
    if (prep.tokenIndex !== end || !['of', 'in', 'over'].includes(prep.prep)) break;
    if (phraseHas(tokens, prep.phrase, TERRITORY_WORDS)) return false;
    // "seized control of Rostov-on-Don": a place of the gazetteer is territory.
    for (let i = prep.phrase.tokenStart; i < prep.phrase.tokenEnd; i++) if (isPlace(i)) return false;
    end = prep.phrase.tokenEnd;
  }
  const subject = clause.subject;
  return !(subject && phraseHas(tokens, subject, FORCE_WORDS));
}

/** Words of talk and reform after "a barrage of", "a round of": what is launched is words, not weapons. */
const VERBAL_VOLLEY_WORDS = new Set(
  (
    'threat threats ridicule criticism talks negotiations negotiation question questions accusation accusations ' +
    'abuse insults protest protests complaint complaints appeal appeals reform reforms measures trade'
  ).split(' '),
);

/**
 * "launched a barrage of threats and ridicule", "the Uruguay meeting launched a new round of GATT talks": a volley
 * or round of words or talks is no firing of weapons.
 */
export function launchesWords(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (!VIOLENT_CODE.test(pattern.code)) return false;
  const of = clause.preps.find((prep) => prep.prep === 'of' && prep.tokenIndex === object.tokenEnd);
  if (!of) return false;
  if (phraseHas(tokens, of.phrase, VERBAL_VOLLEY_WORDS)) return true;
  // "a new round of GATT (General Agreement on Tariffs and Trade) talks": a gloss in brackets splits the name
  // from the noun it modifies, which comes after the closing bracket.
  let i = of.phrase.tokenEnd;
  if (tokens[i]?.text !== '(') return false;
  while (i < tokens.length && tokens[i]!.text !== ')' && !tokens[i]!.sentenceStart) i++;
  const after = tokens[i + 1];
  return tokens[i]?.text === ')' && !!after && wordsOf(after).some((word) => VERBAL_VOLLEY_WORDS.has(word));
}

/** Words that open a question: "asked if Japan was expected to retaliate", "asked which EC countries …". */
const QUESTION_WORDS = new Set(['if', 'whether', 'what', 'which', 'how', 'why', 'who']);

/** What one is asked to do when asked a question: "asked to comment on remarks", "asked to confirm reports". */
const ANSWER_VERBS = new Set([
  'comment',
  'confirm',
  'clarify',
  'explain',
  'elaborate',
  'specify',
  'respond',
  'react',
]);

/**
 * "said Fitzwater when questioned about whether there was any change", "Under questioning by Rep. Jack Kemp (R-NY)
 * at a hearing", "would question President Reagan tomorrow about his plan": to question someone about something,
 * or to be under questioning, is to ask; only questioning a thing ("questioned the plan", "questioned whether …")
 * disputes it (110).
 */
export function questionsSomeone(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (pattern.lemma !== 'question' || !pattern.code.startsWith('11')) return false;
  // "questioned about whether …": the parse may leave "about" out of the clause's phrases.
  const after = clause.objects[0] ? clause.objects[0].tokenEnd : clause.verb.tokenEnd;
  if (clause.preps.some((prep) => prep.prep === 'about') || tokens[after]?.lower === 'about') return true;
  const verb = tokens[clause.verb.head]!;
  const before = tokens[clause.verb.tokenStart - 1];
  return verb.lower === 'questioning' && !!before && (before.lower === 'under' || before.lower === 'after');
}

/**
 * "Asked about the Iranian rhetoric, White House spokesman Marlin Fitzwater said …", "Asked by reporters if
 * Indonesia would support an extension …", "was asked by reporters if he thought the dollar had bottomed
 * out": a question put to someone, most often by the press, is no appeal (02). "asked Japan for a loan" and
 * "asked the committee to confirm its reading" (of rules) stay appeals unless what is asked is a question.
 */
export function asksQuestion(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.lemma !== 'ask' || !pattern.code.startsWith('02')) return false;
  const verb = tokens[clause.verb.head]!;
  const bare = clause.verb.tokenStart === clause.verb.head && verb.lower === 'asked';
  // A bare "Asked" opening the sentence: the one asked is the main clause's subject, the asker unnamed.
  if (bare && verb.sentenceStart) return true;
  // "Baker said 'no,' when asked about the bond decline", "Greenspan was asked by reporters": the one asked is no
  // asker; "Kuwait had asked about possible protection" and "asked the committee to confirm its view" ask for
  // something.
  const before = tokens[clause.verb.tokenStart - 1]?.lower ?? '';
  const putTo = clause.verb.passive || (bare && PUT_TO_OPENERS.has(before));
  for (let i = clause.verb.tokenEnd; i < tokens.length && i < clause.verb.tokenEnd + 10; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart || token.pos === 'VERB' || token.pos === 'AUX') {
      return (
        putTo &&
        token.pos === 'VERB' &&
        tokens[i - 1]?.lower === 'to' &&
        ANSWER_VERBS.has(token.lemma.toLowerCase())
      );
    }
    if (QUESTION_WORDS.has(token.lower) || (putTo && token.lower === 'about')) return true;
    if (token.text === ',' || token.text === ';') return false;
  }
  return false;
}

/** What a source asks of the press when it asks not to be named: "not to be identified", "to remain anonymous". */
const ANONYMITY_WORDS = new Set([
  'identified',
  'named',
  'quoted',
  'anonymous',
  'unnamed',
  'unidentified',
  'anonymity',
]);

/**
 * "The U.S. official, who asked not to be identified, said …", "officials, asking not to be named", "a diplomat who
 * requested anonymity": a source keeping its name out of the paper appeals to no one (02). Read up to the next
 * comma: "asked Japan not to be the first to cut rates" asks something of someone and stays.
 */
export function asksAnonymity(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if ((pattern.lemma !== 'ask' && pattern.lemma !== 'request') || !pattern.code.startsWith('02'))
    return false;
  const at = clause.verb.tokenEnd;
  // "asking not to be indentified": whatever the participle, asking not to be something oneself.
  if (tokens[at]?.lower === 'not' && tokens[at + 1]?.lower === 'to' && tokens[at + 2]?.lower === 'be')
    return true;
  for (let i = at; i < tokens.length && i < at + 5; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart || token.text === ',' || token.pos === 'PROPN') return false;
    if (ANONYMITY_WORDS.has(token.lower)) return true;
  }
  return false;
}

/** Words before a bare "asked" whose one asked is another clause's subject: "Balladur, asked …", "when asked". */
const PUT_TO_OPENERS = new Set(['when', 'if', 'as', ',']);

/**
 * Threats of force whose pattern names the threatened thing ("warned of possible reprisals"): with no actor
 * threatened, a warning of reprisals is a regulator's or a trading partner's warning, not a threat of
 * military force. Key: verb lemma; value: the codes' roots.
 */
const THREAT_NEEDS_TARGET: ReadonlyMap<string, RegExp> = new Map([['warn', /^138/]]);

/** Does this object pattern (a threat of force) need a target actor? */
export function threatNeedsTarget(pattern: CompiledPattern): boolean {
  return THREAT_NEEDS_TARGET.get(pattern.lemma)?.test(pattern.code) ?? false;
}

/** The head of a noun phrase that starts right after the verb group ("a retreat"), or -1. */
/** Is token `i` an -ing or -ed form that modifies the noun after it ("growing demand", "increased output")? */
function isModifyingParticiple(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return (
    token.pos === 'VERB' &&
    /(?:ing|ed)$/.test(token.lower) &&
    !!next &&
    !next.sentenceStart &&
    (next.pos === 'NOUN' || next.pos === 'ADJ')
  );
}

/** Is the adverb at `i` one inside a noun phrase, before an adjective, a number or a noun ("his earlier target")? */
function isPremodifyingAdverb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i]!.pos === 'ADV' &&
    !!next &&
    !next.sentenceStart &&
    (next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'NOUN')
  );
}

/** An all-capital word of two to five letters: "PSBR", "GDP", "LNG". */
function isAcronym(token: Token): boolean {
  return token.pos === 'PROPN' && /^\p{Lu}{2,5}$/u.test(token.text);
}

/** Verbs that name a thing in a free relative after a verb: "attacked what he called biased press reports". */
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'dub', 'brand', 'label']);

/**
 * The head of the noun phrase a free relative names ("attacked what he called 'terribly biased' press reports" →
 * "reports", "struck what it called a Hamas command centre" → "centre"), or null when no "what" follows the verb.
 */
function calledHead(tokens: readonly Token[], clause: Clause): number | null {
  if (tokens[clause.verb.tokenEnd]?.lower !== 'what') return null;
  for (let i = clause.verb.tokenEnd + 1; i < tokens.length && i <= clause.verb.tokenEnd + 4; i++) {
    if (tokens[i]!.sentenceStart) return null;
    if (!NAMING_VERBS.has(tokens[i]!.lemma.toLowerCase())) continue;
    let head: number | null = null;
    for (let k = i + 1; k < tokens.length && k <= i + 8 && !tokens[k]!.sentenceStart; k++) {
      const token = tokens[k]!;
      if (token.pos === 'NOUN' || token.pos === 'PROPN') head = k;
      else if (head !== null && token.pos !== 'PART') break;
    }
    return head;
  }
  return null;
}

function headAfterVerb(tokens: readonly Token[], clause: Clause): number {
  let head = -1;
  for (let i = clause.verb.tokenEnd; i < tokens.length && i < clause.verb.tokenEnd + 6; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart) break;
    if (token.pos === 'NOUN') head = i;
    else if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM') continue;
    // "to meet its funding needs": a possessive opens the phrase as a determiner does.
    else if (head < 0 && OWN_POSSESSIVES.has(token.lower)) continue;
    // "meeting his earlier 1987/88 PSBR target": an adverb or an acronym before the head modifies it.
    else if (head < 0 && (isPremodifyingAdverb(tokens, i) || isAcronym(token))) continue;
    // "to meet growing domestic demand", "cut rising imports": a participle before a noun modifies it.
    else if (!(head < 0 && isModifyingParticiple(tokens, i))) break;
  }
  return head;
}

/**
 * Words of debt service: a debtor that "suspended interest payments on its bank debt" or "halted payments to
 * its creditor banks" stops paying what it owes; that is no cut in aid (1621), which a donor makes.
 */
const DEBT_SERVICE = new Set([
  'interest',
  'debt',
  'debts',
  'repayment',
  'repayments',
  'amortization',
  'amortizations',
  'principal',
  'coupon',
  'creditor',
  'creditors',
  'bank',
  'banks',
  'lender',
  'lenders',
]);

/** Codes of giving or cutting aid, whose object words ("payments", "loans") also name debt service. */
const AID_CODE = /^(07|162)/;

/** Codes of a pause whose object words ("moratorium", "pause") also name a halt to debt service. */
const PAUSE_CODE = /^087/;

/** Objects of money owed or lent: with them any pattern of reducing relations ("suspend … from") is debt service. */
const PAYMENT_HEADS = new Set([
  'payment',
  'payments',
  'loan',
  'loans',
  'credit',
  'credits',
  'repayment',
  'repayments',
]);

/**
 * Words that make an aid object a market operation or a measure, not aid: "money market assistance",
 * "approved a package of measures liberalising exchange controls".
 */
const MARKET_MODIFIERS = new Set(['market', 'money', 'measure', 'measures', 'liquidity', 'refinancing']);

/**
 * Verbs of a pattern whose political sense needs an actor it is done to; without one the verb is another
 * word ("targeting growth", "has targetted countries", "downed tools", "calling it scandalous", "turned to
 * the domestic market", "hit by the fall in oil prices"). The key is the verb lemma, the value the codes'
 * roots it applies to.
 */
const NEEDS_ACTOR_TARGET: ReadonlyMap<string, RegExp> = new Map([
  ['target', /^(18|19|20)/],
  // "suspended trading", "suspended interest payments": only an actor suspended is a member put out.
  ['suspend', /^160$/],
  // "the application of Chase Manhattan Corp to engage in underwriting": a firm engages in a business.
  ['engage', /^(18|19|20)/],
  ['down', /^(18|19|20)/],
  ['hit', /^(18|19|20)/],
  ['call', /^04/],
  ['ring', /^04/],
  ['turn', /^02/],
  // "ADB lending", "the fund invests in Ginnie Mae securities", "exports to Europe": money and goods move, no
  // act between actors unless one is named.
  ['lend', /^07/],
  ['invest', /^06/],
  ['trade', /^06/],
  ['export', /^06/],
  ['import', /^06/],
  // "allowed the dollar to fall": leave to act is yielding only when an actor gets it.
  // "a Bank of Japan survey released last week", "data released Thursday", "a letter released as Abe was
  // holding meetings": with no actor freed, something was published, not someone set free.
  ['release', /^0841$/],
  ['free', /^0841$/],
  ['allow', /^080$/],
  ['permit', /^080$/],
  ['authorize', /^080$/],
  ['authorise', /^080$/],
]);

/**
 * Verbs whose target must be the object itself, not an actor in the phrase that completes it: "allowed Japan
 * to …" yields to Japan; "to allow time for negotiations with the government" yields to nobody.
 */
const NEEDS_ACTOR_OBJECT: ReadonlyMap<string, RegExp> = new Map([
  ['allow', /^080$/],
  ['permit', /^080$/],
  ['authorize', /^080$/],
  ['authorise', /^080$/],
]);

/** Must this pattern's target be its object itself ("allowed Japan to …")? */
export function needsActorObject(pattern: CompiledPattern): boolean {
  return NEEDS_ACTOR_OBJECT.get(pattern.lemma)?.test(pattern.code) ?? false;
}

/**
 * Verbs of moving away whose pattern is the intransitive sense ("Russian forces withdrew from Kherson"): with
 * an object that names no actor the verb is transitive and means taking back a thing ("withdrew its offer",
 * "had withdrawn all but 3,000 tonnes of their sales"). Withdrawing troops is its own pattern.
 */
const INTRANSITIVE_SENSES: ReadonlyMap<string, RegExp> = new Map([
  ['withdraw', /^08/],
  // "it helps industry mainly by maintaining economic stability", "the Fed and the Bundesbank helped it recover":
  // helping a thing (an industry, the dollar) gives no actor aid; "helped Brazil" does.
  ['help', /^07/],
  // "encourage competition among different financial institutions", "to encourage the use of low-pollution cars":
  // fostering a thing appeals to no one; "encouraged Iran to return" does.
  ['encourage', /^02/],
]);

/** Parts of speech that open an object that no amount or time phrase opens. */
const THING_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON']);

/** Parts of speech that open a direct object right after the verb. */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

/** Heads of a group of states or people that may be helped without an actor entry. */
const HELPED_GROUP_HEADS = new Set([
  'country',
  'countries',
  'nations',
  'states',
  'members',
  'world',
  'economies',
  'debtors',
]);

/** Is this intransitive pattern's verb used with a thing as its object? */
export function takesThingObject(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (pattern.objects || !INTRANSITIVE_SENSES.get(pattern.lemma)?.test(pattern.code)) return false;
  if (clause.verb.passive) return false;
  const object = clause.objects[0];
  if (pattern.lemma === 'help' || pattern.lemma === 'encourage') {
    // "to help developing countries", "to help the Third World", "help members": people and states that no
    // dictionary entry names are still helped. "Qatar helped Lebanon pay its soldiers": the one helped may
    // stand as the next clause's subject.
    if (!object || hasActor(object)) return false;
    // "to encourage foreign private businesses to invest here": whoever is urged to act is an addressee.
    if (pattern.lemma === 'encourage' && tokens[object.tokenEnd]?.lower === 'to') return false;
    const head = tokens[object.head]!;
    return !namesPeople(head) && !HELPED_GROUP_HEADS.has(head.lower) && head.pos !== 'PROPN';
  }
  if (object) return !hasActor(object);
  const next = tokens[clause.verb.tokenEnd];
  return !!next && !next.sentenceStart && OBJECT_OPENERS.has(next.pos);
}

/**
 * Verbs of the plain yielding pattern whose yielding sense takes no object ("Serbia gave in to the EU", "bowed to
 * Germany", "submitted to arbitration"). With an object they are other verbs: "gave a preliminary breakdown of
 * grain in the Farmer-Owned Reserve" and "has given Israel 25 billion dlrs in aid" hold no "give in", "Given the
 * IMF role in the Argentine accord" is a preposition, "submitted a financial disclosure report to the Judicial
 * Conference" hands over a paper, "the property yielded higher gold grades" produces.
 */
const YIELDS_WITHOUT_OBJECT = new Set(['give', 'submit', 'yield', 'bow', 'cave', 'relent', 'capitulate']);

/** Is this verb of yielding used with an object, which makes it another verb ("gave a breakdown … in")? */
export function yieldsWithObject(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (pattern.objects || pattern.code !== '080' || !YIELDS_WITHOUT_OBJECT.has(pattern.lemma)) return false;
  if (clause.verb.passive) return false;
  if (clause.objects.length > 0) return true;
  const next = tokens[clause.verb.tokenEnd];
  if (next && !next.sentenceStart && OBJECT_OPENERS.has(next.pos)) return true;
  // "submitted to Congress its proposals": a second noun phrase inside the preposition's is the object.
  const prep = pattern.prep ? clause.preps.find((candidate) => candidate.prep === pattern.prep) : undefined;
  if (!prep) return false;
  for (let i = prep.phrase.tokenStart + 1; i < prep.phrase.tokenEnd; i++) {
    const before = tokens[i - 1]!.pos;
    const pos = tokens[i]!.pos;
    if ((pos === 'DET' || pos === 'PRON') && (before === 'NOUN' || before === 'PROPN')) return true;
  }
  return false;
}

/**
 * "consider" that appraises a thing instead of weighing an option: "it considers the accord inoperative",
 * "consider him a key backer", "considered the meeting to be extremely useful". The object has its own
 * predicate (an adjective, a second noun phrase, "to be"); an opinion is held, no policy option is weighed (014).
 * "considering sanctions as a response" still weighs one.
 */
const APPRAISAL_VERBS = new Set(['consider', 'reconsider']);

/** Words that open or head a time phrase standing after an object ("this summer", "last month"). */
const TIME_PHRASE_WORDS = new Set([
  'last',
  'this',
  'next',
  'early',
  'late',
  'day',
  'week',
  'month',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
  'today',
  'tomorrow',
  'yesterday',
]);

function namesTime(tokens: readonly Token[], phrase: Phrase): boolean {
  return (
    TIME_PHRASE_WORDS.has(tokens[phrase.tokenStart]!.lower) ||
    TIME_PHRASE_WORDS.has(tokens[phrase.head]!.lower)
  );
}

/** An adjective that no noun follows: a predicate ("inoperative."), not a modifier ("last month"). */
function isPredicateAdjective(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.sentenceStart || token.pos !== 'ADJ' || TIME_PHRASE_WORDS.has(token.lower))
    return false;
  const next = tokens[i + 1];
  return !next || next.sentenceStart || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos);
}

/** Does this "consider" give its object a predicate ("considers the accord inoperative")? */
export function appraisesObject(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!APPRAISAL_VERBS.has(pattern.lemma) || !pattern.code.startsWith('01') || clause.verb.passive)
    return false;
  const object = clause.objects[0];
  if (!object) return false;
  // "consider him a key backer"; "reconsider the issue this summer" is a time phrase.
  const second = clause.objects[1];
  if (second && second.tokenStart === object.tokenEnd && !namesTime(tokens, second)) return true;
  // "the accord inoperative": an adjective after the object's head, inside its phrase or right after it.
  for (let i = object.head + 1; i < object.tokenEnd; i++) if (isPredicateAdjective(tokens, i)) return true;
  let next = object.tokenEnd;
  // "considers talks on agricultural trade reform to be a priority": the object's own phrases come first.
  for (const prep of clause.preps)
    if (prep.tokenIndex === next && prep.prep !== 'as') next = prep.phrase.tokenEnd;
  if (tokens[next]?.pos === 'ADV' && !tokens[next]!.sentenceStart) next++;
  const after = tokens[next];
  if (!after || after.sentenceStart) return false;
  if (isPredicateAdjective(tokens, next)) return true;
  // "to be a priority", not "sanctions … to be imposed next month" (the option itself).
  return after.lower === 'to' && tokens[next + 1]?.lower === 'be' && tokens[next + 2]?.pos !== 'VERB';
}

/** Words that open a relative clause after a noun: what follows them is the noun's, not a content clause. */
const RELATIVE_OPENERS = new Set(['which', 'that', 'who', 'whom', 'whose', 'where', 'when']);

/** Parts of speech of a noun phrase that may stand before a content clause's verb. */
const CONTENT_SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Prepositions inside such a noun phrase ("Brazilian FCOJ exports to the U.S. have caused injury"); "after",
 * "before" or "until" open a clause of time ("consider stimulative measures after the budget was made final").
 */
const CONTENT_SUBJECT_PREPS = new Set(['of', 'to', 'from', 'in', 'on']);

/**
 * Does this "consider" hold an opinion in a way the parser did not give it an object for? A predicate after the
 * verb itself, where the object stands before it in a relative clause ("on terms Washington considers far too
 * lax", "principles the Reagan administration considers critical") or after a demonstrative ("likely to consider
 * this much too complex"); a participle closing the object ("Washington considered the case closed"); or a content
 * clause ("they consider their currencies are now within ranges", "we considered all political obstacles had been
 * removed", "whether the U.S. considers Brazilian FCOJ exports to the U.S. have caused injury"). An opinion is
 * held, no option is weighed (014). "considering a proposal which is …" and "considering the request" still weigh.
 */
export function holdsOpinion(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!APPRAISAL_VERBS.has(pattern.lemma) || !pattern.code.startsWith('01') || clause.verb.passive)
    return false;
  const from = clause.verb.tokenEnd;
  let i = from;
  if (tokens[i]?.lower === 'this' || tokens[i]?.lower === 'it') i++;
  let degree = false;
  while (tokens[i]?.pos === 'ADV' && !tokens[i]!.sentenceStart) {
    if (tokens[i]!.lower === 'too') degree = true;
    i++;
  }
  // "consider such a measure": an adjective before a determiner opens the object.
  const predicate = isPredicateAdjective(tokens, i) && tokens[i + 1]?.pos !== 'DET';
  if (degree || ((i > from || clause.objects.length === 0) && predicate)) return true;
  const object = clause.objects[0];
  if (object) {
    const participle = tokens[object.tokenEnd];
    const after = tokens[object.tokenEnd + 1];
    if (
      participle?.pos === 'VERB' &&
      !participle.sentenceStart &&
      participle.lower.endsWith('ed') &&
      (!after || after.sentenceStart || after.pos === 'PUNCT')
    )
      return true;
  }
  for (let k = from; k < from + 10; k++) {
    const token = tokens[k];
    if (!token || token.sentenceStart || RELATIVE_OPENERS.has(token.lower)) return false;
    if (token.pos === 'AUX') return k > from;
    // A possessive opens the subject ("their currencies"); a pronoun after a noun opens a relative clause.
    if (token.pos === 'PRON' && k === from) continue;
    if (
      !CONTENT_SUBJECT_POS.has(token.pos) &&
      !(token.pos === 'ADP' && CONTENT_SUBJECT_PREPS.has(token.lower))
    )
      return false;
  }
  return false;
}

/**
 * Verbs of patterns with a required object whose political sense needs an actor they are aimed at: markets and
 * prices "lend support" too ("Also lending support, said traders, are reports …"); "the US lent support to
 * Ukraine" names the recipient. Key: verb lemma; value: the codes' roots.
 */
const OBJECT_PATTERN_NEEDS_TARGET: ReadonlyMap<string, RegExp> = new Map([
  // "Indonesia has imported palm oil this year", "domestic and imported oils": trade in goods is cooperation
  // with the trading partner; with none named, goods move and no actor deals with another.
  ...['buy', 'purchase', 'import', 'sell', 'export', 'ship', 'supply'].map(
    (lemma) => [lemma, /^061$/] as [string, RegExp],
  ),
  ['lend', /^05/],
  ['throw', /^05/],
  // "raised import duties on cars": tariffs raised on no country are trade policy; "raised tariffs on Brazilian
  // goods" sanction Brazil.
  ...['raise', 'increase', 'hike', 'double', 'triple'].map((lemma) => [lemma, /^163$/] as [string, RegExp]),
  // "Taiwan cut import tariffs on some 1,700 foreign products": lowered on no country named, the same policy;
  // "cut tariffs on Chinese goods" eases a sanction of China (cut-tariffs, 085).
  ...['cut', 'reduce', 'lower', 'halve', 'slash'].map((lemma) => [lemma, /^085$/] as [string, RegExp]),
  // "the International Monetary Fund meeting also provided support for the Australian dollar": support provided or
  // extended backs someone only when an actor gets it ("would not provide support to Israel").
  // "Weinberger gave no details of the anti-submarine program", "it would provide further details later": details
  // or information given to no one named are a statement (or a refusal to comment), not intelligence shared.
  ['provide', /^(051|064)$/],
  ['extend', /^051$/],
  // "gave permission for the merger": permission is yielding only when an actor is given it.
  ['give', /^(080|064)$/],
  // "Sarney today declared 'a war without quarter' on inflation": a war declared on no actor is a campaign.
  ['declare', /^138$/],
  ['grant', /^080$/],
  ['issue', /^080$/],
  // "Iran flew drones over the Gulf", "sent drones to Russia": drones flown or sent attack only someone they are
  // sent at ("sent 40 drones at Kyiv"); launched or fired, they are an attack whether or not the text names its aim.
  ['fly', /^195$/],
  ['send', /^195$/],
  // "The West German Cabinet approved a plan to mint a special 10-mark coin", "the Philippine Senate approved a
  // proposal to repay loans": a body that approves a plan with no one's name on it passes a measure of its own;
  // approving another's plan names him ("approved the U.S. request"). "Accept" stays: "declined to accept the
  // plan" answers someone even when the text leaves him out.
  ['approve', /^030$/],
  ['endorse', /^030$/],
  // "Argentina signed a contract with Sulzer in 1980", "The U.S. Army signed a contract … to pay General Dynamics":
  // a contract with no actor on the other side is business (sign-contract, 061).
  ...['sign', 'ink', 'conclude', 'seal', 'finalize', 'finalise', 'initial', 'enter'].map(
    (lemma) => [lemma, /^061$/] as [string, RegExp],
  ),
]);

/** Does this object pattern need a target actor ("lent support to Ukraine", not "lending support" to prices)? */
export function objectPatternNeedsTarget(pattern: CompiledPattern): boolean {
  return OBJECT_PATTERN_NEEDS_TARGET.get(pattern.lemma)?.test(pattern.code) ?? false;
}

/**
 * Verbs whose pattern is the transitive sense and that are another verb with no object: "ADB lending had
 * declined" falls; "declined the offer" and "declined to comment" (its own sense) reject. Key: verb lemma;
 * value: the codes' roots.
 */
const NEEDS_OBJECT: ReadonlyMap<string, RegExp> = new Map([
  ['decline', /^12/],
  // "banned women from studying at universities": one studies something, or whether or how to act.
  ['study', /^01/],
]);
/** Words after a verb that open what it takes instead of an object. */
const QUESTION_OPENERS = new Set(['whether', 'how', 'what', 'if', 'ways']);

/**
 * Does a verb of one's own demobilisation take another's forces as its object ("Israel vowed to disarm Hamas")?
 * Disarming oneself is 0873 ("Hamas said it would not disarm"); disarming an enemy is no concession of its own.
 */
export function disarmsAnother(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.code !== '0873' || pattern.objects || clause.objects.length === 0) return false;
  return !REFLEXIVES.has(tokens[clause.objects[0]!.head]!.lower);
}
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves']);

/** Is this transitive pattern's verb used with no object and no infinitive ("exports declined")? */
export function lacksObject(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!NEEDS_OBJECT.get(pattern.lemma)?.test(pattern.code) || clause.verb.passive) return false;
  if (clause.objects.length > 0) return false;
  const next = tokens[clause.verb.tokenEnd];
  if (!next || next.sentenceStart) return true;
  // "ready to study setting up a fund", "study whether to impose sanctions".
  if (QUESTION_OPENERS.has(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing'))) return false;
  // "declining to 1/8 pct": "to" and a figure, no infinitive.
  if (next.lower === 'to') return !isInfinitiveAt(tokens, clause.verb.tokenEnd + 1);
  // "declined 5 pct", "declined last year": an amount or a time is no object; nor is "which" opening a relative.
  return !THING_OPENERS.has(next.pos) || RELATIVE_WORDS.has(next.lower);
}

const RELATIVE_WORDS = new Set(['which', 'that', 'who', 'whose']);

/** Does a verb (or an adverb before one) stand at `i`, after "to"? */
function isInfinitiveAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.sentenceStart) return false;
  if (token.pos === 'ADV') return tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX';
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/** Words of a commodity tender around rejected bids or offers: "at today's weekly tender", "per tonne". */
const TENDER_WORDS = new Set([
  'tender',
  'tenders',
  'tonne',
  'tonnes',
  'licence',
  'licences',
  'license',
  'licenses',
]);

/**
 * Bids and offers turned down at a commodity tender: "The EC Commission rejected all bids for free market
 * bread-making and feed wheat … at today's weekly EC cereals tender", "Brazil rejected all offers at tonight's
 * wheat tender", "USDA rejected a U.S. firm's offer of 80 dlrs per tonne". A buyer's or a market board's choice
 * among sellers, no rejection of a proposal (12). "Lawson rebuffed Funaro's bid" names no tender and stays.
 */
export function rejectsTenderBids(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (!pattern.code.startsWith('12')) return false;
  const object = clause.verb.passive ? clause.subject : clause.objects[0];
  // "Pakistan rejected offers at its tender for 12,000 tonnes": the parser may read a bare plural after the verb
  // as a verb of its own and leave the clause no object.
  const next = tokens[clause.verb.tokenEnd];
  const at = object
    ? object.head
    : !clause.verb.passive && next && !next.sentenceStart
      ? clause.verb.tokenEnd
      : -1;
  if (at < 0) return false;
  const head = tokens[at]!.lemma.toLowerCase();
  if (head !== 'bid' && head !== 'offer') return false;
  for (let i = clause.verb.tokenEnd; i < tokens.length && i < clause.verb.tokenEnd + 20; i++) {
    const token = tokens[i]!;
    // "rejected the U.S. offer then on the grounds that the 13 dlr per tonne subsidy …": a reason is no tender.
    if (token.sentenceStart || token.pos === 'SCONJ' || token.lower === 'that' || token.text === ',') break;
    if (TENDER_WORDS.has(token.lower)) return true;
  }
  return false;
}

/** What a buyer asks sellers for: "seeking offers", "inviting bids", "called a tender". */
const BIDDING_WORDS = new Set(['offer', 'bid', 'tender', 'quotation']);

/**
 * Bids and offers asked for in a market: "The U.S. Mint said it is seeking offers on 4,784,000 lbs of special
 * high-grade zinc", "an advertisement from Turkish Sugar Factories inviting offers of 100,000 tonnes". A buyer's
 * call for sellers' prices, no appeal (02) or invitation (036) to an actor. As with a rejected tender, the parser
 * may read the bare plural as a verb and leave the clause no object. An actor in the object is the one asked.
 */
export function asksForBids(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (!pattern.code.startsWith('02') && pattern.code !== '036') return false;
  const object = clause.objects[0];
  // "urged the Reagan administration offer the Soviet Union wheat": an actor asked, whatever the parse made the head.
  if (object && hasActor(object)) return false;
  const next = tokens[clause.verb.tokenEnd];
  const at = object ? object.head : next && !next.sentenceStart ? clause.verb.tokenEnd : -1;
  if (at < 0) return false;
  const [lemma, lower] = wordsOf(tokens[at]!);
  return BIDDING_WORDS.has(lemma) || BIDDING_WORDS.has(lower.replace(/s$/, ''));
}

/** Bodies that are given a task: "a Philippine panel charged with recovering illegal wealth". */
const TASKED_BODIES = new Set([
  'panel',
  'committee',
  'commission',
  'body',
  'agency',
  'council',
  'board',
  'team',
  'group',
  'meeting',
  'office',
  'unit',
  'force',
]);

/** What a seller charges: "the base price they charge Japanese steelmakers". */
const CHARGED_AMOUNTS = new Set(['price', 'prices', 'fee', 'fees', 'rate', 'rates', 'premium', 'premiums']);

/**
 * "Charge" in another sense than legal action (173): a body given a task ("a Philippine panel charged with
 * recovering illegal wealth", "a meeting charged with preparing the ground"), a price charged ("cut the base
 * price they charge Japanese steelmakers") or a rush forward ("will clearly charge ahead now"). "Belarus charged
 * a Polish journalist with treason" and "was charged with spying" stay.
 */
export function chargesNoOne(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.lemma !== 'charge' || pattern.code !== '173') return false;
  const after = tokens[clause.verb.tokenEnd];
  if (after?.lower === 'ahead') return true;
  const before = tokens[clause.verb.tokenStart - 1];
  if (after?.lower === 'with' && before && TASKED_BODIES.has(before.lemma.toLowerCase())) return true;
  const object = clause.objects[0];
  if (object && CHARGED_AMOUNTS.has(tokens[object.head]!.lower)) return true;
  for (let i = clause.verb.tokenStart - 1; i >= 0 && i >= clause.verb.tokenStart - 3; i--) {
    const token = tokens[i]!;
    if (CHARGED_AMOUNTS.has(token.lower)) return true;
    if (token.sentenceStart) break;
  }
  return false;
}

/** Verbs of fighting that news also uses of a dispute or a campaign. */ /** Verbs of fighting that news also uses of a dispute or a campaign. */
const FIGHT_VERBS = new Set(['fight', 'battle']);

/**
 * Fighting no foe: "the Bank of England again fought against money and bond market pressure", "a good case to
 * fight the proposed tax in GATT", "he fought the battle against a subsidy", "the order, which is being fought
 * by Canada". What is fought (the object, a passive subject, an "against" phrase) names no actor, and no
 * "against" or "with" phrase names one either; plain "fighting continues" stays combat.
 */
export function fightsNoFoe(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (!FIGHT_VERBS.has(pattern.lemma) || !pattern.code.startsWith('19') || pattern.objects) return false;
  const foes = clause.preps.filter((prep) => prep.prep === 'against' || prep.prep === 'with');
  if (foes.some((prep) => hasActor(prep.phrase))) return false;
  const fought = clause.verb.passive ? clause.subject : (clause.objects[0] ?? null);
  if (fought) {
    // "fighting the forces of President Hissene Habre": the foe may be named in the phrase after the object.
    const of = clause.preps.find((prep) => prep.tokenIndex === fought.tokenEnd && prep.prep === 'of');
    return (!hasActor(fought) || headsUndertaking(tokens, fought)) && !(of && hasActor(of.phrase));
  }
  if (foes.length > 0) return true;
  // "fought against money and bond market pressure for a … rate cut": the parser lent the phrase to the next verb.
  const at = clause.verb.tokenEnd;
  if (tokens[at]?.lower !== 'against') return false;
  let end = at + 1;
  while (
    end < tokens.length &&
    !tokens[end]!.sentenceStart &&
    tokens[end]!.pos !== 'VERB' &&
    tokens[end]!.pos !== 'PUNCT'
  )
    end++;
  return end > at + 1 && !hasActor({ tokenStart: at + 1, tokenEnd: end, head: end - 1 });
}

/** Nouns of what a government undertakes, which one opposes but does not fight in arms. */
const UNDERTAKINGS = new Set(
  'attempt attempts bid bids effort efforts move moves plan plans proposal proposals decision decisions policy policies'.split(
    ' ',
  ),
);

/**
 * Is the fought phrase headed by an undertaking ("the U.K. would fight the Japanese government's attempt to
 * prevent Cable and Wireless …")? The actor it names is only whose attempt it is: a dispute, no combat.
 */
function headsUndertaking(tokens: readonly Token[], fought: Phrase): boolean {
  return UNDERTAKINGS.has(tokens[fought.head]!.lower);
}

/** Heads of an amount that may follow a verb of falling: "has declined a bit", "declined 5 pct". */
const AMOUNT_HEADS = new Set(['bit', 'little', 'lot', 'pct', 'percent', 'point', 'points', 'half', 'third']);

/**
 * A verb of declining that tells of a quantity falling: "U.S. sugar consumption has declined", "IMF exposure …
 * has declined a bit since then" (a subject whose head names no actor, with no infinitive and no object but an
 * amount), "To counter declining output" (an -ing form before a noun, with no subject before it).
 */
export function fallsAsQuantity(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  if (!NEEDS_OBJECT.get(pattern.lemma)?.test(pattern.code) || clause.verb.passive) return false;
  const verb = clause.verb;
  if (verb.tokenStart === verb.head && isModifyingParticiple(tokens, verb.head)) {
    const previous = tokens[verb.head - 1];
    if (!previous || tokens[verb.head]!.sentenceStart || !['NOUN', 'PROPN', 'PRON'].includes(previous.pos))
      return true;
  }
  if (tokens[verb.tokenEnd]?.lower === 'to' && isInfinitiveAt(tokens, verb.tokenEnd + 1)) return false;
  const object = clause.objects[0];
  if (object && !AMOUNT_HEADS.has(tokens[object.head]!.lower) && tokens[object.tokenStart]!.pos !== 'NUM')
    return false;
  const subject = clause.subject;
  return !!subject && tokens[subject.head]!.pos === 'NOUN' && !inMention(subject.head);
}

/**
 * Verbs that pledge only with an infinitive: "Britain undertook to communicate its decision to its partners"
 * promises; "undertook a diplomatic push", "is undertaking a restructuring of CNP", "has undertaken an act of
 * armed aggression" and "the smelter complex to be undertaken by Britain" carry something out. Key: verb lemma;
 * value: the codes' roots.
 */
const PLEDGES_ONLY_WITH_INFINITIVE: ReadonlyMap<string, RegExp> = new Map([['undertake', /^03/]]);

/** Is this pledge verb used without the infinitive that makes it a promise ("undertook a diplomatic push")? */
export function pledgesNoInfinitive(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (!PLEDGES_ONLY_WITH_INFINITIVE.get(pattern.lemma)?.test(pattern.code)) return false;
  if (clause.verb.passive) return true;
  let i = clause.verb.tokenEnd;
  if (tokens[i]?.pos === 'ADV') i++;
  return !(tokens[i]?.lower === 'to' && tokens[i + 1]?.pos === 'VERB');
}

/**
 * Verbs of command whose demand is made of someone: "ordered its armed forces to defend the island's territorial
 * waters", "has ordered securities houses to report". Ordering a thing is buying it or deciding it ("Pakistan
 * ordered 180 military trucks", "ordered a CRAY X-MP", "ordered the study", "the tariffs Reagan ordered", "he
 * ordered the strike on the first platform"): nobody is asked to do anything. Key: verb lemma; value: the codes.
 */
const COMMANDS_SOMEONE: ReadonlyMap<string, RegExp> = new Map([
  ['order', /^100$/],
  ['command', /^100$/],
]);

/**
 * Is this verb of command used without anyone commanded: no actor as its object and no infinitive after the
 * object (or, in a passive, after the verb and its agent: "were ordered by the court to leave")?
 */
export function commandsNoOne(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (pattern.objects || !COMMANDS_SOMEONE.get(pattern.lemma)?.test(pattern.code)) return false;
  const object = clause.verb.passive ? undefined : clause.objects[0];
  if (object && hasActor(object)) return false;
  let i = object ? object.tokenEnd : clause.verb.tokenEnd;
  const agent = clause.preps.find((prep) => prep.prep === 'by' && prep.tokenIndex === i);
  if (clause.verb.passive && agent) i = agent.phrase.tokenEnd;
  // "ordered his ruling Liberal Democratic Party (LDP) to come up with its own measures": an abbreviation in
  // brackets still belongs to the object.
  if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')') i += 3;
  return !(tokens[i]?.lower === 'to' && tokens[i + 1]?.pos === 'VERB');
}

/** Verbs of the protest pattern (141) that mean showing or gathering when they take an object or "to". */
const SHOWING_VERBS = new Set(['demonstrate', 'rally']);

/**
 * Is "demonstrate" or "rally" used in its other sense, showing a thing or rallying to a side? A protest is
 * intransitive ("Iranian students rallied outside the British embassy"); with an object, in the passive or with
 * "to" after the verb, nobody takes to the streets: "Brazil's economic program clearly demonstrates the
 * intention to renegotiate", "Reagan's reduced strength in Congress has been demonstrated by the U.S. Senate's
 * decision", "Dutch institutions have been rallying to buoyant foreign markets".
 */
export function showsOrGathers(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.code !== '141' || pattern.prep || !SHOWING_VERBS.has(pattern.lemma)) return false;
  if (clause.verb.passive || clause.objects.length > 0) return true;
  const next = tokens[clause.verb.tokenEnd];
  return !!next && !next.sentenceStart && (next.lower === 'to' || next.lower === 'behind');
}

/**
 * Is a demolition one of ships, the trade of shipbreaking? "Taiwanese breakers demolished a record 344 vessels
 * totalling 3.69 million light displacement tons", "South Korea demolished ships of 910,000 ldt": old ships are
 * broken up for scrap; property destroyed in conflict is a house, a village, a building.
 */
export function breaksShips(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.code !== '1712' || clause.verb.passive) return false;
  const object = clause.objects[0];
  return !!object && MERCHANT_CRAFT.has(tokens[object.head]!.lower);
}

/** Verbs of demand that are also nouns or adjectives a tagger may take for verbs: "pressure", "demands", "pressing". */
const DEMAND_WORD_VERBS = new Set(['pressure', 'demand', 'press', 'push']);

/** Words that stand before a noun or an adjective, never right before a finite verb of demand. */
const BEFORE_NOUN_WORDS = new Set(
  (
    'the a an no most more less very so particularly especially too upward ' +
    'downward increasing growing mounting strong heavy intense domestic foreign international political'
  ).split(' '),
);

/** Adverbs after "press" or "push" that make it going on with one's own course: "press ahead with efforts". */
const ONWARD_WORDS = new Set(['ahead', 'forward', 'through']);

/**
 * Is the "verb" of demand a noun, an adjective or the pushing on of one's own plans? Market pressure and demand
 * for goods demand nothing of anyone, and a state that presses ahead presses no one: "upward pressure on the mark
 * would ease", "due to pressure from South American and U.S. Soybean output", "refused to bend to demands for
 * lower prices", "the EC would not bow to pressure to reach an early agreement", "the most pressing trade issue
 * for the U.S.", "the U.S. would press ahead with efforts to reduce its budget deficit", "moves to push through
 * the delayed draft budget". Active "pressure" always has someone pressured; with no object it is the noun.
 */
export function namesDemandNoun(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!pattern.code.startsWith('10') || !DEMAND_WORD_VERBS.has(clause.verb.lemma)) return false;
  const verb = clause.verb;
  const word = tokens[verb.head]!;
  const before = tokens[verb.head - 1];
  const next = tokens[verb.head + 1];
  if (before && !word.sentenceStart && BEFORE_NOUN_WORDS.has(before.lower) && verb.tokenStart === verb.head)
    return true;
  // "bend to demands": after "to", an infinitive has no "-s".
  if (before?.lower === 'to' && /s$/.test(word.lower) && word.lower !== 'press') return true;
  const lone = !verb.passive && clause.objects.length === 0;
  if (lone && verb.lemma === 'pressure') return true;
  if (lone && verb.lemma === 'demand' && (next?.lower === 'for' || next?.lower === 'from')) return true;
  if ((verb.lemma === 'press' || verb.lemma === 'push') && next && !next.sentenceStart) {
    if (ONWARD_WORDS.has(next.lower)) return true;
    if (next.lower === 'on' && tokens[verb.head + 2]?.lower === 'with') return true;
  }
  return false;
}

/** Verbs of the patrol pattern (150) that any craft does on its way: "sailed to Bahrain". */
const VOYAGE_VERBS = new Set(['sail', 'fly', 'overfly', 'circle']);

/** Craft of trade and travel, which sail and fly without showing force. */
const MERCHANT_CRAFT = new Set(
  'ship ships tanker tankers vessel vessels freighter freighters liner liners airliner airliners boat boats'.split(
    ' ',
  ),
);

/** Words that make a craft a warship: "navy vessels", "naval ships", "war ships". */
const WAR_CRAFT_WORDS = new Set(['navy', 'naval', 'war', 'military', 'coast', 'guard', 'patrol', 'research']);

/**
 * Is the craft that sails or flies a merchant one? Tankers, cargo ships and liners go about their trade: "the
 * chartered Soviet tankers to sail between Kuwait and Khor Fakkan", "a Kuwaiti ship which sailed to Bahrain",
 * "Soviet cargo ships … were known to have sailed under escort". A warship sailing near a coast, or jets flying
 * over an island, show force ("A Chinese warship sailed near the Philippine coast"; "navy vessels patrolling the
 * Gulf" patrols, which is not among these verbs).
 */
export function sailsOnTrade(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.code !== '150' || !VOYAGE_VERBS.has(pattern.lemma)) return false;
  const subject = clause.subject;
  if (!subject) return false;
  return MERCHANT_CRAFT.has(tokens[subject.head]!.lower) && !phraseHas(tokens, subject, WAR_CRAFT_WORDS);
}

/**
 * Places of "go to the …" that make an idiom, not a journey: "expect her to go to the country some time this year"
 * and "urging Thatcher to go to the polls in June" call an election; "he's not going to the mat again" fights on.
 */
const IDIOM_DESTINATIONS = new Set(['country', 'polls', 'mat']);

/** Is this "go to" an idiom ("go to the country", "go to the polls") rather than a visit (042)? */
export function goesToIdiom(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.code !== '042' || pattern.lemma !== 'go' || pattern.prep !== 'to') return false;
  const to = clause.preps.find((candidate) => candidate.prep === 'to');
  if (!to) return false;
  const { tokenStart, tokenEnd, head } = to.phrase;
  // Only the bare "the country": "went to the country's capital" travels.
  const next = tokens[tokenEnd];
  const bare = tokenEnd - tokenStart === 2 && tokens[tokenStart]!.lower === 'the';
  return bare && IDIOM_DESTINATIONS.has(tokens[head]!.lower) && !(next && next.lower === "'s");
}

/** Words of a force that retreats: "Libyan troops", "a Libyan force of some 3,000 men". */
const RETREATING_FORCE_WORDS = new Set([...FORCE_WORDS, 'force', 'soldier', 'troop', 'unit', 'units']);

/** Installations a force holds and leaves, besides territory: "the second platform had been abandoned". */
const HELD_INSTALLATIONS = new Set([
  'platform',
  'platforms',
  'garrison',
  'garrisons',
  'post',
  'posts',
  'trench',
]);

/** Prepositions of the place a retreat leaves: "withdrew from Syria", "pull out of Afghanistan". */
const LEFT_PLACE_PREPS = new Set(['from', 'of']);

/**
 * Is a retreat verb with no object words of its own ("abandon", "withdraw from", "pull out of") used of
 * something other than a force leaving a place? A retreat is done by a force ("Libyan troops are evacuating
 * their last stronghold") or leaves a place, a state or a body ("Russia withdrew from Syria", "withdrawal from
 * ECOWAS"). Policies, attempts, markets and projects are given up, not retreated from: "Andreotti abandoned his
 * attempts to form a government", "OPEC members abandoned restraint", "Japanese investors are not expected to
 * withdraw from U.S. stocks", "Britain may pull out of the European EH-101 project", "pull out all the stops".
 */
export function retreatsFromNoPlace(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  objects: readonly Phrase[],
  inMention: (i: number) => boolean,
  isPlace: (i: number) => boolean,
): boolean {
  if (pattern.code !== '0874' || pattern.objects) return false;
  if (clause.subject && !clause.verb.passive && phraseHas(tokens, clause.subject, RETREATING_FORCE_WORDS))
    return false;
  const left = (phrase: Phrase): boolean => {
    const head = tokens[phrase.head]!;
    const [lemma, lower] = wordsOf(head);
    return (
      inMention(phrase.head) ||
      isPlace(phrase.head) ||
      head.pos === 'PROPN' ||
      TERRITORY_WORDS.has(lemma) ||
      TERRITORY_WORDS.has(lower) ||
      HELD_INSTALLATIONS.has(lower)
    );
  };
  if (objects.some(left)) return false;
  return !clause.preps.some((prep) => LEFT_PLACE_PREPS.has(prep.prep) && left(prep.phrase));
}

/** Forces and their craft, which blast with weapons: "U.S. Navy warships blasted the Rostam platform". */
const BLASTING_FORCES = new Set([
  ...FORCE_WORDS,
  ...(
    'force warship warships jet jets warplane warplanes plane planes aircraft bomber bombers gunboat gunboats ' +
    'destroyer destroyers frigate frigates helicopter helicopters artillery tank tanks raider raiders'
  ).split(' '),
]);

/**
 * Which sense of "blast" (or "hit back at") fits: a force or its craft blasting attacks (19x: "U.S. Navy warships blasted the Rostam
 * platform", "having been blasted by U.S. Navy raiders"); anyone else blasting criticises (111: "The senator
 * blasted the administration"). True when the pattern is the other sense.
 */
export function blastsInOtherSense(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  // "Moscow hit back at the EU's new sanctions" retorts (111); "Israel hit back at Hezbollah with air strikes" does
  // not: a force, or force it hits back with, is no criticism.
  if ((pattern.lemma === 'hit' || pattern.lemma === 'strike') && pattern.particle === 'back')
    return (
      pattern.code === '111' &&
      ((!!clause.subject && phraseHas(tokens, clause.subject, BLASTING_FORCES)) ||
        clause.preps.some((prep) => prep.prep === 'with' && phraseHas(tokens, prep.phrase, ACTS_OF_FORCE)))
    );
  if (pattern.lemma !== 'blast') return false;
  const agent = clause.verb.passive
    ? clause.preps.find((prep) => prep.prep === 'by')?.phrase
    : (clause.subject ?? undefined);
  const force = !!agent && phraseHas(tokens, agent, BLASTING_FORCES);
  return pattern.code.startsWith('19') ? !force : pattern.code === '111' && force;
}

/** Verbs of the force pattern "mobilize" (154) that mean raising or levying something else with a thing as object. */
const MOBILIZING_VERBS = new Set(['mobilize', 'mobilise', 'draft']);

/**
 * What is mobilised when no force is: "the capacity for mobilising our own resources", "to mobilise more domestic
 * resources to finance development programs", "mobilizing their mammoth capital assets".
 */
const MOBILIZED_MEANS = new Set([
  'resource',
  'resources',
  'capital',
  'asset',
  'assets',
  'fund',
  'funds',
  'money',
  'saving',
  'savings',
  'credit',
  'finance',
  'financing',
  'investment',
  'support',
  'opinion',
]);

/**
 * Is this verb of the mobilisation pattern (154) used in another sense? Money, resources or opinion mobilised
 * are no forces; and "draft" conscripts only people ("drafted 10,000 reservists", "men were drafted"):
 * "Nakasone will draft a reply", "a plan drafted by the EC Commission" write a text.
 */
export function mobilizesNoForce(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (pattern.objects || !/^154/.test(pattern.code) || !MOBILIZING_VERBS.has(pattern.lemma)) return false;
  const object = clause.verb.passive ? null : (clause.objects[0] ?? null);
  const head = object ? object.head : clause.verb.passive ? -1 : headAfterVerb(tokens, clause);
  if (pattern.lemma === 'draft') {
    const people = clause.verb.passive ? clause.subject : object;
    return !people || !(hasActor(people) || namesPeople(tokens[people.head]!));
  }
  if (head < 0) return false;
  const [lemma, lower] = wordsOf(tokens[head]!);
  return MOBILIZED_MEANS.has(lemma) || MOBILIZED_MEANS.has(lower);
}

/**
 * Verbs followed right away by a preposition that make them another verb: "Brazil is pledging for an
 * extension" pleads for it (an appeal), it promises nothing. Key: verb lemma; value: the preposition and the
 * codes' roots the pattern must not have.
 */
const PREPOSITION_SENSES: ReadonlyMap<string, { prep: string; code: RegExp }> = new Map([
  ['pledge', { prep: 'for', code: /^03/ }],
  // "the Fed probably is shooting for a two-week borrowings average of 300-325 mln dlrs": aiming at a figure.
  ['shoot', { prep: 'for', code: /^19/ }],
  // "the Brazilian debt problem will continue to hang over the banking industry": a threat looms, no one is hanged.
  ['hang', { prep: 'over', code: /^18/ }],
]);

/**
 * Verbs of a pattern that ends in a preposition ("take to" the streets) that are another verb when an object
 * stands between them and the preposition: "has taken him to London" carries someone somewhere.
 */
const ADJACENT_PREPOSITION_VERBS = new Set(['take', 'turn']);

/**
 * Is another preposition right after the verb ("Spain's trade balance with Europe, which turned into a deficit last
 * year after entry to the EC")? The verb is then a phrasal verb of its own, and a later phrase with the pattern's
 * preposition is not the one it takes.
 */
function turnsToAnotherPreposition(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  const next = tokens[clause.verb.tokenEnd];
  return !!next && !next.sentenceStart && next.pos === 'ADP' && next.lower !== pattern.prep;
}

/** What a buyer turns to a seller for: "for corn supplies", "for only 24 pct of that total". */
const SUPPLY_WORDS = new Set(['supply', 'supplies', 'import', 'imports', 'pct', 'percent', 'share']);
/** How far after "turn" its "for" may stand: "turn to the United States for" puts five tokens between them. */
const TURN_FOR_WINDOW = 10;

/**
 * Does one turn to a country "for" supplies or a share of purchases ("caused Japanese buyers to turn to the United
 * States for corn supplies", "the Soviet Union … turned to the U.S. for only 24 pct of that total")? That is where
 * a buyer buys, not an appeal; "Egypt … turned to the U.S." or "will turn to the IMF" stay appeals.
 */
function turnsToForSupplies(tokens: readonly Token[], clause: Clause): boolean {
  if (clause.verb.lemma !== 'turn') return false;
  // Read the words, not the parsed phrases: "for only 24 pct" opens with an adverb and is not parsed as a phrase.
  const last = Math.min(tokens.length, clause.verb.tokenEnd + TURN_FOR_WINDOW);
  for (let i = clause.verb.tokenEnd; i < last; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart || token.lower === ',' || token.lower === ';') return false;
    if (token.lower !== 'for') continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      const [lemma, lower] = wordsOf(tokens[k]!);
      if (SUPPLY_WORDS.has(lemma) || SUPPLY_WORDS.has(lower)) return true;
    }
    return false;
  }
  return false;
}

/** Does a preposition after the verb, or an object before the pattern's preposition, make this another sense? */
export function takesPrepositionSense(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  const next = tokens[clause.verb.tokenEnd];
  const sense = PREPOSITION_SENSES.get(pattern.lemma);
  if (sense && next && !next.sentenceStart && next.lower === sense.prep && sense.code.test(pattern.code))
    return true;
  if (!pattern.prep || pattern.objects || !ADJACENT_PREPOSITION_VERBS.has(pattern.lemma)) return false;
  if (turnsToAnotherPreposition(tokens, clause, pattern)) return true;
  if (turnsToForSupplies(tokens, clause)) return true;
  const object = clause.objects[0];
  if (!object || object.tokenStart !== clause.verb.tokenEnd) return false;
  // "took its problems in January to the Caribbean Group": a time or place may stand between the object and the
  // preposition; the object still makes it a carrying, not a taking to the streets.
  return clause.preps.some((prep) => prep.prep === pattern.prep && prep.tokenIndex >= object.tokenEnd);
}

/**
 * What one "meets" when meeting is fulfilling, not sitting down with someone: "producers which together meet 40 pct
 * of the Western market's needs", "will not be able to meet interest payments", "meets the first two criteria",
 * "had been unable to meet its ICO export quota". Reuters meets far more needs and payments than it meets people.
 */
const FULFILLED_WORDS = new Set([
  'need',
  'needs',
  'requirement',
  'requirements',
  'demand',
  'payment',
  'payments',
  'obligation',
  'obligations',
  'commitment',
  'commitments',
  'quota',
  'quotas',
  'target',
  'targets',
  'goal',
  'goals',
  'criterion',
  'criteria',
  'condition',
  'conditions',
  'term',
  'terms',
  'deadline',
  'cost',
  'costs',
  'expense',
  'expenses',
  'bill',
  'bills',
  'share',
  'contract',
  'contracts',
  'competition',
  'increase',
  'expectation',
  'expectations',
  'standard',
  'standards',
  'shortfall',
  'consumption',
  'pct',
  'percent',
  // "to meet an earlier directive from MITI", "needed to meet government pledges", "to meet scheduled debt
  // repayments", "to meet a forecast downtrend in … demand".
  'directive',
  'directives',
  'pledge',
  'pledges',
  'repayment',
  'repayments',
  'forecast',
  'downtrend',
  // "a refusal to meet rollbacks in wages", "unless General Motors meets the pattern" (the industry's pattern
  // settlement), "offered to meet part of the 235 mln stg in claims".
  'rollback',
  'rollbacks',
  'pattern',
  'part',
  'claim',
  'claims',
]);

/**
 * Reactions one meets with (meet = encounter): "would meet a strong response", "the budget will meet pressure
 * from trading partners", "are meeting with objections in Congress". Read at the head of the phrase only, so
 * that "met opposition leaders" stays a meeting.
 */
const MET_REACTIONS = new Set([
  'response',
  'pressure',
  'objection',
  'objections',
  'opposition',
  'resistance',
  'criticism',
  // Met as one meets a challenge: "reforms to meet external problems", "prepared to meet any escalation of
  // military action by Iran with stronger countermeasures".
  'problem',
  'problems',
  'challenge',
  'challenges',
  'escalation',
]);

/**
 * Where the word that heads what is met stands when the tagger breaks the phrase: "to meet its needs" (needs tagged
 * as a verb), "to meet domestic and foreign demands" (two adjectives joined by "and"), "to meet part of the …
 * claims" (part tagged as an adverb). Skips determiners, numbers, possessives and joined adjectives; -1 when the
 * sentence ends first.
 */
function metWordIndex(tokens: readonly Token[], start: number): number {
  for (let i = start; i < tokens.length && i < start + 6; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart && i > start) return -1;
    if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM') continue;
    if (OWN_POSSESSIVES.has(token.lower)) continue;
    if (token.pos === 'CCONJ' && tokens[i - 1]?.pos === 'ADJ' && tokens[i + 1]?.pos === 'ADJ') continue;
    return i;
  }
  return -1;
}

/**
 * Is the first word after meet's modifiers a need, a payment, a share or a challenge (metWordIndex), and the head of
 * its phrase? "met opposition leaders" meets people: a noun after the word makes it a modifier.
 */
function metWordIsObligation(tokens: readonly Token[], start: number): boolean {
  const index = metWordIndex(tokens, start);
  if (index < 0) return false;
  const next = tokens[index + 1];
  if (next && !next.sentenceStart && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  const [lemma, lower] = wordsOf(tokens[index]!);
  return FULFILLED_WORDS.has(lemma) || FULFILLED_WORDS.has(lower) || MET_REACTIONS.has(lower);
}

/**
 * Does "meet" here fulfil something (its object, or the "of" phrase that completes the object, names a need, a
 * payment, a quota or a share) or encounter a reaction ("met with objections") rather than meet someone? Blocks the consultation patterns (04) only; meeting a
 * demand of an actor is yielding, which no pattern here codes.
 */
export function meetsObligation(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (clause.verb.lemma !== 'meet' || clause.verb.particle || !pattern.code.startsWith('04')) return false;
  // "The only opposition demand which is not met by Roh's package": in the passive, what is met is the subject.
  if (clause.verb.passive && clause.subject) {
    const [lemma, lower] = wordsOf(tokens[clause.subject.head]!);
    if (FULFILLED_WORDS.has(lemma) || FULFILLED_WORDS.has(lower)) return true;
  }
  const object = clause.objects[0];
  const start = clause.verb.tokenEnd;
  // "are meeting with objections in Congress": "with" a reaction, not with someone.
  const met = clause.preps.find((prep) => prep.prep === 'with' && prep.tokenIndex === start);
  if (met && MET_REACTIONS.has(tokens[met.phrase.head]!.lower)) return true;
  if (object && MET_REACTIONS.has(tokens[object.head]!.lower)) return true;
  if (metWordIsObligation(tokens, start)) return true;
  let end = object ? object.tokenEnd : start;
  if (!object || object.tokenStart !== start) {
    // No object parsed right after the verb: read the noun phrase there ("to meet its ICO export quota").
    const head = headAfterVerb(tokens, clause);
    if (head < 0) return false;
    if (MET_REACTIONS.has(tokens[head]!.lower)) return true;
    end = head + 1;
    // "to meet its funding needs": the tagger may read the head "needs" as a verb and stop the phrase before it.
    const next = tokens[end];
    if (next && !next.sentenceStart && FULFILLED_WORDS.has(next.lower)) end++;
  }
  // "40 pct of the Western market's needs": the "of" phrase says what the share is of.
  const of = clause.preps.find((prep) => prep.prep === 'of' && prep.tokenIndex === end);
  if (of) end = of.phrase.tokenEnd;
  for (let i = start; i < end; i++) {
    const [lemma, lower] = wordsOf(tokens[i]!);
    if (FULFILLED_WORDS.has(lemma) || FULFILLED_WORDS.has(lower)) return true;
  }
  // "meeting his earlier 1987/88 PSBR target": the parse may split the phrase into objects ("his", "… target").
  return clause.objects.slice(1).some((phrase) => FULFILLED_WORDS.has(tokens[phrase.head]!.lower));
}

/** Words that make a debt the subject's own: "its foreign debt", "the country's foreign debt". */
const OWN_POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her', 'my']);

/** Verbs of offering whose lone object is the thing offered; the party offered to is a second object or "to". */
const OFFERING_VERBS = new Set(['offer', 'promise', 'pledge']);

/**
 * Is this object what the subject offers of its own ("has offered its warships to escort Kuwaiti tankers")? A lone
 * object with a possessive pronoun and no name is the offerer's thing, never the party offered to, whatever country
 * a role noun in it was given; "offer its commercial bank creditors an innovative pricing plan" has two objects.
 */
export function offersOwnThing(tokens: readonly Token[], clause: Clause, object: Phrase): boolean {
  if (!OFFERING_VERBS.has(clause.verb.lemma) || clause.objects.length !== 1) return false;
  if (!OWN_POSSESSIVES.has(tokens[object.tokenStart]!.lower)) return false;
  // "offered its ally Syria new weapons": a name in the phrase is a party, run together with the thing offered.
  for (let i = object.tokenStart; i < object.tokenEnd; i++) if (tokens[i]!.pos === 'PROPN') return false;
  return true;
}

/**
 * Does a debtor reschedule its own debt ("Venezuela has restructured its debt", "rescheduling the country's foreign
 * debt")? Only a creditor that forgives or reschedules another's debt gives aid (071); a debtor doing it gives
 * nothing.
 */
export function reschedulesOwnDebt(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (!pattern.code.startsWith('07') || !pattern.objects?.some((words) => words.includes('debt')))
    return false;
  for (let i = object.tokenStart; i < object.head; i++) {
    const token = tokens[i]!;
    if (OWN_POSSESSIVES.has(token.lower)) return true;
    if (token.lower === 'country' && tokens[i + 1]?.text === "'s") return true;
  }
  return false;
}

/** Words of a sporting contest: "in the World Cup final", "the match", "the Olympics". */
const SPORTS_WORDS = new Set(
  (
    'match matches game games final finals semifinal semifinals semi-final quarterfinal quarter-final tournament ' +
    'championship championships cup league olympics olympic derby qualifier qualifiers friendly playoff playoffs ' +
    'penalty penalties shootout'
  ).split(' '),
);

/** A score: "2-1", "3-0", "101-99". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * "France beat Brazil 2-1 in the World Cup final": a team that beats or defeats another in a game with a score
 * or a sporting contest named in the clause wins a match; it assaults or fights no one.
 */
export function winsGame(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!/^(18|19|20)/.test(pattern.code)) return false;
  // A score right in the object ("Brazil 2-1"), or a contest heading a phrase of the clause ("in the World Cup
  // final", "on penalties"); not "the final offensive".
  for (const object of clause.objects)
    for (let i = object.tokenStart; i < object.tokenEnd; i++) if (SCORE.test(tokens[i]!.text)) return true;
  return clause.preps.some((prep) => SPORTS_WORDS.has(tokens[prep.phrase.head]!.lower));
}

/** Waters a missile falls into when it is fired at no one: "into the sea", "into the Sea of Japan", "into waters off". */
const SEA_WORDS = new Set(['sea', 'seas', 'ocean', 'water', 'waters']);

/**
 * "North Korea fired a ballistic missile into the sea off its east coast": a missile fired into the sea is a show of
 * force (150), not an attack (194); one fired into a country or a town still is ("fired rockets into northern
 * Israel"), or at no named place ("fired missiles on Sunday"): firing is a show of force only into the sea.
 */
export function firesIntoSea(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.lemma !== 'fire' && pattern.lemma !== 'launch') return false;
  const intoSea = clause.preps.some(
    (prep) => prep.prep === 'into' && SEA_WORDS.has(tokens[prep.phrase.head]!.lemma.toLowerCase()),
  );
  if (pattern.code.startsWith('19')) return intoSea;
  return pattern.code === '150' && pattern.lemma === 'fire' && !intoSea;
}

/**
 * Outcomes that make praise another speech act: "what Baghdad has hailed as the failure of Iran's year of
 * decisiveness" claims a defeat of the adversary; it endorses nothing.
 */
const FAILURE_WORDS = new Set(['failure', 'defeat', 'collapse', 'disaster', 'fiasco', 'debacle', 'flop']);

/**
 * "Called" that names something rather than phones someone: "what he called Japan's failure to honor a July 1986
 * pact", "called the U.S. attacks … an escalation", "the British Parliament calls it a stock exchange". A phone
 * call is made to an actor who heads the object ("Putin called Erdogan"), with no second phrase naming it.
 */
export function callsByName(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  if (!pattern.code.startsWith('04') || (pattern.lemma !== 'call' && pattern.lemma !== 'ring')) return false;
  if (pattern.objects || clause.verb.passive) return false;
  const [object, complement] = clause.objects;
  if (!object) return false;
  return !!complement || !inMention(object.head);
}

/** Is this praise verb followed by "as" and a failure ("hailed as the failure of …")? */
export function praisesFailure(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!pattern.code.startsWith('05')) return false;
  for (const prep of clause.preps) {
    if (prep.prep !== 'as' || prep.tokenIndex < clause.verb.tokenEnd) continue;
    const [lemma, lower] = wordsOf(tokens[prep.phrase.head]!);
    if (FAILURE_WORDS.has(lemma) || FAILURE_WORDS.has(lower)) return true;
  }
  return false;
}

/** Words of fighting, whose end an appeal for de-escalation asks for ("an end to the war", "a halt to the attacks"). */
const HOSTILITY_WORDS = new Set([
  ...ACTS_OF_FORCE,
  'war',
  'fighting',
  'hostilities',
  'conflict',
  'violence',
  'bloodshed',
]);

/** Objects of an appeal that ask for something to stop: what stops is read from their "to" or "of" phrase. */
const STOPPING_OBJECTS = new Set(['end', 'halt', 'pause', 'cessation']);

/**
 * "called for an end to Washington's special 32-year exemption from certain GATT rules", "urged a halt to the
 * talking", "called for an end to the quotas": an end or halt asked for is de-escalation (0256) only when what is
 * to end is fighting ("a swift halt to the Gulf War", "an end to the attacks on shipping"). With no "to" or "of"
 * phrase the appeal keeps its code.
 */
export function endsNoFighting(tokens: readonly Token[], pattern: CompiledPattern, object: Phrase): boolean {
  if (pattern.code !== '0256' || !STOPPING_OBJECTS.has(tokens[object.head]!.lower)) return false;
  const link = tokens[object.head + 1];
  if (!link || (link.lower !== 'to' && link.lower !== 'of')) return false;
  for (let i = object.head + 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A hyphen joins a modifier ("the Iran-Iraq war"); other punctuation ends the phrase.
    if (token.text === '-') continue;
    if (token.pos === 'VERB' || token.pos === 'ADP' || token.pos === 'PUNCT' || token.pos === 'SCONJ') break;
    const [lemma, lower] = wordsOf(token);
    if (HOSTILITY_WORDS.has(lemma) || HOSTILITY_WORDS.has(lower)) return false;
  }
  return true;
}

/**
 * Words of a dispute: a plan, proposal or solution that names one is a plan to settle it (027, "China proposed a
 * peace plan for Ukraine"); "Spain unveils a 105 billion peseta plan … aimed at boosting exports" settles nothing.
 */
const DISPUTE_WORDS = new Set([
  'peace',
  'settlement',
  'ceasefire',
  'cease-fire',
  'truce',
  'armistice',
  'war',
  'conflict',
  'dispute',
  'disputes',
  'crisis',
  'fighting',
  'hostilities',
  'reconciliation',
  'compromise',
  'row',
  'standoff',
]);

/** Code of a plan to settle a dispute. */
const SETTLEMENT_CODE = /^027$/;

/**
 * Is this a plan or proposal put forward to no one that names no dispute ("Spain unveils a 105 billion peseta
 * plan", "North Korea unveiled plans to boost …")? It is a policy, not an appeal to settle a dispute. The object
 * and the phrases that complete it ("a plan for peace in the Gulf") are read.
 */
export function plansNoSettlement(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (!SETTLEMENT_CODE.test(pattern.code)) return false;
  if (phraseHas(tokens, object, DISPUTE_WORDS)) return false;
  let end = object.tokenEnd;
  for (const prep of clause.preps) {
    if (prep.tokenIndex < end) continue;
    if (prep.tokenIndex !== end) break;
    if (phraseHas(tokens, prep.phrase, DISPUTE_WORDS)) return false;
    end = prep.phrase.tokenEnd;
  }
  return true;
}

/**
 * The audience of a medium: "Chadian radio played martial music and asked listeners to stay tuned". A broadcaster
 * or a paper asking its public to do something appeals to no political actor.
 */
const MEDIUM_AUDIENCES = new Set([
  'listener',
  'listeners',
  'viewer',
  'viewers',
  'televiewer',
  'televiewers',
  'reader',
  'readers',
  'subscriber',
  'subscribers',
]);

/** Is this appeal or demand addressed to the audience of a medium ("asked listeners to …")? */
export function addressesMediumAudience(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (!/^(02|10)/.test(pattern.code) || clause.verb.passive) return false;
  const object = clause.objects[0];
  if (!object) return false;
  const [lemma, lower] = wordsOf(tokens[object.head]!);
  return MEDIUM_AUDIENCES.has(lemma) || MEDIUM_AUDIENCES.has(lower);
}

/** Nouns of a meeting held, which an opening "Speaking to … after a meeting with …" clause also tells of. */
const HELD_MEETINGS = new Set(['meeting', 'meetings', 'talks']);

/** Verbs of saying that an opening "Speaking to …" clause sets the scene for. */
const SPEECH_AFTER_ADDRESS = new Set(['say', 'tell', 'add', 'declare', 'warn', 'predict']);

/**
 * Is this "speaking to" an audience the setting of a speech the sentence goes on to report? "Speaking to the Asia
 * Society, Yeutter said that …", "Speaking to the New York Chamber of Commerce and Industry, Yeutter said …": an -ing
 * clause that opens the sentence (after a dateline perhaps), closed by a comma, whose next verb is one of saying.
 * The address is the statement itself, no consultation (04) with the audience; "talking to the commercial banks
 * about the … moratorium" later in a sentence stays a discussion.
 */
export function addressesAudienceBeforeSpeech(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
): boolean {
  if (!pattern.code.startsWith('04') || clause.kind !== 'participle') return false;
  if (clause.verb.lemma !== 'speak' && clause.verb.lemma !== 'talk') return false;
  const first = tokens[clause.verb.tokenStart]!;
  const before = tokens[clause.verb.tokenStart - 1];
  if (!first.sentenceStart && before?.text !== '-') return false;
  if (tokens[clause.verb.tokenEnd]?.lower !== 'to') return false;
  let comma = clause.verb.tokenEnd;
  while (comma < tokens.length && !tokens[comma]!.sentenceStart && tokens[comma]!.text !== ',') {
    // "Speaking to reporters after a meeting with … Funaro, the Canadian banker said": the meeting was held.
    if (HELD_MEETINGS.has(tokens[comma]!.lower)) return false;
    comma++;
  }
  for (let i = comma + 1; i < tokens.length && !tokens[i]!.sentenceStart; i++) {
    if (tokens[i]!.pos === 'VERB') return SPEECH_AFTER_ADDRESS.has(tokens[i]!.lemma);
  }
  return false;
}

/**
 * Verbs of injury that business news uses for economic harm: "far from hurting Canadian corn producers, U.S.
 * farm programs benefit all foreign producers", "imports that injure domestic growers", "would hurt Japan".
 * They assault only people: soldiers, civilians, protesters, "five people", "two Palestinians".
 */
// "the EC was still beaten by Japan, where prices were provisionally 0.1 pct lower": beaten in a comparison, not
// assaulted.
// "the Fed would execute three-day system repurchases": a market operation is executed, not a person.
const INJURY_VERBS = new Set(['hurt', 'injure', 'beat', 'execute']);

/** Pronouns that stand for people: "executed him", "beat them". */
const PEOPLE_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** Heads of a phrase that name people, who can be hurt in body. */
const PEOPLE_HEADS = new Set(
  (
    'people person persons man men woman women child children boy boys girl girls civilian civilians soldier ' +
    'soldiers troops trooper troopers guard guards policeman policemen police officer officers protester ' +
    'protesters protestor protestors demonstrator demonstrators student students worker workers resident ' +
    'residents villager villagers passenger passengers pilgrim pilgrims prisoner prisoners detainee detainees ' +
    'journalist journalists reporter reporters bystander bystanders militant militants rebel rebels fighter ' +
    'fighters member members supporter supporters opponent opponents leader leaders minister official officials ' +
    'diplomat diplomats employee employees voter voters'
  ).split(' '),
);

/**
 * Is this injury verb's victim (the object, or a passive's subject) something other than people ("hurting
 * Canadian corn producers", "hurt exports")? A plural name of a people counts as people ("two Palestinians"),
 * and so does a bare number ("30 were hurt").
 */
export function injuresNoPeople(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  if (!INJURY_VERBS.has(pattern.lemma) || !pattern.code.startsWith('18')) return false;
  const victim = clause.verb.passive ? clause.subject : clause.objects[0];
  // "the Fed is expected to execute anywhere from 1.5-2.0 billion dlrs of customer repos": an execution with no
  // one executed carries out an order or a trade. (A relative clause may have left its victim outside: "the
  // prisoners Iran executed".)
  if (!victim) return pattern.lemma === 'execute' && clause.kind !== 'relative';
  const head = tokens[victim.head]!;
  // Producers, exporters and growers are hurt in trade: only the words for people in body count here.
  if (isPeopleNoun(head) || head.pos === 'NUM' || PEOPLE_PRONOUNS.has(head.lower)) return false;
  // "Iran executed three British spies": only people are executed, so an actor in the phrase makes them people.
  if (pattern.lemma === 'execute') {
    for (let i = victim.tokenStart; i < victim.tokenEnd; i++) if (inMention(i)) return false;
    if (namesPeople(head)) return false;
  }
  return !(head.pos === 'PROPN' && head.lower.endsWith('s') && inMention(victim.head));
}

/**
 * Is what a release (0841) lets go something other than people: "Federal Reserve data released Thursday", "a
 * Bank of Japan survey released last week", "guidelines released jointly by the Bank of England"? The object,
 * or a passive's subject, must name people or an actor ("released two French citizens", "freed an American
 * journalist", "freed him"). With nothing released in the parse, the pattern keeps its default reading.
 */
export function releasesNoPeople(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  if (pattern.code !== '0841' || pattern.objects) return false;
  const released = clause.verb.passive ? (clause.subject ? [clause.subject] : []) : clause.objects;
  if (released.length === 0) return false;
  // "all fishing boats and sailors held by Iran": people anywhere in what is freed.
  return released.every((phrase) => {
    const head = tokens[phrase.head]!;
    if (head.pos === 'NUM' || head.pos === 'PRON' || head.lower === 'more' || inMention(phrase.head))
      return false;
    for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) if (namesPeople(tokens[i]!)) return false;
    return true;
  });
}

/** Does a noun name people: "civilians", "soldiers", or a plural of agents ("owners", "producers", "Republicans")? */
export function namesPeople(token: Token): boolean {
  return isPeopleNoun(token) || /(?:er|or|ist|ian)s$/.test(token.lower);
}

function isPeopleNoun(token: Token): boolean {
  const [lemma, lower] = wordsOf(token);
  return PEOPLE_HEADS.has(lemma) || PEOPLE_HEADS.has(lower);
}

/** Verbs that tell what a situation shows: "…, suggesting further market improvement". */
const EVIDENTIAL_VERBS = new Set(['suggest', 'indicate', 'imply', 'signal']);

/** Verbs of a state, whose clause describes a situation rather than an act: "is in no hurry", "remained firm". */
const STATE_VERBS = new Set(['be', 'remain', 'seem', 'appear', 'stay', 'have']);

/**
 * Is this an -ing clause of an evidential verb set off by a comma after a clause of state, so that what suggests
 * is the situation, not the actor? "The U.K. Government is in no hurry to issue more bonds, suggesting further
 * market improvement" proposes nothing; "Reagan wrote to Gorbachev, suggesting a summit" does (an act, not a
 * state, comes before it); so does a passive clause, which tells what was done. The clauses an infinitive hangs
 * on are climbed: "is in no hurry | to issue".
 */
export function showsWhatAStateSuggests(
  tokens: readonly Token[],
  clause: Clause,
  clauses: readonly Clause[],
): boolean {
  if (!EVIDENTIAL_VERBS.has(clause.verb.lemma) || clause.kind !== 'participle') return false;
  if (!clause.subjectInherited || tokens[clause.verb.tokenStart - 1]?.text !== ',') return false;
  let governor = clause.parent !== null ? clauses[clause.parent] : undefined;
  while (governor?.kind === 'infinitive' && governor.parent !== null) governor = clauses[governor.parent];
  // "some dealers believed that the Fed's purchases were done on behalf of the Bank of Japan …, suggesting a
  // watered-down American commitment to the currency accord": a passive clause tells what was done, and the
  // fact suggests; no actor proposes anything.
  return !!governor && (STATE_VERBS.has(governor.verb.lemma) || governor.verb.passive);
}

/**
 * "Market participation by Cuba suggests that its crop could be close …", "the absence of the Swiss National Bank
 * suggested that no concerted intervention was under way", "Public comments by Fed officials suggest …": a fact,
 * a move or a figure that suggests is evidence, not someone's proposal (02); "The World Bank has suggested India
 * should …" proposes. "He said he was encouraged by recent actions by Tokyo", "it was encouraging that Japan had
 * agreed": a feeling, not an appeal.
 */
export function suggestsAsEvidence(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  if (!pattern.code.startsWith('02')) return false;
  if (pattern.lemma === 'encourage') {
    if (clause.verb.passive) return true;
    return clause.objects.length === 0 && tokens[clause.verb.tokenEnd]?.lower === 'that';
  }
  if (!EVIDENTIAL_VERBS.has(pattern.lemma)) return false;
  const subject = clause.subject;
  // "This idea has been suggested by the American Farm Bureau Federation": the idea is what was proposed.
  if (!subject || clause.subjectInherited || clause.verb.passive) return false;
  const head = tokens[subject.head]!;
  return head.pos !== 'PRON' && head.pos !== 'PROPN' && !inMention(subject.head) && !namesPeople(head);
}

/** Does this verb's pattern need a target actor to mean the political act? */
export function needsActorTarget(pattern: CompiledPattern): boolean {
  return NEEDS_ACTOR_TARGET.get(pattern.lemma)?.test(pattern.code) ?? false;
}

/** Lemma or lower-case form of token `i`. */
function wordsOf(token: Token): [string, string] {
  return [token.lemma.toLowerCase(), token.lower];
}

function phraseHas(tokens: readonly Token[], phrase: Phrase, words: ReadonlySet<string>): boolean {
  for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) {
    const [lemma, lower] = wordsOf(tokens[i]!);
    if (words.has(lemma) || words.has(lower)) return true;
  }
  return false;
}

/** Words of a package of a government's own policy: "a reform package", "a package of economic measures". */
const POLICY_PACKAGE_WORDS = new Set([
  'reform',
  'reforms',
  'stimulative',
  'stimulus',
  'measure',
  'measures',
  'tax',
  'budget',
  'austerity',
  'pump-priming',
]);

/**
 * A package promised or announced that is policy, not aid (033, 07): "South Korea's ruling party announced a
 * reform package", "Japan promised a package of economic measures", "Japan is expected to announce a
 * stimulative package". "An aid package", "a loan package" stay.
 */
function isPolicyPackage(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (!/^(033|07)/.test(pattern.code) || tokens[object.head]!.lower !== 'package') return false;
  if (phraseHas(tokens, object, POLICY_PACKAGE_WORDS)) return true;
  const of = clause.preps.find((prep) => prep.tokenIndex === object.tokenEnd && prep.prep === 'of');
  return !!of && phraseHas(tokens, of.phrase, POLICY_PACKAGE_WORDS);
}

/** Codes of restrictions imposed on an actor (administrative sanctions, 172x). */
const RESTRICTION_CODE = /^172/;

/**
 * Words of a bank's prudential and monetary rules: a central bank that "imposed a 19 pct reserve requirement" or
 * introduces "minimum capital adequacy requirements for banks" regulates a market; it sanctions nobody.
 */
const PRUDENTIAL_WORDS = new Set(['reserve', 'capital', 'liquidity', 'margin', 'solvency']);

/**
 * Is the aid object of this clause debt service or a market operation, or a restriction's object a bank's
 * prudential rule? Looks at the object phrase and the
 * prepositional phrases that complete it ("payments on its commercial bank debt", "payments to private
 * foreign banks").
 */
export function isDebtOrMarketObject(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (RESTRICTION_CODE.test(pattern.code) && phraseHas(tokens, object, PRUDENTIAL_WORDS)) return true;
  const [headLemma, headLower] = wordsOf(tokens[object.head]!);
  const aid =
    AID_CODE.test(pattern.code) ||
    PAUSE_CODE.test(pattern.code) ||
    (pattern.code.startsWith('16') && (PAYMENT_HEADS.has(headLemma) || PAYMENT_HEADS.has(headLower)));
  if (isPolicyPackage(tokens, clause, pattern, object)) return true;
  // "forgive debts", "reschedule loans": a pattern that asks for debt words is about debt.
  if (!aid || pattern.objects?.some((words) => words.some((word) => DEBT_SERVICE.has(word)))) return false;
  if (phraseHas(tokens, object, MARKET_MODIFIERS)) return true;
  if (phraseHas(tokens, object, DEBT_SERVICE)) return true;
  let end = object.tokenEnd;
  for (const prep of clause.preps) {
    if (prep.tokenIndex < end) continue;
    if (prep.tokenIndex !== end) break;
    if (prep.prep === 'of' && phraseHas(tokens, prep.phrase, MARKET_MODIFIERS)) return true;
    if (
      (prep.prep === 'on' || prep.prep === 'of' || prep.prep === 'to') &&
      phraseHas(tokens, prep.phrase, DEBT_SERVICE)
    )
      return true;
    // "declared a moratorium on interest repayments", "a pause in payments": debt service stops, not fighting.
    if (
      PAUSE_CODE.test(pattern.code) &&
      (prep.prep === 'on' || prep.prep === 'in') &&
      phraseHas(tokens, prep.phrase, PAYMENT_HEADS)
    )
      return true;
    end = prep.phrase.tokenEnd;
  }
  return false;
}

/** Words that make a "position" one in a market: "speculative positions", "long dollar positions". */
const MARKET_POSITION_WORDS = new Set([
  'speculative',
  'long',
  'short',
  'open',
  'net',
  'trading',
  'dollar',
  'currency',
  'market',
  'futures',
  'hedge',
  'hedging',
  'bullish',
  'bearish',
]);

/**
 * Is the position taken a market position? "They could thus not be lent out for the kind of speculative
 * positions taken by London market makers" stakes money, it occupies no ground.
 */
export function takesMarketPosition(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  object: Phrase,
): boolean {
  if (!pattern.code.startsWith('19')) return false;
  const [lemma] = wordsOf(tokens[object.head]!);
  return lemma === 'position' && phraseHas(tokens, object, MARKET_POSITION_WORDS);
}

/** Natural forces and disasters: they destroy and kill, but no actor does it through them. */
export const NATURAL_FORCES: readonly string[] = [
  'fires',
  'wildfire',
  'wildfires',
  'blaze',
  'flood',
  'floods',
  'flooding',
  'storm',
  'storms',
  'drought',
  'earthquake',
  'quake',
  'hurricane',
  'typhoon',
  'cyclone',
  'tornado',
  'rains',
  'frost',
  'weather',
  'landslide',
  'avalanche',
];

/**
 * Heads of a subject that are a market quantity, not an agent: "U.S. energy futures traded", "the high
 * level of real U.S. interest rates suggests", "Taiwan's trade surplus with the United States hit …". An
 * actor that only modifies such a head is not the source.
 */
export const NON_AGENT_SUBJECT_HEADS = new Set([
  ...ABSTRACT_OBJECT_HEADS,
  'future',
  'rate',
  'rates',
  'price',
  'prices',
  'level',
  'levels',
  'market',
  'markets',
  'dollar',
  'currency',
  'yen',
  'mark',
  'output',
  'production',
  'demand',
  'supply',
  'stock',
  'stocks',
  'share',
  'shares',
  'bond',
  'bonds',
  'earnings',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'figure',
  'figures',
  'index',
  'reserve',
  'reserves',
  'trade',
  // "Latest Federal Reserve data suggest …", "ADB lending had declined": figures and flows, not agents.
  'data',
  'statistics',
  'lending',
  'borrowing',
  'spending',
  // "Brazil's economic crisis is forcing a wholesale re-examination of the debt strategy": an economic condition
  // presses, coerces nobody.
  'crisis',
  'recession',
  'downturn',
  'slowdown',
  // "about 10 pct of Japanese investment in foreign securities goes to Canada": a share of a figure travels
  // nowhere.
  'pct',
  'percent',
  // "1,000 fires in southern China had destroyed 13,340 hectares": a natural force is no agent of force.
  ...NATURAL_FORCES,
  // "scheduled for Japan's 1986/87 fiscal year ended March": a period ends, nobody ends anything.
  'year',
  'quarter',
  'month',
  'period',
  // "Bank of England rules prohibit an issuer of certificates of deposit to issue paper", "U.S. law prohibits
  // most …": a standing rule restricts; whose rule it is did nothing.
  'law',
  'laws',
  'rule',
  'rules',
  'regulation',
  'regulations',
  'statute',
  'statutes',
  // "The 50,000 tonnes of Australian wheat would arrive in Bangladesh next month", "the Colombian pipeline goes
  // to the port of Tumaco", "a delayed Brazilian harvest combined to support futures": goods, crops and the
  // works that carry them travel and weigh on prices; the country that grew or built them does nothing.
  'tonne',
  'tonnes',
  'ton',
  'tons',
  'bushel',
  'bushels',
  'barrel',
  'barrels',
  'wheat',
  'grain',
  'grains',
  'corn',
  'maize',
  'sugar',
  'coffee',
  'cocoa',
  'soybeans',
  'cattle',
  'beef',
  'harvest',
  'crop',
  'crops',
  'goods',
  'cargo',
  'cargoes',
  'shipment',
  'shipments',
  'pipeline',
  'unrest',
]);

/** Is `phrase` headed by a market quantity that no actor mention covers? */
export function hasNonAgentHead(
  tokens: readonly Token[],
  phrase: Phrase,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  if (inMention(phrase.head)) return false;
  const [lemma, lower] = wordsOf(tokens[phrase.head]!);
  if (!NON_AGENT_SUBJECT_HEADS.has(lemma) && !NON_AGENT_SUBJECT_HEADS.has(lower)) return false;
  // "Some 60 pct of 6,300 employees at Spain's 27 major ports have supported a strike": a share of people acts.
  if (SHARE_HEADS.has(lower))
    for (let i = phrase.head + 1; i < phrase.tokenEnd; i++) if (namesPeople(tokens[i]!)) return false;
  return true;
}

/** Heads of a share, which acts when it is a share of people. */
const SHARE_HEADS = new Set(['pct', 'percent']);

/**
 * Nouns of a flow between economies that are mostly a statistic: "a decline in Soviet trade with the West to
 * 130 billion roubles", "Soviet trade with the West declined". Investment keeps its event sense ("China's
 * investment in Hungary grew"), which names a project more often than a figure.
 */
const FLOW_NOUNS = new Set(['trade']);

/**
 * Flow nouns that name a project as often as a figure (see FLOW_NOUNS): a statistic only when the sentence gives
 * their measure, "Taiwan's 1986 investment in the U.S. totalled 46 mln U.S. dlrs, official statistics show".
 */
const MEASURED_FLOW_NOUNS = new Set(['investment', 'investments']);

/** Verbs that give a quantity its measure: "totalled 46 mln dlrs", "is estimated at six billion dlrs". */
const MEASURE_VERBS = new Set(['total', 'amount', 'estimate']);

/**
 * Is the flow at `noun` measured: the subject of a verb of measuring followed by a number ("investment in the U.S.
 * totalled 46 mln"), or brought to or by a number ("investment … rose to 46 mln")? "China's investment in Hungary
 * grew" stays an act.
 */
function isMeasuredFlow(tokens: readonly Token[], noun: number, sentenceEnd: number): boolean {
  for (let i = noun + 1; i < sentenceEnd && i < noun + 12; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart) break;
    if (['to', 'from', 'by'].includes(token.lower) && tokens[i + 1]?.pos === 'NUM') return true;
    if (token.pos === 'AUX') continue;
    if (token.pos !== 'VERB') continue;
    if (!MEASURE_VERBS.has(wordsOf(token)[0])) return false;
    for (let k = i + 1; k < sentenceEnd && k <= i + 4; k++) if (tokens[k]!.pos === 'NUM') return true;
    return false;
  }
  return false;
}

/** Nouns and verbs of a change in a quantity. */
const CHANGE_WORDS = new Set([
  'decline',
  'fall',
  'drop',
  'rise',
  'increase',
  'decrease',
  'growth',
  'grow',
  'slump',
  'jump',
  'climb',
  'total',
  'reach',
  'shrink',
  'expand',
  'expansion',
  'contraction',
  'surge',
  'plunge',
  'volume',
  'value',
  'share',
  'deficit',
  'surplus',
  'balance',
]);

/**
 * Is the flow noun at `noun` (its phrase starting at `left`) a statistic: the complement of a change noun
 * ("decline in … trade"), the subject of a change verb ("trade … declined"), or measured ("to 130 billion")?
 */
export function isFlowStatistic(
  tokens: readonly Token[],
  left: number,
  noun: number,
  sentenceEnd: number,
): boolean {
  const [lemma, lower] = wordsOf(tokens[noun]!);
  if (MEASURED_FLOW_NOUNS.has(lemma) || MEASURED_FLOW_NOUNS.has(lower))
    return isMeasuredFlow(tokens, noun, sentenceEnd);
  if (!FLOW_NOUNS.has(lemma) && !FLOW_NOUNS.has(lower)) return false;
  const prep = tokens[left - 1];
  const changeNoun = tokens[left - 2];
  if (
    prep &&
    changeNoun &&
    (prep.lower === 'in' || prep.lower === 'of') &&
    CHANGE_WORDS.has(wordsOf(changeNoun)[0])
  )
    return true;
  for (let i = noun + 1; i < sentenceEnd && i < noun + 12; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart) break;
    if (
      (token.lower === 'to' || token.lower === 'from' || token.lower === 'by') &&
      tokens[i + 1]?.pos === 'NUM'
    )
      return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      if (token.pos === 'AUX') continue;
      return CHANGE_WORDS.has(wordsOf(token)[0]);
    }
  }
  return false;
}

/**
 * Nouns of force that business news uses for a firm's work or a drive: "expanding its operations in Italy",
 * "Ford's European operations in Britain", "will launch a campaign to sell land". They are force only with a
 * word of force in their phrase ("military operations", "a bombing campaign") or when a force carries them out.
 */
const BUSINESS_SENSE_FORCE_NOUNS = new Set(['operation', 'operations', 'campaign', 'campaigns']);

/** Words that make an operation or a campaign one of force: "military operations", "an air campaign". */
const FORCE_MODIFIERS = new Set(
  (
    'military army naval navy air ground combat armed offensive bombing guerrilla guerrillas rebel insurgent ' +
    'counter-insurgency counterinsurgency counter-terrorism counterterrorism anti-terrorist anti-guerrilla ' +
    'security police commando rescue mop-up mopping-up punitive war troops'
  ).split(' '),
);

/** Roles that carry out force: armed forces, police, rebels, insurgents, spies. */
const FORCE_ROLES = new Set(['MIL', 'COP', 'REB', 'INS', 'SPY', 'UAF']);

/**
 * Words of fighting anywhere in the sentence that make bare "operations" military: "Iran decided to continue its
 * operations east of Basra to destroy Iraq's forces".
 */
const FIGHTING_WORDS = new Set(
  (
    'troops soldiers army armies guerrillas rebels insurgents militia militias destroy destroyed kill killed ' +
    'attack attacks offensive bombing shelling battle battles front fighting'
  ).split(' '),
);

/**
 * Is the force noun at `head` (its phrase starting at `left`) a firm's operations or a drive, not force: no word
 * of force in its phrase, none of `sourceRoles` a force, and no fighting told of in the sentence (which runs from
 * `sentenceStart` to `sentenceEnd`)?
 */
export function namesBusinessOperation(
  tokens: readonly Token[],
  left: number,
  head: number,
  sentence: { readonly tokenStart: number; readonly tokenEnd: number },
  sourceRoles: readonly (readonly string[])[],
): boolean {
  const noun = tokens[head]!;
  if (!BUSINESS_SENSE_FORCE_NOUNS.has(noun.lower) && !BUSINESS_SENSE_FORCE_NOUNS.has(noun.lemma))
    return false;
  for (let i = left; i < head; i++) if (FORCE_MODIFIERS.has(tokens[i]!.lower)) return false;
  if (sourceRoles.some((roles) => roles.some((role) => FORCE_ROLES.has(role)))) return false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    // "Iraq's forces" fight; "market forces" do not.
    if (token.lower === 'forces' && tokens[i - 1]?.lower !== 'market') return false;
    if (FIGHTING_WORDS.has(token.lower)) return false;
  }
  return true;
}

/**
 * Modifiers that make a war or a fight one of markets: "trade wars", "a price war", "the tariff war".
 */
const ECONOMIC_WAR_MODIFIERS = new Set(
  'trade price tariff currency subsidy subsidies bidding takeover fare rate export'.split(' '),
);

/** Is the war noun at `head` (its phrase starting at `left`) a war of markets ("engage in trade wars")? */
export function namesEconomicWar(tokens: readonly Token[], left: number, head: number): boolean {
  const noun = tokens[head]!;
  if (noun.lemma !== 'war' && noun.lower !== 'war' && noun.lower !== 'wars') return false;
  for (let i = left; i < head; i++) if (ECONOMIC_WAR_MODIFIERS.has(tokens[i]!.lower)) return true;
  return false;
}

/** Nouns of a halt to fighting, which a war of markets may have too ("a one-year truce in their trade war"). */
const TRUCE_WORDS = new Set(['truce', 'ceasefire', 'cease-fire', 'armistice']);

/**
 * Is the truce or ceasefire agreed one in a war of markets ("The United States and China agreed to a one-year truce
 * in their trade war")? That is an agreement (030), not a military ceasefire (0871).
 */
export function callsTradeTruce(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (!pattern.code.startsWith('087')) return false;
  return clause.preps.some(
    ({ prep, tokenIndex, phrase }) =>
      prep === 'in' &&
      TRUCE_WORDS.has(tokens[tokenIndex - 1]?.lower ?? '') &&
      namesEconomicWar(tokens, phrase.tokenStart, phrase.head),
  );
}

/**
 * Objects of a threat of force that a central bank makes in a market: "threatened central bank intervention",
 * "concerted intervention", "intervention to support the dollar". Intervention in a market is no force.
 */
const MARKET_INTERVENTION_WORDS = new Set(
  (
    'bank banks market markets currency currencies exchange foreign-exchange dollar dollars yen mark marks ' +
    'sterling franc francs concerted coordinated co-ordinated official joint'
  ).split(' '),
);

/** Roles of a central bank ("Bank of Japan" is GOV and BUS): its intervention is in a market. */
function isCentralBank(roles: readonly string[]): boolean {
  return roles.includes('GOV') && roles.includes('BUS');
}

/**
 * Is the intervention at `head` (its phrase from `left` to `end`) a market intervention: a word of markets in its
 * phrase or the phrases after it ("intervention to support the dollar"), or a central bank as the source?
 */
export function namesMarketIntervention(
  tokens: readonly Token[],
  left: number,
  head: number,
  end: number,
  sourceRoles: readonly (readonly string[])[],
): boolean {
  const noun = tokens[head]!;
  if (noun.lemma !== 'intervention' && noun.lower !== 'intervention' && noun.lower !== 'interventions')
    return false;
  if (sourceRoles.some(isCentralBank)) return true;
  for (let i = left; i < end; i++)
    if (i !== head && MARKET_INTERVENTION_WORDS.has(tokens[i]!.lower)) return true;
  return false;
}

/** Words of trade: retaliation told among them is a trade sanction ("retaliate against EC and Korean exports"). */
const TRADE_WORDS = new Set(
  (
    'trade tariff tariffs duty duties quota quotas import imports export exports goods products dumping ' +
    'protectionism protectionist subsidy subsidies market markets practices requirement'
  ).split(' '),
);

/**
 * Is retaliation told in this sentence (from `tokenStart` to `tokenEnd`) a trade sanction: words of trade and
 * none of fighting? "the U.S. government retaliate against EC and Korean exports", "to retaliate against
 * foreign unfair trade practices".
 */
export function isTradeRetaliation(
  tokens: readonly Token[],
  sentence: { readonly tokenStart: number; readonly tokenEnd: number },
): boolean {
  let trade = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    if (FIGHTING_WORDS.has(token.lower) || token.lower === 'forces') return false;
    if (TRADE_WORDS.has(token.lower)) trade = true;
  }
  if (trade) return true;
  // "If they don't quicken the pace, Washington could retaliate": a sentence that names neither goes with the
  // article, trade if it names trade more often than fighting.
  let tradeWords = 0;
  let fightingWords = 0;
  for (const token of tokens) {
    if (TRADE_WORDS.has(token.lower)) tradeWords++;
    else if (FIGHTING_WORDS.has(token.lower) || token.lower === 'forces') fightingWords++;
  }
  return tradeWords > fightingWords;
}

/** Modals that make an agreed 'that' clause an arrangement for what will or should be done. */
const ARRANGING_MODALS = new Set(['will', 'would', 'shall', "'ll", 'should', 'must']);
const RELATIVE_BREAKS = new Set([';', 'that', 'which', 'who']);

/**
 * "The economists generally agreed that the Fed is aiming for steady policy", "Another senior banker agreed that
 * debt/equity swap proposals should be explored": agreeing that something is so, or one person agreeing with what
 * should be, shares a view; it is no intent to cooperate (030). "EC foreign ministers agreed that … the plan should be
 * presented to the next meeting", "the two sides agreed that talks would resume" arrange what will be done, and stay.
 */
export function agreesOnAView(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.lemma !== 'agree' || pattern.code !== '030' || clause.objects.length > 0) return false;
  let index = clause.verb.tokenEnd;
  while (tokens[index]?.pos === 'ADV') index++;
  if (tokens[index]?.lower !== 'that') return false;
  const head = clause.subject ? tokens[clause.subject.head] : undefined;
  // One person cannot agree an arrangement alone: "another senior banker agreed that …".
  if (head && head.lower === head.lemma && /(?:er|or|ist|ian|man|official)$/.test(head.lower)) return true;
  // Look through the agreed clause only, up to a relative clause ("steady policy now that should …") or its end.
  for (let next = index + 1; next < Math.min(tokens.length, index + 16); next++) {
    const token = tokens[next]!;
    if (token.sentenceStart || RELATIVE_BREAKS.has(token.lower)) break;
    if (ARRANGING_MODALS.has(token.lower)) return false;
  }
  return true;
}

/** What an administration or a firm asks of the public at large: comments on a rule, bids, tenders. */
const PUBLIC_INPUT_HEADS = new Set([
  'comment',
  'comments',
  'bid',
  'bids',
  'tender',
  'tenders',
  'application',
  'applications',
]);

/**
 * "The U.S. Agriculture Department is seeking comments on common provisions of the 1988 wheat … programs", "is
 * seeking public comments on the question": asking the public for comments, bids or tenders is administrative
 * routine or business, not an appeal (02) to an actor. With an actor named ("sought comments from Japan") it stays.
 */
export function seeksPublicInput(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (!pattern.code.startsWith('02') || clause.verb.passive) return false;
  const object = clause.objects[0];
  if (!object || !PUBLIC_INPUT_HEADS.has(tokens[object.head]!.lower)) return false;
  return !hasActor(object) && !clause.preps.some((prep) => prep.prep === 'from' && hasActor(prep.phrase));
}

/**
 * Is this "encourage" a thing fostered, not an actor urged? "measures to … encourage outside investment", "by cutting
 * taxes and encouraging consumer spending", "encouraging an already firm tone in bond prices", "had not yielded much
 * to encourage hopes": with no actor in its object or phrases and no infinitive after it ("encouraged Iran to
 * return", "encourage foreign private businesses to invest") it names no one appealed to.
 */
export function encouragesNoActor(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (!pattern.code.startsWith('02') || clause.verb.lemma !== 'encourage' || clause.verb.passive)
    return false;
  if (clause.objects.some(hasActor) || clause.preps.some((prep) => hasActor(prep.phrase))) return false;
  // The tagger may leave the object out ("encourage outside/ADP investment", "encouraging an already firm/VERB
  // tone"): the words up to the next punctuation are read for an infinitive.
  for (let i = clause.verb.tokenEnd; i < tokens.length && tokens[i]!.pos !== 'PUNCT'; i++)
    if (tokens[i]!.lower === 'to' && tokens[i]!.pos === 'PART') return false;
  return true;
}

/** Nouns of goods sold abroad: "the sale of 18,000 tonnes of U.S. durum wheat to Algeria". */
const SALE_NOUNS = new Set(['sale', 'sales', 'shipment', 'shipments', 'export', 'exports']);

/** Measures of bulk goods, which make a sale a commodity trade: "sales of 200,000 tonnes of wheat to Jordan". */
const GOODS_MEASURES = new Set(['tonne', 'tonnes', 'ton', 'tons', 'bushel', 'bushels', 'bale', 'bales']);

/**
 * Is the mention at `tokenStart` the buyer of a commodity sale ("The U.S. Agriculture Department said it has
 * accepted a bid for an export bonus to cover the sale of 18,000 tonnes of U.S. durum wheat to Algeria")? The
 * statement reports grain trade, and the country the grain goes to is not what it is aimed at. A sale measured
 * in no bulk unit stays ("authorized the sale of arms to Iran").
 */
export function isCommoditySaleBuyer(tokens: readonly Token[], tokenStart: number): boolean {
  let to = tokenStart - 1;
  if (tokens[to]?.lower === 'the') to--;
  if (tokens[to]?.lower !== 'to' || tokens[tokenStart]!.sentenceStart) return false;
  let measured = false;
  for (let i = to - 1; i >= 0 && i >= to - 12; i--) {
    const token = tokens[i]!;
    if (GOODS_MEASURES.has(token.lower)) measured = true;
    if (SALE_NOUNS.has(token.lower)) return measured;
    if (token.sentenceStart) return false;
  }
  return false;
}

/** Verbs of the `discuss` pattern that also address a gathering: "spoke to an audience", "talked to a meeting". */
const ADDRESSING_VERBS = new Set(['speak', 'talk']);

/**
 * Does the clause speak or talk to a gathering, or with a voice, and with no actor ("Reagan, who spoke to an
 * audience of foreign affairs experts", "Speaking to a meeting of the National Association for Technical
 * Research", "The Dutch exchanges have to speak with one voice")? Addressing an audience is a speech, not a
 * consultation; the talks need someone talked with. A pronoun keeps the act ("was prepared to talk with
 * anybody"), and so does an actor, who is then the target (checked only when no target was found).
 */
export function speaksToNoActor(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (pattern.id !== 'discuss' || !ADDRESSING_VERBS.has(clause.verb.lemma)) return false;
  return clause.preps.some(
    (prep) =>
      (prep.prep === 'to' || prep.prep === 'with') &&
      tokens[prep.phrase.head]!.pos === 'NOUN' &&
      !hasActor(prep.phrase),
  );
}

/** Prepositions of where an actor admitted is let in: "admit China into the GSP", "admit China as a member". */
const ADMISSION_PREPS = new Set(['into', 'as', 'to']);

/**
 * Does "admit" let an actor in rather than own up to something ("should … admit China into the Generalised System
 * of Preference", "its decision to admit China as a member")? An actor as the object, with "into", "as" or "to"
 * right after it, is a membership granted, no admission of responsibility (015).
 */
export function admitsAsMember(
  tokens: readonly Token[],
  clause: Clause,
  pattern: CompiledPattern,
  hasActor: (phrase: Phrase) => boolean,
): boolean {
  if (pattern.lemma !== 'admit' || !pattern.code.startsWith('015')) return false;
  const object = clause.objects[0];
  if (!object || !hasActor(object)) return false;
  return clause.preps.some((prep) => prep.tokenIndex === object.tokenEnd && ADMISSION_PREPS.has(prep.prep));
}

/**
 * "restrictions on exports to the U.S. And Europe were also to blame for cuts in car component manufacture",
 * "a dispute on reforms of agricultural spending, largely to blame for an expected … shortfall": "to blame" with
 * no one blamed after it says what the subject is the cause of; the subject accuses no one (112).
 */
export function isToBlame(tokens: readonly Token[], clause: Clause, pattern: CompiledPattern): boolean {
  if (pattern.lemma !== 'blame' || clause.verb.passive || clause.objects.length > 0) return false;
  const to = tokens[clause.verb.head - 1];
  const next = tokens[clause.verb.tokenEnd];
  return to?.lower === 'to' && (!next || next.sentenceStart || next.lower === 'for' || next.pos === 'PUNCT');
}
