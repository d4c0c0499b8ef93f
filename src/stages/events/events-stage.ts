import { createHash } from 'node:crypto';
import type { Codebook } from '../../codebook/codebook.js';
import type { Doc } from '../../doc/doc.js';
import type {
  Actor,
  Clause,
  CodedEvent,
  EventRecord,
  Granularity,
  Mention,
  Modality,
  Phrase,
  Place,
  PlaceCue,
  TimeExpression,
  Token,
  VerbGroup,
} from '../../doc/layers.js';
import { textSpan, type Span } from '../../doc/span.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { Diagnostic, Stage } from '../../pipeline/stage.js';
import { actorKey as codeKey } from '../../dictionaries/actor-code.js';
import {
  clauseStanding,
  CONTINUING_VERBS,
  frameNoun,
  frameWord,
  isRulingOut,
  modalityLexicon,
  strongerModality,
  type Standing,
  BLOCKING_VERBS,
} from './clause-modality.js';
import { intentCode, isOpenCooperation, refusalCode, threatCode } from './code-transforms.js';
import { articleHomeCountry, withHomeCountry, withSourceCountry, withSpeakersHead } from './home-country.js';
import { hasMaterialDomain, isMutualAct, isMutualCode } from './mutual-cooperation.js';
import { sentenceRun } from '../clauses/sentence-run.js';
import { ACCORDING_TO, isSummonersAct, QUOTES } from '../clauses/clauses-stage.js';
import { isNominalVerb, isPastForm, verbGroup } from '../clauses/verb-groups.js';
import { isPluralNoun } from '../clauses/phrases.js';
import { PRONOUN_SUBJECTS } from '../clauses/clause-actors.js';
import { TOMORROW_RULE, WEEKEND_RULE } from '../times/resolve-relative-dates.js';
import { addDays } from '../times/calendar.js';
import { ACTS_OF_FORCE, COMPANY_SUFFIXES } from '../actors/compose-mentions.js';
import { isCapsText } from '../actors/find-units.js';
import { COMPASS_POINTS, OF_PLACE_NOUNS, PLACE_KIND_NOUNS } from '../places/locative-cues.js';
import { matchVerbPattern, objectMatches, WEAPON_HEADS, type VerbMatch } from './match-verb-pattern.js';
import type { CompiledPattern, PatternIndex } from './pattern-index.js';
import {
  COORDINATORS,
  inCountry,
  mentionsIn,
  namesCurrency,
  phraseActors,
  restated,
  slotActor,
  type SlotActor,
} from '../clauses/phrase-actors.js';
import {
  hasNonAgentHead,
  isCommoditySaleBuyer,
  isFlowStatistic,
  isTradeRetaliation,
  namesBusinessOperation,
  namesEconomicWar,
  namesMarketIntervention,
  namesPeople,
  NATURAL_FORCES,
  REPORTED_FIGURE_HEADS,
  showsWhatAStateSuggests,
} from './sense-constraints.js';
import {
  ACCUSING_SPEECH,
  aimedTone,
  contentClauses,
  contentTone,
  FORECAST_MODALS,
  isUnspokenContent,
  isMainActorOf,
  QUESTION_INTRODUCERS,
  speechActCode,
  toneLexicon,
} from './speech-act.js';

export interface EventsStageOptions {
  readonly patterns: PatternIndex;
  readonly codebook: Codebook;
  readonly lexicon: Lexicon;
  /** The coder's name and version, recorded with every event. */
  readonly coder: { readonly name: string; readonly version: string };
  /** The dictionary versions, recorded with every event ("actors=…;patterns=…"). */
  readonly dictionaries: string;
}

/** Whom "told" may name when it is the press: telling them is a statement. */
/** Heads of a press body named with "press" or "news" before them: "the South African Press Association". */
const PRESS_BODIES = new Set(['association', 'agency', 'service', 'agencies']);

const PRESS = new Set([
  'reporter',
  'reporters',
  'journalist',
  'journalists',
  'press',
  'media',
  'newspaper',
  'reuters',
  'agency',
  'correspondent',
  'correspondents',
  'television',
  'radio',
  'newsman',
  'newsmen',
  'interviewer',
  // "told the New York Times", "told the Washington Post", "told a news conference"
  'times',
  'post',
  'journal',
  'magazine',
  'paper',
  'daily',
  'weekly',
  'newspapers',
  'conference',
  'briefing',
  'interview',
  'audience',
  'network',
  'newsletter',
]);

/**
 * Gatherings and assemblies one speaks to: "told a U.S. Chamber of Commerce meeting that …", "told a Senate Banking
 * Subcommittee", "told the World Petroleum Congress". Telling them is an address, a statement coded by what was
 * said, not a consultation with the body.
 */
const ADDRESSED_BODIES = new Set([
  'meeting',
  'meetings',
  'committee',
  'subcommittee',
  'congress',
  'assembly',
  'session',
  'symposium',
  'seminar',
  'forum',
  'convention',
  'gathering',
  'hearing',
  'rally',
  'plenum',
]);

/**
 * Prepositions of place in what was said: an actor there is where the content happens ("Steuart Petroleum
 * operates on the East Coast of the U.S."), not whom the statement is about.
 */
const CONTENT_LOCATIVE = new Set([
  'in',
  'at',
  'on',
  'inside',
  'within',
  'across',
  'throughout',
  'near',
  'off',
  'along',
  'around',
  'outside',
  // "the convoy began moving through the Gulf": a way gone by is a place too.
  'through',
  'via',
]);

/** Prepositions of place: a bare country there that is the source's own is where it acted, not whom. */
const LOCATIVE = new Set(['in', 'at', 'inside', 'within', 'across', 'throughout', 'near']);

/** What a state holds that another's forces enter or violate: "violated its airspace". */
const SOVEREIGN_SPACES = new Set(['airspace', 'territory', 'waters', 'territorial waters']);

/** "its airspace", "into its territory": a state's own space, which whoever enters or strikes it is not. */
function isItsSovereignSpace(tokens: readonly Token[], phrase: Phrase): boolean {
  return (
    tokens[phrase.tokenStart]!.lower === 'its' &&
    SOVEREIGN_SPACES.has(tokens[phrase.head]!.lemma.toLowerCase())
  );
}

/** Roles of an actor whose force may strike a place abroad (none: a country or its people). */
const STRIKING_ROLES = new Set(['MIL', 'GOV', 'REB', 'INS', 'SPY', 'UAF', 'SEP']);

/** Where force falls: the locative prepositions and those of a front or a coast ("outside Kyiv", "off the Iranian coast"). */
const FORCE_LOCATIVE = new Set([...LOCATIVE, 'off', 'outside', 'around', 'along']);

/** The appeal code for what is asked: to meet (026), cooperate diplomatically (022), materially (021), give aid (023), yield (025). */
const APPEALS: Record<string, string> = {
  '03': '020',
  '04': '026',
  '05': '022',
  '06': '021',
  '07': '023',
  '08': '025',
  '09': '020',
  // Asking another actor to use force ("wants Putin to attack Switzerland") is an appeal for military
  // cooperation, filed under its parent 021 as PETRARCH does.
  '15': '021',
  '18': '021',
  '19': '021',
  '20': '021',
};

/** Heads of "by" phrases that are happenings, not agents: "killed by the Malaysia Airlines flight MH17 crash". */
const NON_AGENT_HEADS = new Set([
  ...NATURAL_FORCES,
  'crash',
  'accident',
  'collision',
  'disease',
  'outbreak',
  'virus',
  'epidemic',
  'pandemic',
  'heatwave',
  'famine',
]);

/** Prepositions whose attack noun names who killed the victims of a passive verb: "killed in Russian shelling". */
const INSTRUMENT_PREPS = new Set(['in', 'during', 'under']);

/**
 * Acts CAMEO pairs: talks with someone are held by both sides; a visitor received by a host made a visit to it.
 * The key is the act's code, the value the code of the mirrored act (target → source).
 */
const MIRRORED: Readonly<Record<string, string>> = { '046': '046', '043': '042' };

/** Frames of an act set for a time, which both sides of paired talks keep: "is scheduled to hold talks with". */
const SCHEDULE_FRAMES = new Set([
  'schedule',
  'scheduled',
  'due',
  'set',
  'plan',
  'plans',
  'planned',
  'expect',
  'expected',
]);

/** Roots whose act is done to a place ("exercises near Taiwan", "attacks in Sinjar", a visit to Zurich). */
const PLACE_TARGET_ROOTS = new Set(['14', '15', '17', '18', '19', '20']);

/**
 * "reaffirmed his commitment to the Louvre accord struck in Paris": where an accord was reached or a deal signed is
 * no party to a statement or agreement about it. Only an act done to a place (PLACE_TARGET_ROOTS) or a claim of
 * responsibility for one (015: "claiming responsibility for a deadly attack targeting non-Muslims at an upscale
 * mall in Kenya's capital", PETRARCH2's GSR) takes its target from a reduced relative's locative phrase.
 */
function isWhereReached(prep: string, code: string): boolean {
  return LOCATIVE.has(prep) && !PLACE_TARGET_ROOTS.has(code.slice(0, 2)) && code !== '015';
}

/**
 * Empathetic comments (018): with no actor named as addressee, the place of the happening they are about
 * ("sorrow for the shootings in Charleston") names whom the sympathy is for.
 */
const EMPATHY_CODES = new Set(['018']);

/** Prepositions that name the victim or place of an act claimed: "responsibility for the attack on/against/in …". */
const CLAIMED_ACT_PREPS = new Set(['on', 'against', 'in', 'at', 'of', 'near']);

/** The head word of a mention that names protesters: their property destruction or assault is a riot (145). */
const PROTESTER_WORDS = /\b(?:protest[eo]rs?|demonstrators?|rioters?|mobs?)\b/i;

/** Roots of material acts, which a verb with a "that" clause and no object does not carry out. */
const MATERIAL_ROOTS = /^(06|07|08|09|14|15|16|17|18|19|20)/;

/** Speech verbs by which a speaker takes responsibility for its own act ("The US claimed that they had attacked Iraq"). */
const CLAIM_VERBS = new Set(['claim', 'admit', 'acknowledge', 'confess']);

/**
 * Verbs of admission: what a speaker admits is a loss or a fault it owns up to ("Iraq … admitted the Iranians had
 * occupied ground held by the Mohammed al-Qassem unit"), not a charge against the other side.
 */
const ADMISSION_VERBS = new Set(['admit', 'acknowledge', 'concede', 'confess']);

/**
 * Verbs of opinion whose negation moves into what is thought: "he did not believe that West Germany and Japan have
 * yet carried out their international responsibilities" says that he believes they have not; the opinion is
 * voiced all the same, no statement withheld.
 */
const NEG_RAISING_VERBS = new Set(['believe', 'think']);

/** Nouns that name an act when a verb carries them out: "announced sanctions", "launched an offensive". */
/**
 * Words that make a nominal act one that is only proposed: "recently proposed tariffs on Japanese electronic
 * goods", "the planned tariffs", "possible sanctions". A proposal is no imposition: the act is intended.
 */
const PROPOSAL_MODIFIERS = new Set([
  'proposed',
  'planned',
  'possible',
  'potential',
  'prospective',
  'probable',
  'likely',
  'threatened',
]);
const PROPOSAL_VERBS = new Set([
  'propose',
  'plan',
  // "is preparing an attack on Ukraine": an act being readied has not happened.
  'prepare',
  'consider',
  'contemplate',
  'recommend',
  'suggest',
  'weigh',
]);

/** Roles of people outside the state whom a speaker addresses as a group: businessmen, farmers, scholars, workers. */
const AUDIENCE_ROLES = new Set(['BUS', 'AGR', 'EDU', 'LAB']);

/**
 * Is the one told a trade's people as a group, an audience? "Sprinkel … told Iowa bankers the U.S. Had no
 * objective regarding the value of the dollar", "told Hungarian economists in a speech", "told Saudi businessmen
 * this week": a plural role of people outside the state, with no name, is spoken to as a meeting is, not
 * consulted. A named firm or person told ("told Judge Green", "told the U.S. Chamber of Commerce") is left to the
 * pattern, and so is an order ("told the banks to stop complaining", see tellsToDo).
 */
function isTradeAudience(tokens: readonly Token[], phrase: Phrase, actors: readonly SlotActor[]): boolean {
  const head = tokens[phrase.head]!;
  // wink-nlp keeps "businessmen" as its own lemma (see roles.yaml).
  const plural = head.lower !== head.lemma.toLowerCase() || /(men|people)$/.test(head.lower);
  if (head.pos !== 'NOUN' || !plural) return false;
  const told = actors.find(
    (actor) => actor.mention.tokenStart <= phrase.head && actor.mention.tokenEnd > phrase.head,
  );
  return (
    !!told &&
    told.mention.kind === 'role' &&
    told.roles.length > 0 &&
    told.roles.every((role) => AUDIENCE_ROLES.has(role))
  );
}

/**
 * Is a "will not" act only what a wish or a plan above it aims at? "Regan tried to ensure that Volcker … will not
 * be offered a third term by President Reagan" is Regan's aim, no refusal Reagan made (it was USAGOV 120
 * asserted): under a frame of desire or intent the refusal is only possible.
 */
function isAimedRefusal(standing: Standing): boolean {
  return standing.frame !== null && (standing.frame.kind === 'desire' || standing.frame.kind === 'intent');
}

/** Does a clause of telling have an infinitive whose doer is the one told ("told Tokyo to open its markets")? */
function tellsToDo(clause: Clause, clauses: readonly Clause[]): boolean {
  const told = clause.objects[0];
  if (!told) return false;
  const [from, to] = sentenceRun(clauses, clause);
  for (let i = from; i < to; i++) {
    const child = clauses[i]!;
    if (
      child.parent === clause.index &&
      child.kind === 'infinitive' &&
      child.verb.tokenStart === told.tokenEnd
    )
      return true;
  }
  return false;
}

/**
 * The name a clause's verb gives its object, as token bounds: "called Trump a \"tyrant\"", "called Putin a war
 * criminal". The words after the object, up to a preposition, a clause break or a time ("called the Ukrainian
 * president on Tuesday", "called Macron a day after the attack" name no one), when they open with an article,
 * an adjective, a noun or a quotation mark. Null when there are none.
 */
function calledName(
  tokens: readonly Token[],
  clause: Clause,
  timeTokens: ReadonlySet<number>,
): { from: number; to: number } | null {
  const object = clause.objects[0];
  if (!object) return null;
  // "called the U.S. strikes on its nuclear sites a grave violation": the name follows the object's own phrases.
  let from = object.tokenEnd;
  for (const prep of clause.preps) if (prep.tokenIndex === from) from = prep.phrase.tokenEnd;
  let to = from;
  while (to < tokens.length && to - from < 8) {
    const token = tokens[to]!;
    if (timeTokens.has(to) || token.sentenceStart) break;
    if (QUOTES.has(token.text) || NAME_WORDS.has(token.pos)) to++;
    else break;
  }
  const opener = tokens[from];
  if (to === from || !opener || timeTokens.has(from)) return null;
  for (let i = from; i < to; i++) if (TIME_NOUNS.has(tokens[i]!.lemma.toLowerCase())) return null;
  return opener.pos === 'DET' && !NAME_ARTICLES.has(opener.lower) ? null : { from, to };
}

/** Determiners that deny the noun they open: "no big wave of Japanese investment". */
const NEGATIVE_DETERMINERS = new Set(['no', 'neither', 'nor', 'never']);

/** Parts of speech of a name given to someone: "a war criminal", "the real aggressor", "\"tyrant\"". */
const NAME_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Nouns of a span of time, which say when a call was made: "called Macron a day after the attack". */
const TIME_NOUNS = new Set([
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'time',
  'night',
  'morning',
  'evening',
]);
/** Articles that open a name: "a tyrant", "the aggressor"; not "this" or "that". */
const NAME_ARTICLES = new Set(['a', 'an', 'the']);

/** Frames of pursuing an act: "was trying to build up its military presence", "plans to attack". */
const PURSUIT_FRAME =
  /^frame:(?:intent|desire|other):(?:try|seek|attempt|plan|intend|prepare|want|aim|strive)$/;

/**
 * Is an act not done yet because its doer is after it, with no modal or condition of its own? Telling that someone
 * is trying or planning to use force accuses them; telling that they might is no accusation.
 */
function isPursued(draft: { readonly rules: readonly string[] }): boolean {
  return (
    draft.rules.some((rule) => PURSUIT_FRAME.test(rule)) &&
    !draft.rules.some(
      (rule) => rule.startsWith('own:') || rule.startsWith('governor:') || rule === 'conditional',
    )
  );
}

/** Introducers of a clause that compares: "the same terms as were granted to Argentina", "more than …". */
const COMPARATIVE_INTRODUCERS = new Set(['as', 'than', 'like']);

/** The most parties of a mutual act coded pair by pair (three parties give six directed events). */
const MAX_PAIRED_PARTIES = 3;

/** Nouns for states or their leaders that "the two" or "both" makes a pair of. */
const PAIR_NOUNS =
  'leaders|countries|nations|sides|governments|presidents|states|neighbours|neighbors|allies|rivals';
/** "The two leaders", "both countries", "the two sides": a pair told of just before. */
const THE_TWO = new RegExp(`^(the two|both|both the) (${PAIR_NOUNS})$`);
const PAIR_NOUN_SET = new Set(PAIR_NOUNS.split('|'));

/** Is the phrase "the two …" or "both …" of a plural noun for states or their leaders? Its head is read first. */
function isTheTwo(tokens: readonly Token[], phrase: Phrase): boolean {
  if (!PAIR_NOUN_SET.has(tokens[phrase.head]!.lower)) return false;
  const words = tokens
    .slice(phrase.tokenStart, phrase.tokenEnd)
    .map((token) => token.lower)
    .join(' ');
  return THE_TWO.test(words);
}

/** Determiners that point back to a thing already told: "condemned the strikes", "these attacks". */
const DEFINITE_DETERMINERS = new Set(['the', 'this', 'these', 'that', 'those', 'such']);

/** Roots of a reaction to another's act (statement, acceptance, approval, disapproval, rejection): see `objectAuthor`. */
const REACTION_ROOTS = /^(01|03|05|11|12)/;

const LIGHT_VERBS = new Set([
  'announce',
  'order',
  'approve',
  'impose',
  'launch',
  'carry',
  'conduct',
  'stage',
  'mount',
  'begin',
  'start',
  'continue',
  'step',
  'escalate',
  'make',
  'issue',
  'prepare',
  'plan',
  'threaten',
  'call',
  'demand',
  'propose',
  'extend',
  'expand',
  'intensify',
  'resume',
  'unveil',
  'decide',
  'vote',
  'complete',
  'finish',
  'undertake',
]);
/** What a clash of words is over: "clashed over U.K. demands", "clashed with Germany over farm subsidies". */
const QUARREL_TOPICS = new Set(
  (
    'demand access policy plan proposal issue trade tariff budget reform term approach wording statement remark ' +
    'comment quota price subsidy rule agriculture funding aid debt interpretation language text resolution ' +
    'candidate leadership succession strategy position stance deal agreement accord treaty law bill measure'
  ).split(' '),
);

function quarrelsOverIssue(tokens: readonly Token[], clause: Clause): boolean {
  return clause.preps.some((prep) => {
    if (prep.prep !== 'over' && prep.prep !== 'on') return false;
    // A capitalised head ("U.K. Demands") keeps its plural as its lemma.
    const head = tokens[prep.phrase.head]!;
    return QUARREL_TOPICS.has(head.lemma.toLowerCase()) || QUARREL_TOPICS.has(head.lower.replace(/s$/, ''));
  });
}

/** Possessives of a third party: "its villages", "their positions". */
const THIRD_PARTY_POSSESSIVES = new Set(['its', 'their']);

/** Verbs of an act two parties do with each other: "Pakistan and India exchanged fire", "Russia and Ukraine have been fighting since 2022". */
const RECIPROCAL_VERBS = new Set(['exchange', 'swap', 'clash', 'trade', 'fight']);
/** Codes whose act two parties do with each other: a truce (0871). */
const RECIPROCAL_CODES = new Set(['0871']);
/**
 * Do the actors name one group by coordinated modifiers of its head ("American and British troops fought in
 * Helmand": they fought side by side), rather than parties of their own ("Russia and Ukraine fought")?
 */
function sharesHead(tokens: readonly Token[], actors: readonly SlotActor[]): boolean {
  return actors.some(
    ({ mention }) =>
      (mention.via === 'adjective' || mention.via === 'demonym') &&
      COORDINATORS.has(tokens[mention.tokenEnd]?.lower ?? ''),
  );
}

/** Roles of people in a crowd, who are of the place where they act: protesters, rioters. */
const CROWD_ROLES = new Set(['OPP']);

/** Reciprocal verbs that allies also do side by side: "American and British troops fought in Helmand". */
const JOINT_VERBS = new Set(['fight']);

/** Verbs of command whose order to leave expels ("ordered the ambassador to leave the country"). */
const ORDER_VERBS = new Set(['order', 'instruct', 'command', 'tell']);
/** Verbs of leaving a country, in an order that expels. */
const LEAVE_VERBS = new Set(['leave', 'depart', 'quit', 'exit']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'we', 'i', 'its', 'their', 'our']);
/** Verbs of feeling whose passive subject is who feels: "was worried by", "were alarmed by". */
const EXPERIENCER_VERBS = new Set(['worry', 'fear', 'alarm', 'concern', 'trouble', 'disturb']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

interface Draft {
  readonly code: string;
  readonly source: SlotActor;
  readonly target: SlotActor | null;
  readonly modality: Modality;
  readonly speaker: SlotActor | null;
  /** The speech verb that reports the event denies it. */
  readonly denied: boolean;
  readonly condition: Span | null;
  readonly evidence: Span;
  readonly sentence: number;
  readonly clause: Clause | null;
  readonly pattern: string;
  readonly verb: Span;
  readonly rules: string[];
  readonly confidence: number;
}

/**
 * The `events` layer: who did what to whom, per clause, with modality, condition, speaker, date, place and
 * evidence. Verb and noun patterns give the act; the clause's subject (or a passive's agent) the source;
 * the pattern's slot the target; the clauses that govern it the modality (see `clauseStanding`). A
 * speech verb is itself an event, coded by what was said: criticism of another actor is 111/112, a demand
 * 100, else 010 toward the main actor of the content.
 */
export function createEventsStage(options: EventsStageOptions): Stage<'events'> {
  const { patterns, codebook, lexicon, coder, dictionaries } = options;
  const modality = modalityLexicon(lexicon);
  const lexiconFrames = modality.frames;
  const tone = toneLexicon(lexicon.tone);
  return {
    name: 'events',
    version: coder.version,
    requires: ['sentences', 'tokens', 'mentions', 'clauses', 'times', 'places', 'quotes'],
    produces: 'events',
    dictionaries: { patterns: patterns.version, lexicon: lexicon.version, codebook: codebook.version },
    run: function events(doc) {
      const tokens = doc.layers.tokens ?? [];
      const mentions = doc.layers.mentions ?? [];
      const clauses = doc.layers.clauses ?? [];
      const diagnostics: Diagnostic[] = [];
      const drafts: Draft[] = [];
      const usedObjects = new Set<number>();
      const mentionTokens = new Set<number>();
      for (const mention of mentions)
        for (let i = mention.tokenStart; i < mention.tokenEnd; i++) mentionTokens.add(i);
      // The clauses' verb heads: "Qatar mediated talks", whatever the tagger made of "mediated", ends the phrase.
      const verbHeads = new Set(clauses.map((clause) => clause.verb.head));
      // "the U.S. Hit 13.6 billion U.S. Dlrs": a currency is an amount, not an actor (see phraseActors).
      const hasActor = (phrase: Phrase) =>
        mentionsIn(mentions, phrase.tokenStart, phrase.tokenEnd).some(
          (mention) => !namesCurrency(tokens, mention),
        );
      /**
       * Is a phrase the press: a press word at its head or opening it ("told reporters West Germany would …",
       * "told reporters Friday"), or actors that are all media ("the Iraqi news agency INA")?
       */
      const isPressPhrase = (phrase: Phrase): boolean => {
        const head = tokens[phrase.head]!;
        if (PRESS.has(head.lemma.toLowerCase()) || PRESS.has(head.lower)) return true;
        if (PRESS.has(tokens[phrase.tokenStart]!.lower)) return true;
        // "the South African Press Association", "the Kuwait News Agency".
        if (
          PRESS_BODIES.has(head.lower) &&
          tokens
            .slice(phrase.tokenStart, phrase.head)
            .some((token) => token.lower === 'press' || token.lower === 'news')
        )
          return true;
        const actors = phraseActors(tokens, mentions, phrase);
        return actors.length > 0 && actors.every((actor) => actor.roles.includes('MED'));
      };
      // "Japan told the General Agreement on Tariffs and Trade that …", "Volcker has told Congress that …": a
      // meeting, a legislature or an international organisation as a whole is an audience addressed; what was said
      // codes the event. A state or an official told is still a counterpart consulted ("Kohl told President Reagan").
      const isAddressedBody = (phrase: Phrase): boolean => {
        const head = tokens[phrase.head]!;
        if (ADDRESSED_BODIES.has(head.lemma.toLowerCase()) || ADDRESSED_BODIES.has(head.lower)) return true;
        // The body must be the phrase's head: "told his EC colleagues" tells people, who are consulted.
        const named = phraseActors(tokens, mentions, phrase).find(
          (actor) =>
            actor.mention.via !== 'pronoun' &&
            actor.mention.tokenStart <= phrase.head &&
            actor.mention.tokenEnd > phrase.head,
        );
        if (named && (named.roles.includes('LEG') || named.mention.kind === 'organisation')) return true;
        return isTradeAudience(tokens, phrase, phraseActors(tokens, mentions, phrase));
      };
      const standingCache = new Map<number, Standing>();
      const standingOf = (clause: Clause) => {
        let standing = standingCache.get(clause.index);
        if (!standing) {
          standing = clauseStanding(clause, clauses, tokens, modality);
          standingCache.set(clause.index, standing);
        }
        return standing;
      };

      /**
       * The speaker of the quotation a first-person word is in, when the quotes stage found one. Only a direct or
       * mixed quotation's: in reported speech "we" is the reporter ('The Japanese have indicated we may not get as
       * much as we are asking for' asks for the one who tells it).
       */
      const quoteSpeakerOf = (token: Token): SlotActor | null => {
        const quote = (doc.layers.quotes ?? []).find(
          (candidate) =>
            candidate.type !== 'indirect' &&
            candidate.content.start <= token.start &&
            candidate.content.end >= token.end &&
            candidate.speakerMention !== null,
        );
        return quote ? slotActor(mentions[quote.speakerMention!]!, 'quote-speaker') : null;
      };

      /** Actors of a clause's subject; "it"/"they"/"we" in reported speech are the speaker. */
      const subjectActors = (clause: Clause, depth = 0): SlotActor[] => {
        if (!clause.subject) return [];
        const pressed = pronounAfterPress(clause.subject);
        const subject = quotedSpeaker(clause) ?? pressed ?? clause.subject;
        // "U.S. energy futures traded", "the level of U.S. interest rates suggests": a market quantity is no agent.
        if (hasNonAgentHead(tokens, subject, (i) => mentionTokens.has(i))) return [];
        const found = phraseActors(tokens, mentions, subject).filter(
          (actor) =>
            !isPlaceInSubject(tokens, actor, subject) &&
            !isAimOfSubject(tokens, actor, subject, (i) => mentionTokens.has(i)),
        );
        // "The two leaders" (a role with no country of its own) are the pair just named.
        const pair = pairNamedBefore(subject, clause.sentence);
        if (pair) return pair;
        if (found.length > 0) return found;
        // With "he" unresolved, the one who hopes is the one who told the press (never the press, which the quotes
        // stage may have taken as the speaker).
        if (pressed && clause.parent !== null && depth <= 4)
          return subjectActors(clauses[clause.parent]!, depth + 1).map((actor) =>
            restated(actor, 'pronoun-speaker'),
          );
        const head = tokens[clause.subject.head]!;
        // "We reiterate …" inside a quotation, or "It added that …" where the quotes stage resolved "It".
        const quotes = doc.layers.quotes ?? [];
        const framed = quotes.find(
          (quote) =>
            quote.cue && quote.cue.start === tokens[clause.verb.head]!.start && quote.speakerMention !== null,
        );
        if (framed && head.pos === 'PRON')
          return [slotActor(mentions[framed.speakerMention!]!, 'quote-speaker')];
        if (/^(we|us|our|i)$/.test(head.lower)) {
          const speaker = quoteSpeakerOf(head);
          if (speaker) return [speaker];
        }
        if (!SUBJECT_PRONOUNS.has(head.lower) || depth > 4) return [];
        // "'They shelled our positions near Bakhmut,' a Ukrainian commander said": in a speaker's own words a
        // third person is someone else, never the speaker.
        if (
          quotes.some(
            (quote) =>
              quote.type === 'direct' && quote.content.start <= head.start && quote.content.end >= head.end,
          )
        )
          return [];
        const standing = standingOf(clause);
        // "expected OPEC to raise prices when it meets": in a clause of time or reason the pronoun is the
        // governing clause's actor, even inside what a speaker said.
        const governing =
          clause.kind === 'adverbial' && clause.parent !== null
            ? clauses[clause.parent]
            : (standing.speakerClause ??
              standing.frame?.clause ??
              (clause.parent !== null ? clauses[clause.parent] : undefined));
        if (governing && governing !== clause) {
          const subject = governing.subject;
          return subjectActors(governing, depth + 1)
            .filter((actor) => !subject || namesSubject(actor, subject))
            .filter((actor) => !(head.lower === 'it' && isOnePerson(tokens, actor)))
            .map((actor) => restated(actor, 'pronoun-speaker'));
        }
        return [];
      };

      /**
       * "Xi hosted Putin for talks in Beijing. The two leaders pledged to deepen their partnership", "India and
       * Pakistan agreed to a ceasefire. Both sides pledged to resume talks": "the two" or "both" of a plural noun for
       * states or their leaders is the pair the sentence before names, when it names two actors' countries or
       * groups and no third.
       */
      function pairNamedBefore(subject: Phrase, sentence: number): SlotActor[] | null {
        if (!isTheTwo(tokens, subject)) return null;
        const named = new Map<string, Mention>();
        for (const mention of mentions) {
          if (mention.sentence !== sentence - 1 || mention.via === 'pronoun') continue;
          if (mention.country === null && mention.knownGroup === null) continue;
          const key = mention.knownGroup ?? mention.country!;
          if (!named.has(key)) named.set(key, mention);
        }
        if (named.size !== 2) return null;
        return [...named.values()].map((mention) => slotActor(mention, 'the-two'));
      }

      /**
       * "Minneapolis newspapers … quoted several legislators as saying they were inclined to support legislation":
       * the one quoted as saying is the speaker, not the paper that quotes; the "as saying" clause inherits the
       * subject of "quoted", which is the wrong one.
       */
      function quotedSpeaker(clause: Clause): Phrase | null {
        if (clause.kind !== 'participle' || clause.introducer !== 'as' || clause.parent === null) return null;
        if (!clause.subjectInherited) return null;
        const quoting = clauses[clause.parent]!;
        if (quoting.verb.lemma !== 'quote' || quoting.verb.passive) return null;
        const quoted = quoting.objects[0];
        return quoted && quoted.tokenEnd <= clause.verb.tokenStart ? quoted : null;
      }

      /**
       * "He also told reporters he hopes the U.S. will …", "Montri told reporters he will seek a meeting": the parse
       * runs the press that was told into the subject of what was said ("reporters he"); the one who hopes or seeks
       * is the pronoun after the press word, never the press.
       */
      function pronounAfterPress(subject: Phrase): Phrase | null {
        const last = subject.tokenEnd - 1;
        const pronoun = tokens[last]!;
        if (last === subject.tokenStart || pronoun.pos !== 'PRON' || !PRONOUN_SUBJECTS.has(pronoun.lower))
          return null;
        const before = tokens[last - 1]!;
        if (!PRESS.has(before.lower) && !PRESS.has(before.lemma.toLowerCase())) return null;
        return { tokenStart: last, tokenEnd: last + 1, head: last };
      }

      /**
       * Can a pronoun that stands for this subject take this actor? Only if the actor is what the subject names,
       * not a word that modifies a thing or a person the subject is: in "KLM last week denied a Dutch press report
       * saying it was discussing a takeover", "it" is KLM, not the report and not the Netherlands; in "WEDGE, which
       * is owned by Issam Fares, a Lebanese citizen, also said it discussed …", "it" is WEDGE, not Lebanon.
       */
      function namesSubject(actor: SlotActor, subject: Phrase): boolean {
        const { mention } = actor;
        if (mention.tokenStart <= subject.head && mention.tokenEnd > subject.head) return true;
        if (actor.rule !== 'head') return true;
        return mention.roles.length > 0 || (mention.via !== 'adjective' && mention.via !== 'demonym');
      }

      const speakerOf = (standing: Standing): SlotActor | null => {
        if (!standing.speakerClause) return null;
        return subjectActors(standing.speakerClause)[0] ?? null;
      };

      const places = doc.layers.places ?? [];
      // Tokens of the gazetteer's places, for patterns whose object is a place ("captured Kherson").
      const placeTokens = new Set<number>();
      for (const place of places)
        for (let i = tokenAt(tokens, place.start); i < tokens.length && tokens[i]!.start < place.end; i++)
          placeTokens.add(i);
      // Tokens of time expressions ("on Tuesday", "a day after").
      const timeTokens = new Set<number>();
      for (const time of doc.layers.times ?? [])
        for (let i = tokenAt(tokens, time.start); i < tokens.length && tokens[i]!.start < time.end; i++)
          timeTokens.add(i);
      // Places that no actor mention covers ("Zurich", "Sinjar"): an act done there may take them as target.
      const freePlaces = places.filter(
        (place) => !mentions.some((mention) => mention.start < place.end && place.start < mention.end),
      );
      const placeIn = (phrase: Phrase): Place | undefined => {
        const from = tokens[phrase.tokenStart]!.start;
        const to = tokens[phrase.tokenEnd - 1]!.end;
        return freePlaces.find((place) => place.start >= from && place.end <= to);
      };
      const placeActor = (place: Place, rule: string): SlotActor => {
        const tokenStart = tokenAt(tokens, place.start);
        // Fields in the order the actors stage writes them, so that this mention has the same shape as theirs.
        const mention: Mention = {
          start: place.start,
          end: place.end,
          index: -1,
          sentence: place.sentence,
          tokenStart,
          tokenEnd: Math.max(tokenStart + 1, tokenAt(tokens, place.end - 1) + 1),
          code: place.country,
          country: place.country,
          knownGroup: null,
          roles: [],
          entry: `place:${place.entry}`,
          name: place.name,
          kind: 'country',
          via: 'name',
          person: false,
          gender: undefined,
          antecedent: undefined,
          guess: false,
        };
        return slotActor(mention, rule);
      };
      /** A clause's locative phrases, each with the "of" phrases that complete it ("in the east of the Gaza Strip"). */
      const locativePhrases = (clause: Clause, slots: readonly string[] | null): Phrase[] => {
        const found: Phrase[] = [];
        let chainEnd = -1;
        for (const prep of clause.preps) {
          // "in a town north of Port-au-Prince"; "in an attack on a town north of …": what an act of force is on
          // is where it happened.
          const onStruck =
            prep.prep === 'on' && found.length > 0 && isForceNoun(tokens[found[found.length - 1]!.head]!);
          if ((prep.prep === 'of' || onStruck) && prep.tokenIndex === chainEnd) {
            found.push(prep.phrase);
            chainEnd = prep.phrase.tokenEnd;
            continue;
          }
          chainEnd = -1;
          // "launched attacks on Kharkiv": a slot's "on" names what is struck, where it happens.
          const locative = LOCATIVE.has(prep.prep) || (slots !== null && prep.prep === 'on');
          if (!locative || (slots && !slots.includes(prep.prep))) continue;
          found.push(prep.phrase);
          chainEnd = prep.phrase.tokenEnd;
        }
        return found;
      };
      /**
       * Is a violent act's agent phrase headed by no actor, people, weapon or act of force, with no armed or other
       * role-bearing actor in it? "farmers hit by European Community cost-cutting measures" are hurt by a policy,
       * not attacked by the EC.
       */
      const isFigurativeForce = (phrase: Phrase): boolean => {
        const head = phrase.head;
        if (mentionTokens.has(head)) return false;
        const token = tokens[head]!;
        if (namesPeople(token) || isAttackNoun(head)) return false;
        if (ACTS_OF_FORCE.has(token.lemma.toLowerCase()) || ACTS_OF_FORCE.has(token.lower)) return false;
        // "held by its fourth army corps": a force named in the phrase is the agent.
        return !phraseActors(tokens, mentions, phrase).some((actor) => actor.roles.length > 0);
      };
      const isForceNoun = (token: Token): boolean =>
        ACTS_OF_FORCE.has(token.lemma.toLowerCase()) || ACTS_OF_FORCE.has(token.lower);
      const isAttackNoun = (i: number): boolean => {
        const token = tokens[i]!;
        const candidates = patterns.byNoun.get(token.lower) ?? patterns.byNoun.get(token.lemma.toLowerCase());
        return candidates?.some((pattern) => pattern.code >= '18') ?? false;
      };

      const times = doc.layers.times ?? [];
      /** Is the phrase a time expression ("on Tuesday", "during the night")? */
      const isTimePhrase = (phrase: Phrase): boolean => {
        const head = tokens[phrase.head]!;
        return times.some((time) => time.start <= head.start && head.end <= time.end);
      };
      /**
       * The country where force fell on things no actor owns: a country, its capital or a region named, or a place
       * of the gazetteer, in a locative phrase of the clause ("struck targets near Damascus" → SYR). A capital stands
       * for its country here, not its government.
       */
      const struckPlace = (clause: Clause): SlotActor | null => {
        for (const prep of clause.preps) {
          // The phrases that say where the act was, up to one that says something else ("in response to a
          // missile strike on the tanker … in Kuwaiti waters": the waters are the tanker's).
          // "shelled residential areas of Kharkiv", "the outskirts of Kabul": an "of" after a noun of a place's
          // parts says where; any other "of" says whose or what ("ships of the Iranian navy"), and a compass point
          // a bearing from elsewhere ("the Rostam oil rig 120 miles east of Bahrain").
          if (prep.prep === 'of') {
            const before = tokens[prep.tokenIndex - 1]?.lower ?? '';
            if (!OF_PLACE_NOUNS.has(before) || COMPASS_POINTS.includes(before)) continue;
          } else if (isTimePhrase(prep.phrase)) continue;
          else if (!FORCE_LOCATIVE.has(prep.prep)) break;
          for (const actor of phraseActors(tokens, mentions, prep.phrase)) {
            const { mention } = actor;
            // Where the phrase's noun is: "off the Iranian coast", "at Iran's Ahvaz field"; not "in response to a
            // missile strike on the Kuwaiti tanker".
            if (mention.tokenStart > prep.phrase.head) continue;
            // Nor "in retaliation for a recent Iranian missile attack on a U.S.-flagged Kuwaiti ship".
            if (tokens.slice(prep.phrase.tokenStart, mention.tokenStart).some((token) => token.pos === 'ADP'))
              continue;
            // A country, or a place kept among the institutions for its sub-code ("in Gaza": PSEGZA); not a region
            // of many countries ("in the Gulf").
            if (mention.country === null || mention.knownGroup !== null) continue;
            if (mention.kind !== 'country' && mention.kind !== 'institution') continue;
            if (mention.via === 'capital')
              return restated(actor, 'struck-place', mention.country, mention.country);
            if (mention.roles.length === 0) return restated(actor, 'struck-place');
          }
          const place = placeIn(prep.phrase);
          if (place) return placeActor(place, 'struck-place');
        }
        return null;
      };
      /**
       * A target where the pattern's slots hold none: a place in a locative slot for acts done to a place
       * ("exercises in Zurich" → CHE) or in a visit's object ("attend the Beijing Olympics" → CHN), else an actor in a reduced relative that completes the slot's phrase
       * ("claimed responsibility for a deadly attack targeting non-Muslims … in Kenya's capital" → KEN).
       */
      const fallbackTarget = (
        clause: Clause,
        match: VerbMatch,
      ): { actor: SlotActor; slot: string } | null => {
        const code = match.pattern.code;
        if (PLACE_TARGET_ROOTS.has(code.slice(0, 2)) || code === '042') {
          // A visit's object is where it goes: "attend the Beijing Olympics" is a visit to China; force's object is
          // where it strikes: "shelled Kharkiv", "captured Kherson" strike Ukraine.
          const struck = code === '042' || FORCE_ROOT.test(code);
          const visited = struck && match.pattern.targets.includes('object') ? clause.objects : [];
          for (const phrase of [...visited, ...locativePhrases(clause, match.pattern.targets)]) {
            const place = placeIn(phrase);
            if (place) return { actor: placeActor(place, 'place'), slot: 'in' };
          }
          // "Israel struck targets in Syria", "warplanes hit two ships off the Iranian coast", "shelled positions
          // near Bakhmut": force against things no actor owns strikes the country where they are.
          if (struck && code !== '042') {
            const struckIn = struckPlace(clause);
            if (struckIn) return { actor: struckIn, slot: 'in' };
            // "'Russia attacked our cities again last night,' Zelensky said": what "our" owns in a quotation is
            // the speaker's side.
            const ours = clause.objects.find((object) => tokens[object.tokenStart]!.lower === 'our');
            const speaker = ours && quoteSpeakerOf(tokens[ours.tokenStart]!);
            const country = speaker?.country ?? null;
            if (speaker && country !== null)
              return { actor: restated(speaker, 'speaker-own', country, country), slot: 'object' };
          }
          // "Armenia accused Azerbaijan of shelling its villages": what the accused struck of "its" is the
          // accuser's; nobody is accused of shelling their own. "Poland said Russian drones violated its airspace":
          // what agents named in the plural struck of "its" is the speaker's too.
          if ((struck && code !== '042') || code.startsWith('15')) {
            // "accused Thailand of firing artillery into its territory": the territory fired into is owned too.
            const owned =
              clause.objects.find((object) =>
                THIRD_PARTY_POSSESSIVES.has(tokens[object.tokenStart]!.lower),
              ) ??
              clause.preps.map((prep) => prep.phrase).find((phrase) => isItsSovereignSpace(tokens, phrase));
            const standing = owned ? standingOf(clause) : null;
            const alleged = !!standing?.rules.some((rule) => rule.startsWith('alleged-by:'));
            const pluralOwner = pluralAgentsOwnPhrase(tokens, clause, owned);
            const pluralAgents =
              pluralOwner && !!standing?.rules.some((rule) => rule.startsWith('reported-by:'));
            if (standing?.speakerClause && (alleged || pluralAgents)) {
              const accuser = subjectActors(standing.speakerClause)[0];
              const home = accuser?.country ?? null;
              if (accuser && home !== null)
                return {
                  actor: restated(accuser, alleged ? 'accuser-own' : 'speaker-own', home, home),
                  slot: 'object',
                };
            }
            // "Poland scrambled jets after Russian drones entered its airspace": in a clause that tells when or
            // why the main one happened, it is the main clause's subject's. So is the airspace, territory or
            // waters an intruder entered: "Japan protested after a Chinese military aircraft violated its airspace".
            const governor =
              clause.kind === 'adverbial' && clause.parent !== null ? clauses[clause.parent] : null;
            if (
              (pluralOwner || (!!owned && isItsSovereignSpace(tokens, owned))) &&
              governor &&
              !governor.subjectInherited
            ) {
              const owner = subjectActors(governor)[0];
              const home = owner?.country ?? null;
              const agents = new Set(subjectActors(clause).map((agent) => agent.country));
              if (owner && home !== null && !agents.has(home))
                return { actor: restated(owner, 'governor-own', home, home), slot: 'object' };
            }
          }
        }
        if (code === '015') {
          // "claimed responsibility for the attack on Russian ships": the victim of the act claimed.
          let chainEnd = -1;
          for (const prep of clause.preps) {
            const continues = prep.tokenIndex === chainEnd && CLAIMED_ACT_PREPS.has(prep.prep);
            if (!continues && !match.pattern.targets.includes(prep.prep)) {
              chainEnd = -1;
              continue;
            }
            chainEnd = prep.phrase.tokenEnd;
            if (!continues) continue;
            const actor = phraseActors(tokens, mentions, prep.phrase).find(
              (candidate) => candidate.mention.via !== 'pronoun',
            );
            if (actor) return { actor: restated(actor, 'claimed-act'), slot: prep.prep };
            const place = placeIn(prep.phrase);
            if (place) return { actor: placeActor(place, 'claimed-act-place'), slot: prep.prep };
          }
        }
        if (EMPATHY_CODES.has(code)) {
          // "expressed sorrow for the shootings in Charleston", "sympathy over the attack in France": sympathy
          // over a happening goes to those it befell, named by the place where it happened.
          for (const phrase of slotPhraseChain(clause, match.pattern.targets)) {
            const actor = phraseActors(tokens, mentions, phrase).find(
              (candidate) => candidate.mention.via !== 'pronoun',
            );
            if (actor) return { actor: restated(actor, 'happening-place'), slot: 'happening' };
            const place = placeIn(phrase);
            if (place) return { actor: placeActor(place, 'happening-place'), slot: 'happening' };
          }
        }
        for (const prep of clause.preps) {
          if (!match.pattern.targets.includes(prep.prep) || hasActor(prep.phrase)) continue;
          // Reduced relatives only ("an attack targeting …", "men sought in …"): a full relative clause tells
          // more about the noun than about the act ("the group that has seized parts of Iraq").
          const relative = clauses.find(
            (child) =>
              child.parent === clause.index &&
              (child.kind === 'participle' || child.kind === 'relative') &&
              child.introducer === null &&
              child.subject !== null &&
              child.subject.tokenStart >= prep.phrase.tokenStart &&
              child.subject.tokenEnd <= prep.phrase.tokenEnd,
          );
          if (!relative) continue;
          const phrases = relative.preps.filter((p) => !isWhereReached(p.prep, code)).map((p) => p.phrase);
          for (const phrase of [...relative.objects, ...phrases]) {
            const actor = phraseActors(tokens, mentions, phrase).find(
              (candidate) => candidate.mention.via !== 'pronoun',
            );
            if (actor) return { actor: restated(actor, 'reduced-relative'), slot: prep.prep };
            const place = placeIn(phrase);
            if (place) return { actor: placeActor(place, 'reduced-relative-place'), slot: prep.prep };
          }
        }
        return null;
      };

      /**
       * The author of what the verb's object names, in a "by" phrase right after it: "Sudan has rejected a demand by
       * the International Monetary Fund" is a rejection of the IMF, "welcomed the reaffirmation by the U.S." praise of
       * the U.S. A passive verb's "by" phrase is its agent instead. Only a reaction to the author (a statement,
       * acceptance, approval, disapproval or rejection) is aimed at it: "a court order prohibiting any additional
       * actions by American Airlines" restricts no airline.
       */
      const objectAuthor = (clause: Clause, match: VerbMatch): SlotActor | null => {
        const object = match.objectUsed ?? clause.objects[0];
        if (
          clause.verb.passive ||
          match.targetPhrase ||
          !REACTION_ROOTS.test(match.pattern.code) ||
          !match.pattern.targets.includes('object') ||
          !object
        )
          return null;
        // "condemned reports of mass killings by the RSF": the author of what the report is of.
        let end = object.tokenEnd;
        for (let of = ofPhraseAt(clause, end); of; of = ofPhraseAt(clause, end)) end = of.phrase.tokenEnd;
        const by = clause.preps.find((prep) => prep.prep === 'by' && prep.tokenIndex === end);
        if (!by) return null;
        const actor = phraseActors(tokens, mentions, by.phrase).find(
          (candidate) => candidate.mention.via !== 'pronoun',
        );
        return actor ? restated(actor, 'object-author') : null;
      };

      /**
       * The author of a thing a passive relative clause reacts to, when the clause it hangs on names who made the
       * thing: "Japan has announced a … supplementary budget which was warmly welcomed by Washington" is praise of
       * Japan. Only a reaction (see `objectAuthor`) to the object of that clause, made by its subject.
       */
      const antecedentAuthor = (clause: Clause, match: VerbMatch): SlotActor | null => {
        const antecedent = clause.subject;
        const parent = clause.parent !== null ? clauses[clause.parent] : undefined;
        if (
          !antecedent ||
          !parent ||
          clause.kind !== 'relative' ||
          !clause.verb.passive ||
          !clause.subjectInherited ||
          parent.verb.passive ||
          // "Saudi Arabia is the architect of the … pact, which is backed by Kuwait": a copula makes nothing.
          parent.verb.lemma === 'be' ||
          !REACTION_ROOTS.test(match.pattern.code) ||
          !match.pattern.targets.includes('object') ||
          // The antecedent follows the verb it is the object of, not in a phrase of a preposition ("spoke about a
          // plan which was welcomed by …"); the parse may leave it out of the objects after an adverb ("a roughly
          // 35 billion dlr … budget").
          antecedent.tokenStart < parent.verb.tokenEnd ||
          parent.preps.some(
            (prep) =>
              prep.phrase.tokenStart <= antecedent.tokenStart && prep.phrase.tokenEnd >= antecedent.tokenEnd,
          )
        )
          return null;
        const actor = subjectActors(parent).find((candidate) => candidate.mention.via !== 'pronoun');
        return actor ? restated(actor, 'antecedent-author') : null;
      };

      /**
       * The author of an act of force told in the sentence before, that a reaction names only as "the strikes":
       * "Pakistan launched air strikes on Taliban positions. The Taliban government condemned the strikes" condemns
       * Pakistan. Only a definite object whose head is an act of force, and only an act coded in the one or two
       * sentences before with a source that is not the reacting side.
       */
      const priorActAuthor = (
        clause: Clause,
        match: VerbMatch,
        sources: readonly SlotActor[],
      ): SlotActor | null => {
        const object = clause.objects[0];
        if (!object || !REACTION_ROOTS.test(match.pattern.code) || !match.pattern.targets.includes('object'))
          return null;
        const head = tokens[object.head]!;
        const determiner = tokens[object.tokenStart]!.lower;
        if (!DEFINITE_DETERMINERS.has(determiner)) return null;
        // "France recognised the State of Palestine. Israel's foreign minister denounced the recognition": a noun
        // of the dictionary's noun patterns names an act of its root, as a noun of force names any act of force.
        const lemma = head.lemma.toLowerCase();
        const force = ACTS_OF_FORCE.has(lemma);
        const roots = force
          ? null
          : new Set(
              (patterns.byNoun.get(lemma) ?? patterns.byNoun.get(head.lower) ?? []).map((pattern) =>
                pattern.code.slice(0, 2),
              ),
            );
        if (roots !== null && roots.size === 0) return null;
        const own = new Set(sources.map((source) => actorKey(source)));
        for (let k = drafts.length - 1; k >= 0; k--) {
          const draft = drafts[k]!;
          if (draft.sentence >= clause.sentence) continue;
          if (draft.sentence < clause.sentence - 2) break;
          const named = roots === null ? FORCE_ROOT.test(draft.code) : roots.has(draft.code.slice(0, 2));
          if (!named || own.has(actorKey(draft.source))) continue;
          return restated(draft.source, 'prior-act-author');
        }
        return null;
      };

      /** A role with no country ("civilians", "protesters") takes the country of the place the act happened in. */
      const withPlaceCountry = (target: SlotActor, clause: Clause): SlotActor => {
        if (target.country !== null || target.knownGroup !== null || target.roles.length === 0) return target;
        // "arrested a senior Islamic State commander near Damascus": a group of no country (IMGMUSISI) is no
        // countryless role; the place does not make it Syria's.
        if (!target.code.startsWith('---')) return target;
        // "met with exiled dissidents from Myanmar", "talks with officials from Japan": a country named in a "from"
        // phrase right after the role is where its people come from.
        const from = clause.preps.find(
          (prep) => prep.prep === 'from' && prep.tokenIndex === target.mention.tokenEnd,
        );
        const origin = from
          ? phraseActors(tokens, mentions, from.phrase).find(
              (actor) =>
                actor.mention.kind === 'country' && actor.roles.length === 0 && actor.country !== null,
            )
          : undefined;
        if (origin) {
          return inCountry(target, 'from', origin.country!);
        }
        for (const phrase of locativePhrases(clause, null)) {
          const place = places.find(
            (candidate) =>
              candidate.start >= tokens[phrase.tokenStart]!.start &&
              candidate.end <= tokens[phrase.tokenEnd - 1]!.end,
          );
          if (!place) continue;
          return inCountry(target, 'place', place.country);
        }
        return target;
      };

      /** Is the target the sources' own people as a whole ("the American people" for Reagan)? */
      const isOwnPublic = (sources: readonly SlotActor[], target: SlotActor): boolean =>
        target.roles.length > 0 &&
        target.roles.every((role) => role === 'CVL') &&
        sources.some((source) => actorKey(source) === actorKey(target));

      /** "rioters torched cars", "a protestor demolished the building": violence by protesters is a riot (145). */
      const isViolentProtest = (code: string, sources: readonly SlotActor[]): boolean =>
        (code.startsWith('171') || code.startsWith('18')) &&
        sources.length > 0 &&
        sources.every((source) =>
          PROTESTER_WORDS.test(doc.text.slice(source.mention.start, source.mention.end)),
        );

      const conditionSpan = (standing: Standing): Span | null => {
        const condition = standing.conditions[0];
        if (!condition) return null;
        const family = [condition, ...descendants(condition, clauses)];
        const start =
          condition.subject && !condition.subjectInherited
            ? tokens[condition.subject.tokenStart]!.start
            : condition.start;
        return { start, end: Math.max(...family.map((clause) => clause.end)) };
      };

      const evidenceOf = (clause: Clause, standing: Standing): Span => {
        let start =
          clause.subject && !clause.subjectInherited
            ? tokens[clause.subject.tokenStart]!.start
            : tokens[clause.verb.tokenStart]!.start;
        let end = clause.end;
        if (standing.frame) {
          const governor = standing.frame.clause;
          const governorStart =
            governor.subject && !governor.subjectInherited
              ? tokens[governor.subject.tokenStart]!.start
              : governor.start;
          start = Math.min(start, governorStart);
        }
        for (const child of clauses) {
          if (child.parent === clause.index && child.kind === 'infinitive') end = Math.max(end, child.end);
        }
        // "should Moscow take concrete steps …, we are prepared to work on …", "If Iran halts enrichment, the EU is
        // ready to …": a condition stated first is part of what the event rests on.
        for (const condition of standing.conditions) {
          if (condition.sentence !== clause.sentence) continue;
          start = Math.min(start, condition.introducerSpan?.start ?? condition.start);
        }
        return { start, end };
      };

      const speechCandidates: {
        clause: Clause;
        match: VerbMatch | null;
        sources: SlotActor[];
        standing: Standing;
      }[] = [];
      const draftsByClause = new Map<number, Draft[]>();
      /** Has a clause a coded act: its own, or for a verb of going on ("vowed to keep fighting Israel"), its -ing clause's. */
      const hasCodedAct = (clause: Clause): boolean =>
        (draftsByClause.get(clause.index)?.length ?? 0) > 0 ||
        (CONTINUING_VERBS.has(clause.verb.lemma) &&
          clauses.some(
            (part) => part.parent === clause.index && part.kind === 'participle' && hasCodedAct(part),
          ));
      const capsSentences = new Set(
        (doc.layers.sentences ?? [])
          .filter((sentence) => isCapsText(tokens, sentence.tokenStart, sentence.tokenEnd))
          .map((sentence) => sentence.index),
      );
      // A source is a mention of the clause's own sentence or the speaker of a quote the clause is in; a
      // sentence with neither (over half of those in business news) can code nothing, and is not matched.
      const sourcedSentences = new Set<number>();
      for (const mention of mentions) sourcedSentences.add(mention.sentence);
      for (const quote of doc.layers.quotes ?? []) {
        if (quote.speakerMention === null) continue;
        for (const sentence of doc.layers.sentences ?? [])
          for (const span of quote.cue ? [quote.content, quote.cue] : [quote.content])
            if (sentence.start < span.end && span.start < sentence.end) sourcedSentences.add(sentence.index);
      }
      // "The two leaders pledged …": a pair told of before may act in a sentence that names no actor.
      for (const clause of clauses)
        if (clause.subject && isTheTwo(tokens, clause.subject)) sourcedSentences.add(clause.sentence);
      for (const clause of clauses) codeClause(clause);

      foldMoneyPurposes();
      refineAppeals();
      dropFrameStatements();
      for (const candidate of speechCandidates) codeCandidateSpeech(candidate);

      /** A speech act of a clause (see `codeSpeechAct`), one draft per source, unless the clause frames an act of its own. */
      function codeCandidateSpeech(candidate: (typeof speechCandidates)[number]): void {
        const speech = codeSpeechAct(candidate.clause, candidate.match);
        if (!speech) return;
        // "Qatar has pledged to expel …": the pledged act is coded, with its `intended` modality. The act may be
        // a speech candidate itself, coded after this one: "vowed to continue the offensive until Hamas is
        // destroyed" ("continue" is also a verb of dialogue, "he continued").
        const framesAnAct = clauses.some(
          (child) =>
            child.parent === candidate.clause.index &&
            child.kind === 'infinitive' &&
            (hasCodedAct(child) ||
              (speech.code.startsWith('03') &&
                speechCandidates.some(
                  (other) =>
                    other.clause === child &&
                    other.match !== null &&
                    !other.match.pattern.code.startsWith('01'),
                ))),
        );
        if (framesAnAct && (speech.code.startsWith('01') || speech.code.startsWith('03'))) return;
        // "Russia threatened to cut off gas supplies to Moldova": the act threatened is coded as a threat (1311);
        // the verb of threatening is no threat (130) besides.
        if (
          speech.code.startsWith('13') &&
          framesOwn(candidate.clause.index, 'frame:threat', candidate.sources)
        )
          return;
        const speaker = speakerOf(candidate.standing);
        // "France and Yugoslavia agreed to set up a joint economic commission", "Britain and Japan agreed to
        // operate 12 flights a week": two or three parties that agree, with no other party named ("agreed with
        // Liberia"), agree with each other; more are a multilateral accord, no set of dyads. So do two that sign
        // or conclude an accord, a verb of speech too ("The United States and Turkey signed a five-year defence
        // and economic agreement (DECA) that will channel …", "Canada and France concluded an interim fishing
        // accord").
        const agreedWithEachOther =
          speech.target === null &&
          (((speech.code === '030' || RECIPROCAL_CODES.has(speech.code)) &&
            candidate.clause.verb.lemma === 'agree') ||
            isMutualCode(speech.code)) &&
          candidate.sources.length > 1 &&
          candidate.sources.length <= MAX_PAIRED_PARTIES &&
          // "the richer northern nations such as Britain, West Germany and France are insisting on stricter
          // spending controls before agreeing to any reform": a subject taken from another clause agrees to
          // what that clause is about, not with each other.
          // An infinitive takes its subject from the verb it completes, whose act it is: "Canadian and Egyptian
          // wheat negotiators failed to conclude an agreement".
          !!candidate.clause.subject &&
          (!candidate.clause.subjectInherited || candidate.clause.kind === 'infinitive') &&
          // "European coffee roasters and traders", "Both government and Bank of Japan economists": a side with
          // no country or group is no party to an accord.
          candidate.sources.every((source) => source.country !== null || source.knownGroup !== null) &&
          !namesCounterpart(tokens, candidate.clause, clauses);
        // "Armenia and Azerbaijan accused one another of violating the truce": each speaks to the other.
        const toEachOther =
          speech.target === null &&
          candidate.sources.length > 1 &&
          candidate.sources.length <= MAX_PAIRED_PARTIES &&
          namesEachOther(tokens, candidate.clause);
        const standing = negRaisedStanding(candidate.clause, speech.code) ?? candidate.standing;
        for (const source of candidate.sources) {
          // "…, officials said": an attribution with no named country is not a statement event.
          if (speech.code === '010' && source.country === null && source.knownGroup === null) continue;
          // "Russia denied it threatened …", "it intended to threaten …": the speech act keeps the denial and
          // the frame of the clause it is in.
          const framed = standing.frameModality;
          const targets =
            agreedWithEachOther || toEachOther
              ? candidate.sources.filter((other) => other.code !== source.code)
              : [speech.target];
          for (const target of targets)
            drafts.push({
              ...speech,
              source,
              target,
              modality: framed ? strongerModality(standing.base, framed) : standing.base,
              speaker,
              denied: candidate.standing.denied,
              condition: conditionSpan(candidate.standing),
              sentence: candidate.clause.sentence,
              clause: candidate.clause,
              verb: verbSpan(tokens, candidate.clause),
              rules: [
                ...standing.rules,
                ...speech.rules,
                ...(agreedWithEachOther && target
                  ? ['mutual:each-way', `target:agreed-with:${target.rule}`]
                  : []),
                ...(toEachOther && target ? ['mutual:each-way', `target:each-other:${target.rule}`] : []),
              ],
              confidence: confidenceOf(source, target, standing, 0.8),
            });
        }
      }

      /**
       * The standing of an opinion voiced with its negation raised ("did not believe that …", "don't think …"):
       * the clause's as if not negated, so that the statement keeps what governs it ("said", "might"). Null when
       * the clause is no such opinion.
       */
      function negRaisedStanding(clause: Clause, code: string): Standing | null {
        if (!clause.verb.negated || clause.verb.modal !== null || !NEG_RAISING_VERBS.has(clause.verb.lemma))
          return null;
        if (!code.startsWith('01')) return null;
        const standing = clauseStanding(
          { ...clause, verb: { ...clause.verb, negated: false } },
          clauses,
          tokens,
          modality,
        );
        return { ...standing, rules: [...standing.rules, `neg-raised:${clause.verb.lemma}`] };
      }

      /**
       * The expulsion an order to leave amounts to: a verb of command with no particle whose infinitive, done
       * by the one commanded, is a verb of leaving, matched again as "order … out".
       */
      function orderOutMatch(clause: Clause): VerbMatch | null {
        if (!ORDER_VERBS.has(clause.verb.lemma) || clause.verb.particle !== null || clause.verb.passive)
          return null;
        const leaves = clauses.some(
          (part) =>
            part.parent === clause.index &&
            part.kind === 'infinitive' &&
            part.subjectInherited &&
            LEAVE_VERBS.has(part.verb.lemma),
        );
        if (!leaves) return null;
        // "Putin ordered his troops to leave Kherson", "France ordered its ambassador to leave Niger": one's own
        // people leaving are withdrawn or recalled, not expelled.
        const own = new Set(subjectActors(clause).map((actor) => actor.country));
        if (
          clause.objects.some((object) =>
            phraseActors(tokens, mentions, object).some(
              (actor) => actor.country !== null && own.has(actor.country),
            ),
          )
        )
          return null;
        return matchVerbPattern(
          tokens,
          // One hidden class for verb groups (see verbGroup): a spread copy would send matchVerbPattern back.
          { ...clause, verb: verbGroup({ ...clause.verb, lemma: 'order', particle: 'out' }) },
          patterns,
          hasActor,
          (i) => mentionTokens.has(i),
          (i) => placeTokens.has(i),
        );
      }

      /** Is a mention a weapon or a weapons platform ("drones", "missiles")? */
      function isWeaponMention(mention: Mention): boolean {
        return WEAPON_HEADS.has(tokens[mention.tokenEnd - 1]!.lemma.toLowerCase());
      }

      /** Is a phrase headed by a person ("Maduro", "the president")? */
      function namesPerson(phrase: Phrase): boolean {
        return phraseActors(tokens, mentions, phrase).some(
          (actor) => actor.mention.person && actor.mention.tokenEnd - 1 === phrase.head,
        );
      }

      /** Codes one clause: its verb pattern or speech act, source, target, modality and condition, into `drafts`. */
      // A function of its own, not the loop body of `events`: TurboFan compiles it apart, so one deoptimisation
      // here does not recompile the whole stage (the inlined loop made `events` a one-second compile per worker).
      function codeClause(clause: Clause): void {
        if (!sourcedSentences.has(clause.sentence)) return;
        // Headlines in capitals ("IRAQ REPORTS IRAN ATTACK REPULSED") defeat the tagger: their acts are
        // coded from the story's sentences, not from the headline.
        if (capsSentences.has(clause.sentence)) return;
        // "…, suggesting further market improvement": the situation suggests; its subject proposes nothing.
        if (showsWhatAStateSuggests(tokens, clause, clauses)) return;
        if (inProperName(clause.verb.head)) return;
        // "summoned the Japanese ambassador to protest remarks": the summons (114) is the protest, not a second act.
        const governor = clause.parent !== null ? clauses[clause.parent] : undefined;
        if (clause.kind === 'infinitive' && governor && isSummonersAct(governor.verb, clause.verb)) return;
        // A speech verb, or any verb with a "that" clause ("issued warnings that …"), is coded by what was said.
        const content = contentClauses(clause, clauses);
        // "has increased the likelihood that U.S. banks will …": the content of a likelihood is said by no one.
        const spoken = content.filter(
          (part) =>
            part.parent === clause.index && !isUnspokenContent(tokens, part, tokenAt(tokens, part.start)),
        );
        const isSpeech = modality.speechVerbs.has(clause.verb.lemma) || spoken.length > 0;
        // A threat to come on a condition an actor must meet ("would retaliate if the Philippines continued …").
        const conditioned =
          clause.verb.modal !== null &&
          clauses.some(
            (part) =>
              part.parent === clause.index &&
              part.kind === 'conditional' &&
              !!part.subject &&
              !part.verb.passive &&
              hasActor(part.subject),
          );
        let match = matchVerbPattern(
          tokens,
          clause,
          patterns,
          hasActor,
          (i) => mentionTokens.has(i),
          (i) => placeTokens.has(i),
          conditioned,
        );
        // "Niger's junta ordered the French ambassador to leave the country": an order to leave expels; it is
        // coded as "ordered … out" (161 for diplomats, 166x for peacekeepers, inspectors, aid agencies), when
        // the dictionary has such a pattern for the object.
        const orderedOut = orderOutMatch(clause);
        if (orderedOut) match = orderedOut;
        // "he was summoning Ambassador Max Kampelman and the other top U.S. arms negotiators home for consultations":
        // one's own envoys called home are consulted, no one is protested to (114).
        if (
          match?.pattern.code === '114' &&
          clause.objects.some(
            (object) =>
              HOMEWARD.has(tokens[object.tokenEnd]?.lower ?? '') ||
              HOMEWARD.has(tokens[object.tokenEnd - 1]!.lower),
          )
        )
          match = null;
        // "called on the army to abandon Maduro": a person abandoned loses a backer; no force retreats (0874).
        if (match?.pattern.code === '0874' && clause.objects.some((object) => namesPerson(object)))
          match = null;
        // "Asked whether …", "recommends how …": a question or a manner is neither a statement nor an appeal.
        const asked = content.filter((part) => part.parent === clause.index);
        const next = tokens[clause.verb.tokenEnd];
        const question =
          asked.length > 0
            ? asked.every((part) => QUESTION_INTRODUCERS.has(part.introducer ?? ''))
            : clause.objects.length === 0 &&
              !!next &&
              !next.sentenceStart &&
              QUESTION_INTRODUCERS.has(next.lower);
        if (question && (!match || /^0[12]/.test(match.pattern.code))) return;
        // "Cuba suggests that its crop could be close to last year's", "Washington has suggested it would be ready to
        // subscribe": a clause in the indicative tells what the speaker thinks or hints; only one in the subjunctive
        // or with "should" proposes ("suggested that Prime Minister Yasuhiro Nakasone make efforts").
        if (
          match?.pattern.code.startsWith('02') &&
          clause.verb.lemma === 'suggest' &&
          asked.length > 0 &&
          asked.every((part) => isIndicative(tokens, part))
        )
          match = null;
        // "The Commission charged that …": a material verb with a "that" clause and no object is a speech verb
        // ("charged that" accuses); the pattern of its material sense does not apply.
        if (
          match &&
          asked.length > 0 &&
          clause.objects.length === 0 &&
          !match.targetPhrase &&
          MATERIAL_ROOTS.test(match.pattern.code)
        )
          match = null;
        // "White House spokesman Marlin Fitzwater told reporters Friday the administration …": telling the press
        // is a statement coded by what was said (see codeSpeechAct), not a consultation with the press; so is
        // "Speaking to reporters after …", "Discussing the election results with reporters", "Meeting with
        // reporters to discuss the upcoming economic summit".
        // "An administration official told Reuters this week the Philippines' proposal …": the one told is the
        // first object, whatever actor a later phrase names.
        if (
          match?.targetPhrase &&
          match.pattern.code.startsWith('04') &&
          (isPressPhrase(match.targetPhrase) ||
            (match.targetSlot === 'object' && !!clause.objects[0] && isPressPhrase(clause.objects[0])))
        )
          match = null;
        if (
          match?.pattern.id === 'tell-actor' &&
          match.targetSlot === 'object' &&
          !!clause.objects[0] &&
          isAddressedBody(clause.objects[0]) &&
          // "told the banks to stop complaining": an order to them stays a demand.
          !tellsToDo(clause, clauses)
        )
          match = null;
        // "Petro called Trump a \"tyrant\"": "call" with an object and a name for it calls names; it is no phone
        // call. A name that criticises denounces (111); any other name ("called Modi a great friend") is no event.
        // Nor is it calling a strike: "called the U.S. strikes on its nuclear sites a grave violation".
        const name =
          match && clause.verb.lemma === 'call' && clause.verb.particle === null
            ? calledName(tokens, clause, timeTokens)
            : null;
        const namesCalled = !!name && contentTone(tokens, name.from, name.to, tone) === 'criticism';
        if (name && !namesCalled) match = null;
        if (!match && !isSpeech) return;
        if (match?.objectUsed)
          for (let i = match.objectUsed.tokenStart; i < match.objectUsed.tokenEnd; i++) usedObjects.add(i);
        const standing = standingOf(clause);
        const rules = [...standing.rules];
        if (orderedOut) rules.push('order-to-leave:expel');
        let sources: SlotActor[];
        // "Tokyo was extremely worried by Washington's use of the exchange rate": the subject of a passive verb of
        // feeling feels it; its "by" phrase names the cause, which the worry is aimed at, not who worries.
        const cause =
          clause.verb.passive && EXPERIENCER_VERBS.has(clause.verb.lemma)
            ? clause.preps.find((prep) => prep.prep === 'by' && hasActor(prep.phrase))
            : undefined;
        if (match?.sourcePhrase) {
          sources = phraseActors(tokens, mentions, match.sourcePhrase);
          rules.push('source:prepositional');
        } else if (match && cause) {
          sources = subjectActors(clause);
          match = { ...match, targetPhrase: cause.phrase, targetSlot: 'by' };
          rules.push('passive:experiencer');
        } else if (clause.verb.passive) {
          // "was attacked by X"; with no agent, "was fired at it from the Gaza Strip" names where it came from.
          const agent =
            clause.preps.find((prep) => prep.prep === 'by' && hasActor(prep.phrase)) ??
            (match && match.pattern.code >= '14'
              ? clause.preps.find((prep) => prep.prep === 'from' && hasActor(prep.phrase))
              : undefined);
          sources =
            agent &&
            !NON_AGENT_HEADS.has(tokens[agent.phrase.head]!.lemma.toLowerCase()) &&
            !(match && match.pattern.code >= '18' && isFigurativeForce(agent.phrase))
              ? phraseActors(tokens, mentions, agent.phrase)
              : [];
          if (agent) rules.push(agent.prep === 'from' ? 'passive:from-origin' : 'passive:by-agent');
          // "were killed in Israeli tank shelling", "died in a Russian air strike": with no agent, the attack
          // the victims fell in names who did it; that attack is this event, not another one.
          const instrument =
            !agent && match && match.pattern.code >= '18'
              ? clause.preps.find(
                  (prep) =>
                    INSTRUMENT_PREPS.has(prep.prep) &&
                    isAttackNoun(prep.phrase.head) &&
                    hasActor(prep.phrase),
                )
              : undefined;
          if (instrument) {
            sources = phraseActors(tokens, mentions, instrument.phrase).filter(
              (actor) => actor.roles.length > 0 || actor.country !== null || actor.knownGroup !== null,
            );
            for (let i = instrument.phrase.tokenStart; i < instrument.phrase.tokenEnd; i++)
              usedObjects.add(i);
            rules.push('passive:attack-agent');
          }
        } else {
          sources = subjectActors(clause);
        }
        if (sources.length === 0) return;
        // "Azerbaijan closed the Russian Sputnik news agency's office in Baku", "Russia closed NATO's office in
        // Moscow": a place of the source's own country is where the act is; the object's owner is its target.
        if (
          match?.targetPhrase &&
          LOCATIVE.has(match.targetSlot ?? '') &&
          match.pattern.targets.includes('object')
        ) {
          const own = new Set(sources.map((source) => source.country));
          const there = phraseActors(tokens, mentions, match.targetPhrase);
          const object = clause.objects.find((phrase) => hasActor(phrase));
          if (
            object &&
            there.length > 0 &&
            there.every((actor) => actor.country !== null && own.has(actor.country))
          )
            match = { ...match, targetPhrase: object, targetSlot: 'object' };
        }
        // "expanding its operations in Italy", "threatened central bank intervention": a firm's operations, a
        // war of prices and a market intervention are no force.
        if (match?.objectUsed && isCivilSenseOfForce(doc, match.pattern.code, match.objectUsed, sources)) {
          if (!isSpeech) return;
          match = null;
        }
        // "…, officials said" reports what precedes it: the attribution is not itself an event.
        const trailing =
          content.length > 0 && content.every((part) => part.end <= tokens[clause.verb.head]!.start);
        if (isSpeech && (!match || !match.targetPhrase || match.pattern.code.startsWith('01'))) {
          if (!trailing) speechCandidates.push({ clause, match, sources, standing });
          return;
        }
        if (!match || trailing) return;
        const speaker = speakerOf(standing);
        const evidence = evidenceOf(clause, standing);
        const condition = conditionSpan(standing);

        let targets: SlotActor[] = match.targetPhrase
          ? phraseActors(tokens, mentions, match.targetPhrase)
          : [];
        // "Nepal's army imposed a curfew in Kathmandu", "shelled positions at Kyiv": force and coercion in a capital
        // are done to the country there, not to its government (as struckPlace reads a capital).
        if (LOCATIVE.has(match.targetSlot ?? '') && FORCE_OR_COERCION_ROOT.test(match.pattern.code))
          targets = targets.map((target) =>
            target.mention.via === 'capital' && target.mention.country
              ? restated(
                  target,
                  `${target.rule}+capital-place`,
                  target.mention.country,
                  target.mention.country,
                )
              : target,
          );
        // "I have instructed our negotiators to begin …": the speaker's own people are no other actor; telling
        // them what to do is no demand or appeal to anyone.
        const ownSide = targets.filter((target) => isOwnSide(tokens, target));
        if (ownSide.length > 0) {
          targets = targets.filter((target) => !ownSide.includes(target));
          if (targets.length === 0 && VERBAL_ROOTS.test(match.pattern.code)) return;
          rules.push('target:own-side-dropped');
        }
        let targetSlot = match.targetSlot;
        if (match.sourcePhrase && clause.subject) targets = subjectActors(clause);
        else if (clause.verb.passive && match.targetSlot === 'object' && clause.subject)
          targets = phraseActors(tokens, mentions, clause.subject);
        const author = targets.length === 0 ? objectAuthor(clause, match) : null;
        if (author) {
          targets = [author];
          targetSlot = 'by';
          rules.push('target:object-author');
        }
        const made = targets.length === 0 ? antecedentAuthor(clause, match) : null;
        if (made) {
          targets = [made];
          rules.push('target:antecedent-author');
        }
        const prior = targets.length === 0 ? priorActAuthor(clause, match, sources) : null;
        if (prior) {
          targets = [prior];
          rules.push('target:prior-act-author');
        }
        if (targets.length === 0) {
          const fallback = fallbackTarget(clause, match);
          if (fallback) {
            targets = [fallback.actor];
            targetSlot = fallback.slot;
            rules.push(`target:${fallback.actor.rule}`);
          }
        }
        // "The United States will provide aid if Pakistan cracks down on militants", "should Moscow take concrete steps,
        // we are prepared to work on …": an act offered or threatened on a condition (a modal or a frame: what is
        // still to come), with no one named it is done to, is aimed at whoever must meet the condition.
        if (
          targets.length === 0 &&
          !match.pattern.code.startsWith('01') &&
          (clause.verb.modal !== null || standing.frame !== null)
        ) {
          const condition = standing.conditions[0];
          // The subject of a passive condition is what must happen to it, not who must meet it ("once the hostages
          // are freed").
          const other =
            condition?.subject && !condition.subjectInherited && !condition.verb.passive
              ? subjectActors(condition)
              : [];
          if (
            other.length > 0 &&
            other.every((actor) =>
              sources.every((source) => source.code !== actor.code && source.country !== actor.country),
            )
          ) {
            targets = other.map((actor) => restated(actor, 'condition-subject'));
            targetSlot = 'condition';
          }
        }
        targets = targets.map((target) => withPlaceCountry(target, clause));
        let code = match.pattern.code;
        // "Washington told Tokyo to open its markets", "MITI told chip makers to cut output": telling someone to do
        // something is a demand (100), not a consultation.
        if (code === '040' && match.pattern.lemma === 'tell' && tellsToDo(clause, clauses)) {
          rules.push('told-to:040->100');
          code = '100';
        }
        if (code === '040' && heldByPhone(tokens, clause)) {
          rules.push('by-phone:040->041');
          code = '041';
        }
        if (namesCalled) {
          rules.push('called-names:041->111');
          code = '111';
        }
        // "deepen a partnership in energy", "strengthen economic ties": better relations in trade, energy or arms
        // are material cooperation.
        if (match.pattern.id === 'express-regret' && regretsOthersAct(match, targets)) {
          rules.push('regret-at-act:055->110');
          code = '110';
        }
        if (code === '050' && match.objectUsed && hasMaterialDomain(tokens, clause, match.objectUsed)) {
          rules.push('domain:material:050->060');
          code = '060';
        }
        let mood: Modality = standing.base;
        const frame = standing.frame;
        // "Obama wants Putin to attack Switzerland": what one actor wants or urges another to do is no act, no
        // threat and no intention of the other; it is coded as the appeal (see refineAppeals).
        // "Moscow condemned Finland's decision to close its border": the act a noun frames is its owner's own.
        const nounFramed = frame !== null && frame.word === frameNoun(tokens, clause, modality);
        const askedOfObject = frame !== null && !nounFramed && isAskedOfObject(clause, frame.clause);
        if (askedOfObject && standing.frameModality) {
          mood = strongerModality(mood, 'hypothetical');
          rules.push('asked-of-object:hypothetical');
        } else if (frame && standing.frameModality) {
          // Intentions keep the act's code ("is scheduled to attend", "pledged to expel") and are `intended`,
          // except cooperation named only by its direction ("seeking to deepen a partnership"), which is itself
          // the expression of intent (03x); a wish to cooperate is an expression of intent (03x), a wish to
          // attack a threat (13x), a refusal to cooperate a rejection (12x). An attempt, a bid or an effort is no
          // wish voiced: "in an attempt to curb speculation" keeps its act, only possible.
          const transformed =
            frame.kind === 'desire'
              ? nounFramed
                ? undefined
                : (intentCode(code) ?? threatCode(code))
              : frame.kind === 'intent' && isOpenCooperation(code)
                ? intentCode(code)
                : frame.kind === 'threat'
                  ? threatCode(code)
                  : frame.kind === 'refusal'
                    ? refusalCode(code)
                    : undefined;
          if (transformed && transformed !== code) {
            rules.push(`transform:${frame.kind}:${code}->${transformed}`);
            code = transformed;
          } else {
            mood = strongerModality(mood, standing.frameModality);
          }
        }
        if (
          clause.verb.negated &&
          (clause.verb.modal === 'will' || clause.verb.modal === 'would') &&
          refusalCode(code)
        ) {
          // "would not provide support": a refusal, coded as rejection (12x) and kept as an asserted act.
          const refused = refusalCode(code)!;
          rules.push(`transform:refusal:${code}->${refused}`);
          code = refused;
          // The refusal is asserted, unless what holds it makes it only possible ("fears that it would not
          // honour the agreement") or sets a condition.
          if (mood === 'negated')
            mood =
              standing.conditions.length > 0
                ? 'conditional'
                : isAimedRefusal(standing)
                  ? 'hypothetical'
                  : standing.rules.some(
                        (rule) => rule.endsWith(':hypothetical') || rule.includes(':hypothetical:'),
                      )
                    ? 'hypothetical'
                    : 'asserted';
        }
        // "China will not rule out the use of force to take Taiwan", "refused to rule out a strike on Syria": force
        // not ruled out is threatened (138), against what it would be used on.
        if (
          (clause.verb.negated || standing.frame?.kind === 'refusal') &&
          code.startsWith('12') &&
          rulesOutForce(tokens, clause)
        ) {
          rules.push(`not-ruled-out:${code}->138`);
          code = '138';
          if (mood === 'negated') mood = standing.conditions.length > 0 ? 'conditional' : 'asserted';
          if (targets.length === 0) {
            const purpose = clauses.find(
              (part) => part.parent === clause.index && part.kind === 'infinitive' && part.subjectInherited,
            );
            const aimed = [
              ...clause.preps
                .filter((prep) => prep.prep === 'against' || prep.prep === 'on')
                .map((prep) => prep.phrase),
              ...(purpose?.objects ?? []),
            ];
            for (const phrase of aimed) {
              targets = phraseActors(tokens, mentions, phrase).filter(
                (actor) => !sources.some((source) => source.code === actor.code),
              );
              if (targets.length > 0) {
                targetSlot = 'not-ruled-out';
                break;
              }
            }
          }
        }
        // "he did not rule out the possibility of further mergers", "refused to rule out Japanese retaliation": an
        // option other than force left open is neither rejected nor threatened; nothing is done.
        if (
          (clause.verb.negated || standing.frame?.kind === 'refusal') &&
          code.startsWith('12') &&
          isRulingOut(clause)
        )
          return;
        // "…, and said": a bare statement with nobody addressed or talked about carries no event.
        if (targets.length === 0 && code === '010') return;
        // "President Reagan told the American people what they needed to hear": speaking to one's own public
        // consults nobody.
        if (
          code.startsWith('04') &&
          targets.length > 0 &&
          targets.every((target) => isOwnPublic(sources, target))
        )
          return;
        // "The European Community Commission has charged the United States with breaking international trade
        // rules": a state is not indicted; charging it with something accuses it (112).
        if (
          code === '173' &&
          clause.verb.lemma === 'charge' &&
          targets.length > 0 &&
          targets.every((target) => isStateAsAWhole(tokens, target))
        ) {
          rules.push('charged-state:173->112');
          code = '112';
        }
        // "Three Dutch computer leasing firms are charging the Dutch unit of International Business Machines": a
        // firm has no power to indict; "Greece has charged Turkish aircraft with 10 other FIR infringements": a state
        // indicts people ("Russia charged an American journalist with espionage"), not aircraft. What they are
        // charged with, they are accused of (112).
        if (
          code === '173' &&
          clause.verb.lemma === 'charge' &&
          sources.length > 0 &&
          (sources.every(isFirm) ||
            (sources.every((source) => isStateAsAWhole(tokens, source)) &&
              targets.length > 0 &&
              targets.every(
                (target) => !target.mention.person && !namesPeople(tokens[target.mention.tokenEnd - 1]!),
              )))
        ) {
          rules.push('charged-by-state-or-firm:173->112');
          code = '112';
        }
        // "Brazilian bank workers voted to launch a nationwide strike": a strike launched by labour is a labour
        // strike (143), not an air strike.
        if (
          code.startsWith('19') &&
          match.objectUsed &&
          LABOUR_STRIKES.has(tokens[match.objectUsed.head]!.lower) &&
          (sources.every((source) => source.roles.includes('LAB')) ||
            namesLabourStrike(tokens, match.objectUsed))
        ) {
          rules.push(`labour-strike:${code}->143`);
          code = '143';
        }
        // "the U.S. government retaliate against EC and Korean exports": retaliation in trade is a sanction (163).
        // "which has threatened to retaliate": a retaliation threatened in trade is a threat of sanctions.
        const threatened = code === threatCode('190');
        if ((code.startsWith('19') || threatened) && clause.verb.lemma === 'retaliate') {
          const sentence = doc.layers.sentences?.[clause.sentence];
          if (sentence && isTradeRetaliation(tokens, sentence)) {
            const sanction = threatened ? (threatCode('163') ?? '163') : '163';
            rules.push(`trade-retaliation:${code}->${sanction}`);
            code = sanction;
          }
        }
        // "Britain and Japan clashed today over U.K. demands for greater access": a clash over demands, a policy
        // or a budget is a quarrel (110), not a fight.
        if (code === '190' && clause.verb.lemma === 'clash' && quarrelsOverIssue(tokens, clause)) {
          rules.push('clash-over-issue:190->110');
          code = '110';
        }
        if (isViolentProtest(code, sources)) {
          rules.push(`protesters:${code}->145`);
          code = '145';
        }
        // "carried out airstrikes in Gaza, killing at least 30 people", "exchanged fire along the border, killing two
        // soldiers": the killing is the toll of the act coded already, not a second act of force. One that names
        // whom the act struck, where the act itself names no one, says more ("started the war by invading Iran").
        if (clause.kind === 'participle' && clause.parent !== null && FORCE_ROOT.test(code)) {
          const done = draftsByClause.get(clause.parent) ?? [];
          const covers = (draft: Draft) =>
            FORCE_ROOT.test(draft.code) &&
            sources.some((source) => source.code === draft.source.code) &&
            (draft.target !== null || targets.length === 0);
          if (done.some(covers)) return;
        }
        const targetList: (SlotActor | null)[] = targets.length > 0 ? targets : [null];
        // "Brazil and the United States are seeking to deepen a partnership": a consultation, or cooperation
        // whose verb or object is mutual, by a compound subject with no target is done with each other.
        // "they are not actually talking with each other" with one side found: the other parties are unknown
        // ("the OPEC members will consult with each other" are one body's members, and stay).
        if (
          targets.length === 0 &&
          sources.length === 1 &&
          !sources[0]!.code.startsWith('IGO') &&
          namesEachOther(tokens, clause)
        )
          return;
        // "clashed in Khartoum", "exchanged fire along the border": where two sides fight is not whom.
        const placeOnly =
          RECIPROCAL_VERBS.has(clause.verb.lemma) &&
          FORCE_LOCATIVE.has(targetSlot ?? '') &&
          targets.every((target) => target.rule.includes('place'));
        const symmetricPairs =
          (targets.length === 0 || placeOnly) &&
          sources.length > 1 &&
          // "The senators … and U.S. semiconductor industry representatives met with Baldrige …": the other
          // party is named, even if it is no actor we know; the subjects did not meet each other.
          !namesCounterpart(tokens, clause, clauses) &&
          // "Pakistan and India exchanged fire", "… exchanged prisoners": an exchange is done with each other; so
          // is a clash ("Sudan's army and the Rapid Support Forces clashed") and a truce ("Israel and Hamas agreed
          // to a ceasefire").
          (code.startsWith('04') ||
            namesEachOther(tokens, clause) ||
            (RECIPROCAL_VERBS.has(clause.verb.lemma) &&
              !(JOINT_VERBS.has(clause.verb.lemma) && sharesHead(tokens, sources))) ||
            RECIPROCAL_CODES.has(code) ||
            (/^0[356]/.test(code) &&
              isMutualAct(tokens, clause, match.objectUsed, match.pattern.targets, code)));
        if (symmetricPairs && !code.startsWith('04')) rules.push('mutual:each-way');
        // "The United States and major trade allies West Germany, France, Britain, Japan and Canada met": a
        // meeting of many is no set of dyads (six parties would give 30 directed events); each party took part.
        const multilateral = symmetricPairs && sources.length > MAX_PAIRED_PARTIES;
        if (multilateral) rules.push(`multilateral:${sources.length}`);
        for (const source of sources) {
          const pairs = multilateral
            ? [null]
            : symmetricPairs
              ? sources.filter((other) => other !== source)
              : targetList;
          for (const target of pairs) {
            // A bare country that is the source's own is a place or a self-reference ("shutter its offices in the
            // Russian capital"), not a target; a role of the same country is ("Georgian demonstrators … the Georgian government").
            if (
              target &&
              (target.code === source.code ||
                (LOCATIVE.has(targetSlot ?? '') &&
                  target.roles.length === 0 &&
                  target.knownGroup === null &&
                  target.country === source.country &&
                  // "Boko Haram launched attacks in northeastern Nigeria": violence by a group or force of the
                  // country, in the country, is violence against it.
                  !(code >= '18' && source.roles.length > 0)))
            )
              continue;
            const draft: Draft = {
              code,
              source,
              target,
              modality: mood,
              speaker,
              denied: standing.denied,
              condition,
              evidence,
              sentence: clause.sentence,
              clause,
              pattern: match.pattern.id,
              verb: verbSpan(tokens, clause),
              rules: [
                ...rules,
                `pattern:${match.pattern.id}`,
                `source:${source.rule}`,
                ...(target ? [`target:${symmetricPairs ? 'each-other' : targetSlot}:${target.rule}`] : []),
              ],
              confidence: confidenceOf(source, target, standing, 0.9),
            };
            drafts.push(draft);
            const list = draftsByClause.get(clause.index) ?? [];
            list.push(draft);
            // CAMEO's paired acts: talks held with someone are held by both ("held talks with" → both ways), and
            // a visitor received ("received ministers from the government") made a visit (042) to the host.
            // Talks offered on a condition are the offerer's alone: the other side has agreed to nothing; so are
            // talks one side offers, wants or is ready to hold ("Maduro offered to negotiate with Washington"), but
            // not talks set for a date ("is scheduled to hold fresh talks with the Fund").
            const oneSided = !!frame && !!standing.frameModality && !SCHEDULE_FRAMES.has(frame.word);
            const mirrored =
              target && target.rule !== 'condition-subject' && !oneSided ? MIRRORED[code] : undefined;
            if (target && mirrored && target.code !== source.code) {
              const mirror: Draft = {
                ...draft,
                code: mirrored,
                source: target,
                target: source,
                rules: [...draft.rules, `mirror:${code}->${mirrored}`],
              };
              drafts.push(mirror);
              list.push(mirror);
            }
            draftsByClause.set(clause.index, list);
          }
        }
      }

      /**
       * "Qatar has pledged to expel …", "X announced it would …": when what is pledged or announced is
       * itself coded, the pledge adds nothing: the act carries its `intended` modality.
       */
      /**
       * Does a clause frame an act of one of these sources that a frame of this kind (a rule prefix such as
       * "frame:refusal") recoded: an infinitive or complement clause under it with such a draft?
       */
      function framesOwn(index: number, frame: string, sources: readonly SlotActor[]): boolean {
        const codes = new Set(sources.map((source) => source.code));
        return clauses.some(
          (child) =>
            child.parent === index &&
            (child.kind === 'infinitive' || child.kind === 'complement' || child.kind === 'participle') &&
            (draftsByClause.get(child.index) ?? []).some(
              (draft) => codes.has(draft.source.code) && draft.rules.some((rule) => rule.startsWith(frame)),
            ),
        );
      }

      function dropFrameStatements(): void {
        for (const [index, list] of draftsByClause) {
          const framesAct = clauses.some(
            (child) =>
              child.parent === index &&
              (child.kind === 'infinitive' || child.kind === 'complement') &&
              hasCodedAct(child),
          );
          // "Egypt refused to open the Rafah crossing": the act its source refused is coded as refused (1246);
          // the verb of refusal is no rejection (120) besides. "Japan had rejected the U.S. proposal to open
          // negotiations" rejects the other side's act, and stays.
          for (const draft of list) {
            const framing =
              (framesAct && (draft.code.startsWith('03') || draft.code.startsWith('01'))) ||
              (draft.code.startsWith('12') &&
                (framesOwn(index, 'frame:refusal', [draft.source]) ||
                  framesOwn(index, 'not-ruled-out', [draft.source])));
            if (!framing) continue;
            const at = drafts.indexOf(draft);
            if (at >= 0) drafts.splice(at, 1);
          }
        }
      }

      /**
       * "The World Bank said it approved a 25 mln dlr structural adjustment loan for Mauritius to aid that
       * country's industrial sector", "The IMF said it has loaned Uganda 92.1 mln dlrs to aid in economic
       * recovery": what money is lent or given for ("to help", "to assist", "to support", "to finance") is the
       * purpose of the loan, not a second act of aid or praise (and its controller is often the recipient). The
       * purpose's target becomes the target of the loan when the loan has none ("approved a 100 mln dlr loan to
       * help Brazil finance …" is aid to Brazil), and the purpose is dropped. Money given with no coded act of
       * its own ("West Germany would provide 300 mln marks to help fight Bolivia's cocaine trade") keeps the help
       * as its act; money asked for, needed or received ("Brazil first requested the 300 mln dlr credit …, to help
       * it develop …", "Tanzania will need about 1.2 billion dlrs … to support its five-year plan") helps no one yet.
       */
      function foldMoneyPurposes(): void {
        for (const clause of clauses) {
          if (clause.kind !== 'infinitive' || clause.parent === null) continue;
          if (!PURPOSE_AID_VERBS.has(clause.verb.lemma)) continue;
          const purposes = draftsByClause.get(clause.index);
          if (!purposes || purposes.length === 0) continue;
          const governor = clauses[clause.parent]!;
          const before = (phrase: Phrase) => phrase.tokenEnd <= clause.verb.tokenStart;
          const money = [...governor.objects, ...governor.preps.map((prep) => prep.phrase)].some(
            (phrase) => before(phrase) && MONEY_HEADS.has(tokens[phrase.head]!.lower),
          );
          if (!money) continue;
          const loans = (draftsByClause.get(governor.index) ?? []).filter((draft) =>
            draft.code.startsWith('07'),
          );
          const keep =
            loans.length === 0 &&
            GIVING_VERBS.has(governor.verb.lemma) &&
            purposes.every((draft) => draft.code.startsWith('07'));
          if (keep) continue;
          const target = purposes.find((draft) => draft.target !== null)?.target ?? null;
          for (const loan of loans) {
            if (loan.target !== null || !target || target.code === loan.source.code) continue;
            const at = drafts.indexOf(loan);
            const folded: Draft = {
              ...loan,
              target,
              rules: [...loan.rules, `purpose-target:${clause.verb.lemma}`],
            };
            if (at >= 0) drafts[at] = folded;
            loans[loans.indexOf(loan)] = folded;
          }
          for (const draft of purposes) {
            const at = drafts.indexOf(draft);
            if (at >= 0) drafts.splice(at, 1);
          }
          draftsByClause.set(clause.index, []);
        }
      }

      /**
       * "urged the bloc to send more weapons", "Obama wants Putin to attack": an appeal to an actor to do
       * something is coded by what is asked (CAMEO 021–028), and a wish that another actor act is an appeal.
       */
      function refineAppeals(): void {
        for (const clause of clauses) {
          if (clause.kind !== 'infinitive' || clause.parent === null) continue;
          const governor = clauses[clause.parent]!;
          const asked = draftsByClause.get(clause.index)?.[0];
          if (!asked) continue;
          const object = governor.objects.find((phrase) => hasActor(phrase));
          if (!object || object.tokenEnd > clause.verb.tokenStart) continue;
          const appealCode = APPEALS[asked.code.slice(0, 2)] ?? '020';
          const existing = draftsByClause.get(governor.index) ?? [];
          const appeals = existing.filter((draft) => draft.code.startsWith('02'));
          if (appeals.length > 0) {
            for (const draft of appeals) {
              const index = drafts.indexOf(draft);
              drafts[index] = {
                ...draft,
                code: appealCode,
                rules: [...draft.rules, `appeal-for:${asked.code}`],
              };
            }
            continue;
          }
          if (lexiconFrames.get(frameWord(tokens, governor)) !== 'desire') continue;
          const sources = subjectActors(governor);
          const targets = phraseActors(tokens, mentions, object);
          const standing = standingOf(governor);
          for (const source of sources) {
            for (const target of targets) {
              if (target.code === source.code) continue;
              drafts.push({
                code: appealCode,
                source,
                target,
                modality: standing.base,
                speaker: speakerOf(standing),
                denied: standing.denied,
                condition: conditionSpan(standing),
                evidence: {
                  start: evidenceOf(governor, standing).start,
                  end: Math.max(governor.end, clause.end),
                },
                sentence: governor.sentence,
                clause: governor,
                pattern: `appeal-${governor.verb.lemma}`,
                verb: verbSpan(tokens, governor),
                rules: [
                  ...standing.rules,
                  `desire-as-appeal:${governor.verb.lemma}`,
                  `appeal-for:${asked.code}`,
                ],
                confidence: confidenceOf(source, target, standing, 0.75),
              });
            }
          }
        }
      }

      drafts.push(...nominalEvents());

      /**
       * Who reports the event, and what that does to its modality: an event inside a quotation carries the
       * quote's speaker; an event reported by a speaker other than its own source is `reported`; one the
       * speaker denies is `denied`. A speaker stating its own act ("we reiterate our invitation", "Moscow
       * announced it would suspend ties") keeps the act's modality.
       */
      function reportedBy(draft: Draft): Draft {
        let speaker = draft.speaker;
        let rules = draft.rules;
        if (!speaker) {
          const quote = quoteAround(draft.verb);
          if (quote && quote.speakerMention !== null) {
            speaker = slotActor(mentions[quote.speakerMention]!, 'quote-speaker');
            rules = [...rules, 'quoted'];
          }
        }
        let modality = draft.modality;
        if (draft.denied) modality = strongerModality(modality, 'denied');
        else if (speaker && !speaksFor(speaker, draft.source))
          modality = strongerModality(modality, 'reported');
        return { ...draft, speaker, modality, rules };
      }

      function quoteAround(span: Span) {
        return (doc.layers.quotes ?? []).find(
          (quote) => quote.content.start <= span.start && quote.content.end >= span.end,
        );
      }

      /** "the Israel action", "U.S. sanctions", "the U.S. request": a noun that names an act, whose agent an adjective names. */
      function isActNoun(token: Token): boolean {
        const lemma = token.lemma.toLowerCase();
        return ACTS_OF_FORCE.has(lemma) || patterns.byNoun.has(lemma) || patterns.byNoun.has(token.lower);
      }

      /**
       * Is a mention a main actor of some content clause: of its subject, an object or a prepositional phrase
       * (see `isMainActorOf`)? Only a subject or an object that names an act makes its adjective its agent.
       */
      function isContentActor(content: readonly Clause[], mention: Mention): boolean {
        return content.some(
          (part) =>
            (part.subject &&
              !part.subjectInherited &&
              isMainActorOf(tokens, mention, part.subject, isActNoun)) ||
            part.objects.some((object) => isMainActorOf(tokens, mention, object, isActNoun)) ||
            part.preps.some((prep) => isMainActorOf(tokens, mention, prep.phrase, null)),
        );
      }

      /** Is an act told only as admitted ("but admitted the Iranians had occupied ground"): it accuses no one. */
      function isAdmitted(draft: Draft): boolean {
        return draft.rules.some(
          (rule) => rule.startsWith('reported-by:') && ADMISSION_VERBS.has(rule.slice('reported-by:'.length)),
        );
      }

      /** The span from a speech clause's own subject (else the clause) to the end of what it says. */
      function speechWithContent(clause: Clause, content: readonly Clause[]): Span {
        const start =
          clause.subject && !clause.subjectInherited
            ? tokens[clause.subject.tokenStart]!.start
            : clause.start;
        return { start, end: Math.max(clause.end, ...content.map((part) => part.end)) };
      }

      function codeSpeechAct(clause: Clause, match: VerbMatch | null) {
        const content = contentClauses(clause, clauses);
        // The speaker's own country or organisation is not the target of what it says ("the Kremlin denied
        // that Russian forces …"); nor is an actor with no country ("the junta").
        const speakerKeys = new Set(subjectActors(clause).map((actor) => actorKey(actor)));
        // "A spokeswoman for the EC Commission said EC Commissioner …": every actor of the speaker's phrase is
        // its own side.
        if (clause.subject && !clause.subjectInherited)
          for (const mention of mentionsIn(mentions, clause.subject.tokenStart, clause.subject.tokenEnd))
            if (mention.via !== 'pronoun') speakerKeys.add(codeKey(mention));
        // Regions and international groups with no country ("the West", "ISIL" → IMG…) count as named.
        const usable = (actor: { code: string; country: string | null; knownGroup: string | null }) =>
          !speakerKeys.has(codeKey(actor)) &&
          (actor.country !== null || actor.knownGroup !== null || !actor.code.startsWith('---'));
        let target: SlotActor | null = null;
        // How the target was found, for the trace: "slot", "addressee", "content-subject", …
        let targetFrom = '';
        let targetIsAgent = false;
        // Where the target was found: named by the verb's own slot or as the addressee, a tone cue anywhere in
        // the content is aimed at it; found in the content, only a cue in a clause it is the subject of.
        let addressed = false;
        if (match?.targetPhrase) {
          target = phraseActors(tokens, mentions, match.targetPhrase).find(usable) ?? null;
          addressed = target !== null;
          targetFrom = 'slot';
        } else if (match) {
          const fallback = fallbackTarget(clause, match);
          if (fallback && usable(fallback.actor)) {
            target = fallback.actor;
            addressed = true;
            targetFrom = 'slot-fallback';
          }
        }
        if (!target && match) {
          const author = objectAuthor(clause, match);
          if (author && usable(author)) {
            target = author;
            addressed = true;
            targetFrom = 'object-author';
          }
        }
        // "The Soviet Union has agreed to supply Iran with refined oil products": an intent to cooperate whose
        // infinitive names the party it is done for or with (its object, a "to" or "with" phrase) is aimed at it.
        // Only for one named party: two that agree agree with each other (see codeCandidateSpeech), and a side with
        // no country ("Ministers also agreed a scheme to rid the EC of its butter mountain", "the airline has agreed
        // to acquire Gelco Corp's Canadian unit") is too often the other party's own member or a firm in a deal.
        const agents = subjectActors(clause);
        if (
          !target &&
          match?.pattern.code.startsWith('03') &&
          agents.length === 1 &&
          (agents[0]!.country !== null || agents[0]!.knownGroup !== null)
        ) {
          for (const part of clauses) {
            if (part.parent !== clause.index || part.kind !== 'infinitive' || !part.subjectInherited)
              continue;
            const phrases = [
              ...part.objects,
              ...part.preps
                .filter((prep) => prep.prep === 'to' || prep.prep === 'with')
                .map((prep) => prep.phrase),
            ];
            const party = phrases
              .flatMap((phrase) => phraseActors(tokens, mentions, phrase))
              .find((candidate) => candidate.mention.via !== 'pronoun' && usable(candidate));
            if (party) {
              target = restated(party, 'infinitive-party');
              addressed = true;
              targetFrom = 'infinitive-party';
              break;
            }
          }
        }
        // What the content itself codes: a speaker telling of its own act ("Obama said he would not provide
        // support") adds no speech event to that act; a speaker telling of another's violence accuses it
        // ("Israel said a mortar bomb was fired at it from the Gaza Strip").
        const contentDrafts = content.flatMap((part) => draftsByClause.get(part.index) ?? []);
        // "The US claimed that they had attacked Iraq": a speaker claiming its own hostile act takes
        // responsibility for it (015, toward the act's target); the claim is what the text asserts.
        if (CLAIM_VERBS.has(clause.verb.lemma)) {
          const claimed = contentDrafts.find(
            (draft) =>
              speakerKeys.has(actorKey(draft.source)) &&
              draft.code >= '14' &&
              draft.target !== null &&
              (draft.modality === 'asserted' || draft.modality === 'reported'),
          );
          if (claimed) {
            for (const draft of contentDrafts) {
              if (!speakerKeys.has(actorKey(draft.source)) || draft.code < '14') continue;
              const at = drafts.indexOf(draft);
              if (at >= 0) drafts.splice(at, 1);
            }
            return {
              code: '015',
              target: claimed.target,
              evidence: speechWithContent(clause, content),
              pattern: `claim-own-act-${clause.verb.lemma}`,
              rules: [`speech:${clause.verb.lemma}`, `claims-own:${claimed.code}`],
            };
          }
        }
        // "Venezuela denied that its navy had fired on a U.S. destroyer": denying one's own act is a denial of
        // responsibility (016), toward whom the act was done to; the act itself is kept, denied.
        if (modality.denialVerbs.has(clause.verb.lemma) && !clause.verb.negated) {
          const own = contentDrafts.find((draft) => draft.denied && speakerKeys.has(actorKey(draft.source)));
          if (own) {
            return {
              code: '016',
              target: own.target && usable(own.target) ? own.target : null,
              evidence: speechWithContent(clause, content),
              pattern: `deny-own-act-${clause.verb.lemma}`,
              rules: [`speech:${clause.verb.lemma}`, `denies-own:${own.code}`],
            };
          }
        }
        if (contentDrafts.some((draft) => speakerKeys.has(actorKey(draft.source)))) return null;
        const speakerCountries = new Set(
          subjectActors(clause).flatMap((actor) => (actor.country ? [actor.country] : [])),
        );
        // "said eight people were killed in an air strike by government forces": telling of another's violence
        // accuses its agent, even one named only by its role.
        // Only force and its display count: ending copper shipments, a swap program or a chip agreement (16x, "Minister
        // of Mines Patrick Chitambala confirmed that Zambia had ended copper shipments through South Africa") is a
        // policy the speaker tells of, which accuses nobody; so is a protest (14x).
        // A restriction imposed (172: "had begun barring counterfeit footwear", "Pakistan had suspended the
        // licences") is such a policy too. Violence told as not done, as a possibility or as an expectation accuses
        // no one: "Officials feared that Iran might attack Saudi oil facilities" warns, "may recommend that the
        // United States retaliate against Japan if …" and "the government's deficit could hit four billion dlrs"
        // strike no blow; telling that someone is trying or planning it still accuses (see isPursued).
        const violence = contentDrafts.find(
          (draft) =>
            !isAdmitted(draft) &&
            draft.code >= '15' &&
            !draft.code.startsWith('16') &&
            !draft.code.startsWith('172') &&
            !struckAtHome(tokens, mentions, places, draft, speakerCountries) &&
            (draft.modality === 'asserted' || draft.modality === 'reported' || isPursued(draft)) &&
            (usable(draft.source) ||
              (isRoleAgent(draft.source) && draft.code >= '18' && !ownForces(draft, speakerCountries))),
        );
        // "According to the state oil firm, ECOPETROL, the ELN carried out 72 attacks on petroleum pipelines":
        // the attacks are the ELN's, reported by the firm; "according to" frames them and accuses no one.
        if (violence && clause.verb.lemma === ACCORDING_TO) return null;
        let accusation = false;
        if (!target && violence) {
          target = violence.source;
          targetIsAgent = true;
          accusation = true;
          targetFrom = 'violence-agent';
        }
        const addressee = clause.objects.find((object) => hasActor(object));
        // "told reporters", "told Reuters": telling the press is a statement, not a consultation with the press.
        const told = clause.objects[0];
        const toPress = told ? isPressPhrase(told) || (!!addressee && isPressPhrase(addressee)) : false;
        // "Japan told the General Agreement on Tariffs and Trade that South Korea's … plan violated the spirit of the
        // world trade governing body": what is said to an assembly is aimed at whom it is about; the assembly is
        // the target only when the content names no one (see isAddressedBody).
        const toBody =
          !!addressee &&
          !toPress &&
          (clause.verb.lemma === 'tell' || clause.verb.lemma === 'brief') &&
          told === addressee &&
          isAddressedBody(addressee);
        if (
          !target &&
          addressee &&
          !toPress &&
          !toBody &&
          (clause.verb.lemma === 'tell' || clause.verb.lemma === 'brief')
        ) {
          target = phraseActors(tokens, mentions, addressee)[0] ?? null;
          addressed = target !== null;
          targetFrom = 'addressee';
        }
        for (const part of content) {
          if (target) break;
          const subject = part.subject && !part.subjectInherited ? part.subject : null;
          // "said the economic outlooks of Singapore, Thailand and the Philippines improved": a figure's owner is
          // what a data report is about, not whom the statement is aimed at.
          const figure = !!subject && isReportedFigure(tokens[subject.head]!);
          const actors = (subject ? phraseActors(tokens, mentions, subject) : []).filter(
            (actor) =>
              usable(actor) &&
              actor.mention.via !== 'pronoun' &&
              !(
                figure &&
                !(actor.mention.tokenStart <= subject!.head && actor.mention.tokenEnd > subject!.head)
              ) &&
              (actor.rule.startsWith('coordination') ||
                isMainActorOf(tokens, actor.mention, subject!, isActNoun)),
          );
          if (actors[0]) {
            target = actors[0];
            targetIsAgent = true;
            targetFrom = 'content-subject';
          }
        }
        if (!target && toBody) {
          // "Perez de Cuellar told the Security Council": a body of the speaker's own is no target.
          target =
            phraseActors(tokens, mentions, addressee!).find((actor) => !speakerKeys.has(actorKey(actor))) ??
            null;
          addressed = target !== null;
          targetFrom = 'addressed-body';
        }
        if (!target && content.length > 0) {
          const placed = locativeRanges(tokens, content);
          // The owner of a reported figure is no target here either ("the economic outlooks of Singapore").
          const figures = content.flatMap((part) =>
            part.subject && !part.subjectInherited && isReportedFigure(tokens[part.subject.head]!)
              ? [part.subject]
              : [],
          );
          const other = mentions.find(
            (mention) =>
              usable(mention) &&
              mention.via !== 'pronoun' &&
              isContentActor(content, mention) &&
              !figures.some(
                (figure) => mention.tokenStart >= figure.tokenStart && mention.tokenEnd <= figure.tokenEnd,
              ) &&
              !placed.some(([start, end]) => {
                const at = tokenAt(tokens, mention.start);
                return at >= start && at < end;
              }) &&
              // "accepted a bid for an export bonus to cover the sale of 18,000 tonnes of wheat to Algeria".
              !isCommoditySaleBuyer(tokens, mention.tokenStart) &&
              // "saying it wanted the same terms as were granted to Argentina": what the content is compared
              // with is not what it is about.
              !content.some(
                (part) =>
                  part.introducer !== null &&
                  COMPARATIVE_INTRODUCERS.has(part.introducer) &&
                  mention.start >= part.start &&
                  mention.end <= part.end,
              ),
          );
          if (other) {
            target = slotActor(other, 'content-mention');
            targetFrom = 'content-mention';
          }
        }
        const contentFrom =
          content.length > 0
            ? Math.min(...content.map((part) => tokenAt(tokens, part.start)))
            : clause.verb.tokenEnd;
        const contentTo =
          content.length > 0
            ? Math.max(...content.map((part) => tokenAt(tokens, part.end - 1) + 1))
            : clause.verb.tokenEnd;
        const aimed = target;
        // "said it had no evidence that Ukraine attacked the Kremlin", "said reports that Iran attacked were
        // baseless": a content the speaker finds unsupported or false aims no criticism at its subject.
        const isTarget = (part: Clause): boolean =>
          !standingOf(part).rules.some(
            (rule) => rule.startsWith('noun-content:unsupported') || rule === 'denied-by:dismissed-report',
          ) &&
          (addressed ||
            (!!aimed &&
              !!part.subject &&
              mentionsIn(mentions, part.subject.tokenStart, part.subject.tokenEnd).some(
                (mention) => mention.start === aimed.mention.start || codeKey(mention) === actorKey(aimed),
              )));
        const toneFound = aimedTone(
          tokens,
          content,
          contentFrom,
          contentTo,
          tone,
          isTarget,
          aimed?.mention ?? null,
        );
        let code = accusation ? '112' : speechActCode(toneFound, targetIsAgent);
        // "charged that …", "alleged that …": the verb itself accuses the actor the content tells of.
        if (!accusation && target && ACCUSING_SPEECH.has(clause.verb.lemma)) code = '112';
        const rules = [`speech:${clause.verb.lemma}`, accusation ? 'content:violence' : `tone:${toneFound}`];
        if (target) rules.push(`target:${targetFrom}`);
        // A consultation needs an addressee that is an actor ("told a gathering" is no consultation).
        const unaddressed = !!match && match.pattern.code.startsWith('04') && !addressee;
        // "admitted the Iranians had occupied ground": admitting what another did owns up to a fact, not to an act
        // of one's own (015); it is a statement.
        const othersAdmitted = ADMISSION_VERBS.has(clause.verb.lemma) && targetFrom === 'content-subject';
        if (
          match &&
          !toPress &&
          !unaddressed &&
          !othersAdmitted &&
          !(match.pattern.code.startsWith('01') && code !== '010')
        ) {
          code = match.pattern.code;
          rules.push(`pattern:${match.pattern.id}`);
          // "Britain also warned that the tax could hit developing countries": a warning that something may
          // happen, addressed to no one, forecasts; it threatens nothing of the speaker's (a pessimistic comment).
          if (code.startsWith('13') && !addressed && forecastsOnly(clause, content)) {
            code = '012';
            rules.push('warning-of-possibility:012');
          }
          // "the World Bank has warned that mounting unemployment could start causing severe social strains",
          // "Baker … warned against a further dollar fall": a warning that reaches no actor, warned or warned
          // of, and tells of no act of the speaker's own, forecasts or advises; it threatens no one.
          if (code.startsWith('13') && !target && warnsOfNoOne(clause)) {
            code = '012';
            rules.push('warning-of-no-one:012');
          }
        }
        // A statement to no one is no event; claiming an act or the responsibility for it is one, whoever it
        // struck ("Hamas claimed responsibility for the attack"), as denying one is. Admitting that something is so
        // ("Japanese officials admitted there is little more they can do") is an opinion.
        const owned = code === '015' && !!match?.objectUsed;
        if (!target && (code === '010' || (code.startsWith('01') && code !== '016' && !owned))) return null;
        // "many Italian experts warn that the current wave of optimism is excessive", "warned that a breakdown of
        // the renegotiation process could be harmful": warning or agreeing that something is so, with no actor
        // addressed or told of, shares an opinion; it threatens or promises nothing. Two sides that agree ("Japan
        // and the United States agreed that talks would resume") agree with each other.
        if (
          !target &&
          content.length > 0 &&
          OPINION_PRONE_ROOTS.test(code) &&
          subjectActors(clause).length < 2
        )
          return null;
        // "Lawson pledged to continue making defeat of inflation a top priority": a pledge of the speaker's own
        // course, which names no other actor and no cooperative object, is a policy goal; an intent to
        // cooperate (03) needs someone to cooperate with.
        if (!target && code.startsWith('03') && pledgesOwnCourse(clause, match)) return null;
        // "the Iran-Iraq war on Kuwait's doorstep, which threatens the emirate's vital oil export lifeline",
        // "Forest fires in north-east China had flared again, threatening settlements": what a war, a fire or a ban
        // threatens is endangered; no actor threatens anyone.
        if (!target && code.startsWith('13') && endangersThing(clause)) return null;
        const said = speechWithContent(clause, content);
        return {
          code,
          target,
          // "…, said Lavrov": the span opens at the verb when the subject follows it.
          evidence: { start: Math.min(said.start, tokens[clause.verb.tokenStart]!.start), end: said.end },
          pattern: match?.pattern.id ?? `speech-${clause.verb.lemma}`,
          rules,
        };
      }

      /**
       * Is this pledge, offer or promise ("pledged to continue …") one of the speaker's own course: a pattern with
       * no object words, no object, and infinitives after it in which no actor is named?
       */
      function pledgesOwnCourse(speech: Clause, match: VerbMatch | null): boolean {
        if (!match || match.pattern.objects || speech.objects.length > 0) return false;
        // "agreed to" has a party agreed with; a plural or compound subject ("Gulf Arab oil states have pledged
        // to make up for any shortfall … a fellow Gulf state suffers") may pledge to its own members.
        if (!PLEDGE_VERBS.has(speech.verb.lemma) || !speech.subject || subjectActors(speech).length > 1)
          return false;
        // "Petricioli said Baker … promised to look into alternatives": one who tells of the pledge may be the
        // party it was made to.
        if (speech.parent !== null) return false;
        const head = tokens[speech.subject.head]!;
        if (head.lower !== head.lemma.toLowerCase() && head.lower.endsWith('s')) return false;
        const below = descendants(speech, clauses);
        const infinitives = below.filter(
          (part) => part.parent === speech.index && part.kind === 'infinitive' && part.subjectInherited,
        );
        if (infinitives.length === 0) return false;
        // Another actor anywhere in the sentence ("… and has warned Tehran", "one senator saying Japan had
        // promised") or an accord or talks ("Under last month's Paris currency agreement, Japan promised") may be
        // the party the pledge is made to.
        const own = new Set(subjectActors(speech).map((actor) => actorKey(actor)));
        const sentence = doc.layers.sentences?.[speech.sentence];
        if (!sentence) return false;
        const others = mentions.some(
          (mention) =>
            mention.sentence === speech.sentence &&
            mention.via !== 'pronoun' &&
            !own.has(codeKey(mention)) &&
            !(
              mention.tokenStart >= speech.subject!.tokenStart && mention.tokenEnd <= speech.subject!.tokenEnd
            ),
        );
        if (others) return false;
        for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++)
          if (ACCORD_WORDS.has(tokens[i]!.lemma.toLowerCase()) || ACCORD_WORDS.has(tokens[i]!.lower))
            return false;
        return true;
      }

      /**
       * Is this "threaten" in its sense of endangering: a relative or participle clause (the clause tells what an
       * event does) whose objects name no actor and which threatens to do nothing (no infinitive)?
       */
      function endangersThing(clause: Clause): boolean {
        if (clause.verb.lemma !== 'threaten' || (clause.kind !== 'relative' && clause.kind !== 'participle'))
          return false;
        if (clause.objects.length === 0 || clause.objects.some((object) => hasActor(object))) return false;
        return !clauses.some((part) => part.parent === clause.index && part.kind === 'infinitive');
      }

      /**
       * Is this a warning ("warned that …", "warned against …") with no actor addressed and no act of the speaker's
       * own after it? An act of one's own shows as a later clause whose subject is a pronoun ("warned it would
       * retaliate"); the parse often misses the "that" clause, so every later clause of the sentence is read. A
       * pronoun before "be" ("it may be difficult") or a passive verb ("unless it is tackled") tells of no act.
       */
      function warnsOfNoOne(speech: Clause): boolean {
        if (speech.verb.lemma !== 'warn' || speech.objects.some((object) => hasActor(object))) return false;
        return !clauses.some(
          (part) =>
            part.sentence === speech.sentence &&
            part.verb.tokenStart > speech.verb.tokenStart &&
            !!part.subject &&
            !part.subjectInherited &&
            tokens[part.subject.head]!.pos === 'PRON' &&
            part.verb.lemma !== 'be' &&
            !part.verb.passive,
        );
      }

      /**
       * Is what was said only possible ("the tax could hit developing countries", "prices might fall"): each clause
       * said is hypothetical by its modal, and none is coded as an act?
       */
      function forecastsOnly(speech: Clause, content: readonly Clause[]): boolean {
        // "Japan warned the United States it may take retaliatory measures", "warned Tokyo its package must be
        // significant": a warning given to someone, or of what the speaker itself may do, is a threat.
        if (speech.objects.length > 0) return false;
        const said = content.filter((part) => part.parent === speech.index);
        return (
          said.length > 0 &&
          said.every(
            (part) =>
              !!part.subject &&
              tokens[part.subject.head]!.pos !== 'PRON' &&
              (draftsByClause.get(part.index)?.length ?? 0) === 0 &&
              part.verb.modal !== null &&
              FORECAST_MODALS.has(part.verb.modal),
          )
        );
      }

      function nominalEvents(): Draft[] {
        const found: Draft[] = [];
        for (const sentence of doc.layers.sentences ?? []) {
          if (capsSentences.has(sentence.index) || !sourcedSentences.has(sentence.index)) continue;
          for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
            const token = tokens[i]!;
            if (
              (token.pos !== 'NOUN' && !isNominalVerb(tokens, i, sentence.tokenStart)) ||
              usedObjects.has(i)
            )
              continue;
            const candidates =
              patterns.byNoun.get(token.lemma.toLowerCase()) ?? patterns.byNoun.get(token.lower);
            if (!candidates) continue;
            if (inProperName(i) || isCharacterisation(tokens, i, sentence.tokenStart)) continue;
            const nominal = codeNominal(i, sentence.tokenStart, sentence.tokenEnd, candidates);
            if (nominal) found.push(...perConjunct(nominal), ...otherWay(nominal));
          }
        }
        return found;
      }

      /**
       * "Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS": an act a compound subject carries out
       * with a light verb is each conjunct's.
       */
      function perConjunct(draft: Draft): Draft[] {
        if (!draft.clause || !draft.rules.some((rule) => rule.startsWith('light-verb:'))) return [draft];
        const actors = subjectActors(draft.clause);
        if (actors.length < 2 || actors[0]!.mention !== draft.source.mention) return [draft];
        if (!actors.every((actor) => actor.rule.startsWith('coordination'))) return [draft];
        return actors
          .filter((actor) => actor.code !== draft.target?.code)
          .map((actor) => ({
            ...draft,
            source: actor,
            rules: [...draft.rules.filter((rule) => !rule.startsWith('source:')), `source:${actor.rule}`],
          }));
      }

      /** The same meeting seen from its other party, for one read each way ("talks between X and Y"). */
      function otherWay(draft: Draft): Draft[] {
        if (!draft.target || !draft.rules.includes('between:each-way')) return [];
        return [{ ...draft, source: draft.target, target: draft.source }];
      }

      /**
       * "chief economist at Merrill Lynch Europe Ltd": a capitalised noun or verb after a capitalised word that
       * names no actor is part of a name, not an act ("lynch").
       */
      function inProperName(i: number): boolean {
        const token = tokens[i]!;
        const before = tokens[i - 1];
        return (
          !token.sentenceStart &&
          !!before &&
          /^\p{Lu}\p{Ll}/u.test(token.text) &&
          /^\p{Lu}/u.test(before.text) &&
          before.pos === 'PROPN' &&
          !mentionTokens.has(i - 1)
        );
      }

      function codeNominal(
        i: number,
        sentenceStart: number,
        sentenceEnd: number,
        candidates: readonly CompiledPattern[],
      ): Draft | null {
        const token = tokens[i]!;
        // The noun phrase before the noun: a possessive or adjectival actor is the source.
        let left = i;
        while (
          left > sentenceStart &&
          (isModifier(tokens[left - 1]!) || mentionTokens.has(left - 1)) &&
          !verbHeads.has(left - 1)
        )
          left--;
        // "a decline in Soviet trade with the West to 130 billion roubles": a figure, not an act.
        if (
          candidates.every((pattern) => pattern.code.startsWith('06')) &&
          isFlowStatistic(tokens, left, i, sentenceEnd)
        )
          return null;
        let source: SlotActor | null = null;
        const before = mentionsIn(mentions, left, i).filter((mention) => mention.via !== 'pronoun');
        const possessive = before.find((mention) =>
          POSSESSIVE_MARKS.has(tokens[mention.tokenEnd]?.text ?? ''),
        );
        if (possessive) source = slotActor(possessive, 'possessive');
        else if (before.length > 0) source = slotActor(before[before.length - 1]!, 'modifier');
        // Prepositional phrases after the noun: the pattern's slots hold the target, "by" the source.
        const preps: { prep: string; from: number; to: number }[] = [];
        let j = i + 1;
        while (j < sentenceEnd && preps.length < 4 && tokens[j]!.pos === 'ADP') {
          let k = j + 1;
          // "between U.S. and Russian officials": the phrase after "between" names both parties.
          const pair = tokens[j]!.lower === 'between';
          while (
            k < sentenceEnd &&
            (isModifier(tokens[k]!) ||
              tokens[k]!.pos === 'NOUN' ||
              tokens[k]!.pos === 'PROPN' ||
              tokens[k]!.pos === 'NUM' ||
              (pair && tokens[k]!.lower === 'and' && k > j + 1))
          )
            k++;
          if (k === j + 1) break;
          preps.push({ prep: tokens[j]!.lower, from: j + 1, to: k });
          j = k;
        }
        // "supervised the slaughter of all Haiti's 1,200,000 pigs": violence done to animals is no political event.
        const victims = preps.find((prep) => prep.prep === 'of');
        if (
          victims &&
          candidates.every((pattern) => /^(18|19|20)/.test(pattern.code)) &&
          ANIMALS.has(tokens[victims.to - 1]!.lower)
        )
          return null;
        let best: { pattern: CompiledPattern; target: SlotActor | null } | null = null;
        for (const pattern of candidates) {
          if (pattern.objects) {
            const object = preps.find((prep) => prep.prep === 'of');
            const modifierMatch = objectMatches(
              tokens,
              { tokenStart: left, tokenEnd: i + 1, head: i },
              pattern.objects.map((words) => [...words, token.lower]),
            );
            if (
              !modifierMatch &&
              !(
                object &&
                objectMatches(
                  tokens,
                  { tokenStart: object.from, tokenEnd: object.to, head: object.to - 1 },
                  pattern.objects,
                )
              )
            )
              continue;
          }
          let target: SlotActor | null = null;
          for (const slot of pattern.targets) {
            const prep = preps.find((candidate) => candidate.prep === (slot === 'object' ? 'of' : slot));
            if (!prep) continue;
            // "demand for American goods", "seasonal pressures on bank reserves": an actor that only modifies
            // a thing is a market's, not someone a demand is made of.
            if (DEMAND_CODE.test(pattern.code) && namesThing(tokens, prep.to - 1, mentionTokens)) continue;
            const actors = phraseActors(tokens, mentions, {
              tokenStart: prep.from,
              tokenEnd: prep.to,
              head: prep.to - 1,
            });
            if (actors[0]) {
              target = actors[0];
              break;
            }
          }
          if (!best || (target && !best.target)) best = { pattern, target };
        }
        if (!best) return null;
        const byAgent = preps.find((prep) => prep.prep === 'by');
        if (byAgent) {
          const agent = phraseActors(tokens, mentions, {
            tokenStart: byAgent.from,
            tokenEnd: byAgent.to,
            head: byAgent.to - 1,
          })[0];
          if (agent) source = agent;
        }
        const enclosing = innermostClause(clauses, token);
        const rules = [`nominal:${best.pattern.id}`];
        if (
          !source &&
          enclosing &&
          LIGHT_VERBS.has(enclosing.verb.lemma) &&
          enclosing.objects.some((object) => object.tokenStart <= i && object.tokenEnd > i)
        ) {
          source = subjectActors(enclosing)[0] ?? null;
          rules.push(`light-verb:${enclosing.verb.lemma}`);
        }
        // "hosted talks between U.S. and Russian officials": a meeting between two parties no one owns is theirs,
        // each with the other.
        if (!source && best.target && best.pattern.code.startsWith('04')) {
          const between = preps.find((prep) => prep.prep === 'between');
          const parties = between
            ? phraseActors(tokens, mentions, {
                tokenStart: between.from,
                tokenEnd: between.to,
                head: between.to - 1,
              })
            : [];
          if (parties.length === 2 && actorKey(parties[0]!) !== actorKey(parties[1]!)) {
            source = parties[0]!;
            best = { ...best, target: parties[1]! };
            rules.push('between:each-way');
          }
        }
        // "Russia is preparing a new offensive in the Zaporizhzhia region": force whose noun has no target in its
        // slots strikes the country where it happens, as a verb's does (see fallbackTarget); not the source's own.
        if (source && !best.target && FORCE_ROOT.test(best.pattern.code)) {
          const where = preps.find((prep) => LOCATIVE.has(prep.prep));
          const phrase = where ? { tokenStart: where.from, tokenEnd: where.to, head: where.to - 1 } : null;
          // "in southern Lebanon": a country named there is an actor mention, not a free place.
          const country = phrase
            ? phraseActors(tokens, mentions, phrase).find(
                (actor) => actor.mention.kind === 'country' && actor.roles.length === 0,
              )
            : undefined;
          const place = phrase && !country ? placeIn(phrase) : undefined;
          const target = country ?? (place ? placeActor(place, 'place') : null);
          if (target && target.country !== source.country) {
            best = { ...best, target };
            rules.push('target:in:place');
          }
        }
        if (!source || (best.target && best.target.code === source.code)) return null;
        // "Ford's European operations in Britain": a firm's operations, not a military operation.
        if (
          isCivilSenseOfForce(doc, best.pattern.code, { tokenStart: left, tokenEnd: i + 1, head: i }, [
            source,
          ])
        )
          return null;
        // A nominal event with no actor it was done to ("Japan's trade", "charges by Canadian banks") is too
        // often another sense of the noun; only a possessive act the pattern knows to stand alone ("Russia's
        // veto", "North Korea's nuclear test") is kept.
        if (!best.target && !(best.pattern.targetless && source.rule === 'possessive')) return null;
        const standing = enclosing ? standingOf(enclosing) : null;
        const end = preps.length > 0 ? tokens[preps[preps.length - 1]!.to - 1]!.end : token.end;
        let modality: Modality = standing?.base ?? 'asserted';
        // "Miyazawa said the U.S. sanctions against Japanese semiconductor products were not discussed": an act
        // named in the subject of a denied clause still happened; only what is said of it is denied ("There will
        // be no big wave of Japanese investment" denies the act itself).
        if (
          modality === 'negated' &&
          enclosing?.verb.negated &&
          enclosing.subject &&
          !enclosing.subjectInherited &&
          enclosing.subject.tokenStart <= i &&
          enclosing.subject.tokenEnd > i &&
          !tokens
            .slice(enclosing.subject.tokenStart, i)
            .some((token) => NEGATIVE_DETERMINERS.has(token.lower))
        )
          modality = 'asserted';
        // "Iran was said to be preparing an attack", "refused to order an offensive": the frame of the clause whose
        // light verb carries out the act holds for the act. An act the clause only names ("voted to override
        // President Reagan's veto") is a fact the frame does not touch.
        if (standing?.frameModality && rules.some((rule) => rule.startsWith('light-verb:'))) {
          modality = strongerModality(modality, standing.frameModality);
        }
        const proposal =
          tokens.slice(left, i).find((modifier) => PROPOSAL_MODIFIERS.has(modifier.lower))?.lower ??
          (enclosing &&
          PROPOSAL_VERBS.has(enclosing.verb.lemma) &&
          enclosing.objects.some((object) => object.tokenStart <= i && object.tokenEnd > i)
            ? enclosing.verb.lemma
            : null);
        if (proposal && (modality === 'asserted' || modality === 'reported')) {
          modality = 'intended';
          rules.push(`proposal:${proposal}`);
        }
        if (
          enclosing &&
          BLOCKING_VERBS.has(enclosing.verb.lemma) &&
          inObjectWithOfChain(enclosing, i) &&
          modality !== 'denied'
        ) {
          modality = 'negated';
          rules.push(`blocked-by:${enclosing.verb.lemma}`);
        }
        const possible = possibilityBefore(tokens, left);
        if (possible && modality !== 'negated' && modality !== 'denied') {
          modality = strongerModality(modality, 'hypothetical');
          rules.push(`possibility-of:${possible}`);
        }
        return {
          code: best.pattern.code,
          source,
          target: best.target,
          modality,
          speaker: standing ? speakerOf(standing) : null,
          denied: standing?.denied ?? false,
          condition: standing ? conditionSpan(standing) : null,
          evidence: { start: tokens[left]!.start, end },
          sentence: enclosing?.sentence ?? sentenceOfToken(doc, i),
          clause: enclosing ?? null,
          pattern: best.pattern.id,
          verb: { start: token.start, end: token.end },
          rules: [...rules, ...(standing?.rules ?? []), `source:${source.rule}`],
          confidence: confidenceOf(source, best.target, standing, 0.7),
        };
      }

      const layer: CodedEvent[] = [];
      const seen = new Set<string>();
      const located = (actor: SlotActor | null) =>
        !!actor && (actor.country !== null || actor.knownGroup !== null);
      // "The government", "the ministry" with no country: the article's own country, when it names only one.
      const home = articleHomeCountry(tokens, doc.layers.paragraphs ?? [], mentions, places);
      const atHome = (draft: Draft): Draft => {
        const source = withHomeCountry(tokens, draft.source, home, mentions);
        // "Ukraine says it shot down 57 of 75 drones": weapons are their sender's, never the story's country's.
        const homeTarget =
          draft.target &&
          (isWeaponMention(draft.target.mention)
            ? weaponTarget(draft)
            : withHomeCountry(tokens, draft.target, home, mentions));
        const target = homeTarget && withSourceCountry(tokens, homeTarget, source, draft.code);
        const speaker = draft.speaker && withHomeCountry(tokens, draft.speaker, home, mentions);
        if (source === draft.source && target === draft.target && speaker === draft.speaker) return draft;
        // "Nakasone told his fellow ministers": a role left as it was rather than made the source itself.
        if (target && source.code === target.code) return draft;
        const byHome = source !== draft.source || homeTarget !== draft.target || speaker !== draft.speaker;
        return {
          ...draft,
          source,
          target,
          speaker,
          rules: [
            ...draft.rules,
            ...(byHome ? [`home-country:${home!.country}`] : []),
            ...(target !== homeTarget ? ['target-country:source'] : []),
          ],
        };
      };
      /**
       * "the Istanbul mayor", "Istanbul's mayor", "the governor of Kharkiv", "Parana farmers": a role named with its
       * city or region (an office, its people, its press) takes the place's country (a capital is already its
       * country's: "the mayor of Kyiv"); "drones launched by Russia" take the country that sent them.
       */
      const withRoleCountry = (actor: SlotActor): SlotActor => {
        if (actor.country !== null || actor.knownGroup !== null || actor.roles.length === 0) return actor;
        const { mention } = actor;
        let before = mention.tokenStart - 1;
        if (before >= 0 && POSSESSIVE_MARKS.has(tokens[before]!.text)) before--;
        let after = mention.tokenEnd;
        const of = tokens[after]?.lower === 'of';
        if (of) after += tokens[after + 1]?.lower === 'the' ? 2 : 1;
        const place = places.find(
          (candidate) =>
            candidate.sentence === mention.sentence &&
            ((before >= 0 && candidate.end === tokens[before]!.end) ||
              (of && after < tokens.length && candidate.start === tokens[after]!.start)),
        );
        if (place) return inCountry(actor, 'office-place', place.country);
        // "A court in Istanbul jailed the city's mayor": the place the definite noun stands for, named before it.
        const named = before >= 1 ? placeReferredTo(before) : undefined;
        if (named) return inCountry(actor, 'office-place', named.country);
        // "A court in Istanbul jailed …", "police in Lagos": courts and police act where they sit (a capital is already
        // its country's, see phraseActors); troops or diplomats "in" a place may be anyone's.
        const seat = actor.roles.every((role) => SEATED_ROLES.has(role)) ? sittingIn(mention) : undefined;
        if (seat) return inCountry(actor, 'seat', seat.country);
        // "shot down 45 of 52 drones launched by Russia": forces or weapons sent by a country are its own.
        const participle = tokens[mention.tokenEnd];
        const maker =
          participle?.pos === 'VERB' &&
          /ed$/.test(participle.lower) &&
          tokens[mention.tokenEnd + 1]?.lower === 'by'
            ? mentions.find(
                (other) =>
                  other.tokenStart === mention.tokenEnd + 2 &&
                  other.kind === 'country' &&
                  other.roles.length === 0,
              )
            : undefined;
        return maker?.country ? inCountry(actor, 'by', maker.country) : actor;
      };
      /**
       * The place a definite "the city", "the province" at token `at` stands for: the last one named before it, in
       * its sentence or the one before ("A court in Istanbul jailed the city's mayor").
       */
      const placeReferredTo = (at: number): Place | undefined => {
        const noun = tokens[at]!;
        if (!PLACE_ANAPHORS.has(noun.lower) || tokens[at - 1]!.lower !== 'the') return undefined;
        const sentence = sentenceOfToken(doc, at);
        let found: Place | undefined;
        for (const place of places)
          if (place.end <= tokens[at - 1]!.start && place.sentence >= sentence - 1) found = place;
        return found;
      };
      /** The place right after "in" after a mention, in its sentence ("a court in Istanbul"). */
      const sittingIn = (mention: Mention): Place | undefined => {
        if (tokens[mention.tokenEnd]?.lower !== 'in') return undefined;
        const at = tokens[mention.tokenEnd + 1];
        return at && places.find((place) => place.sentence === mention.sentence && place.start === at.start);
      };
      // "Leavitt said the president would meet Putin": a government speaker's countryless head of state is their own.
      const bySpeakersHead = (draft: Draft): Draft => {
        const source = withSpeakersHead(tokens, draft.source, draft.speaker);
        const target = draft.target && withSpeakersHead(tokens, draft.target, draft.speaker);
        if (source === draft.source && target === draft.target) return draft;
        if (target && source.code === target.code && source.country === target.country) return draft;
        return { ...draft, source, target, rules: [...draft.rules, 'speaker-country'] };
      };
      const atRoleCountry = (draft: Draft): Draft => {
        const source = withRoleCountry(draft.source);
        const target = draft.target && withRoleCountry(draft.target);
        const speaker = draft.speaker && withRoleCountry(draft.speaker);
        if (source === draft.source && target === draft.target && speaker === draft.speaker) return draft;
        if (target && source.code === target.code && source.country === target.country) return draft;
        return { ...draft, source, target, speaker, rules: [...draft.rules, 'role-country'] };
      };
      // A place struck is another country's only when an armed force or a state strikes it abroad: "Chadian troops
      // overran a garrison in northern Chad", "police entered the Golden Temple in Amritsar" strike no other actor,
      // and "the United Auto Workers struck General Motors plants at Pontiac" is a labour strike.
      const struckAbroad = (draft: Draft): Draft => {
        const { source, target } = draft;
        if (target?.rule !== 'struck-place') return draft;
        const armed = source.roles.every((role) => STRIKING_ROLES.has(role));
        return armed && source.country !== target.country ? draft : { ...draft, target: null };
      };
      /**
       * "Thousands of people protested in Belgrade", "Demonstrators clashed with police in Nairobi": people who
       * protest where the clause places the protest are of that place's country (a protest abroad is named by
       * its protesters' nationality: "Iranians protested outside the British embassy in Paris"). So are
       * protesters named by no country whatever they do there ("Protesters stormed the parliament
       * building in Kathmandu").
       */
      const protestedAt = (draft: Draft): Draft => {
        const { source } = draft;
        if (located(source) || source.roles.length === 0) return draft;
        if (!draft.code.startsWith('14') && !source.roles.every((role) => CROWD_ROLES.has(role)))
          return draft;
        const place = eventLocation(
          doc.layers.places ?? [],
          draft,
          doc.layers.clauses ?? [],
          doc.layers.tokens ?? [],
        );
        if (!place) return draft;
        return {
          ...draft,
          source: inCountry(source, 'protest-place', place.country),
          rules: [...draft.rules, 'protest-place'],
        };
      };
      for (const raw of drafts) emit(raw);

      /** The event record of a draft, dated, located and checked against the codebook, into `layer`. */
      function emit(unplaced: Draft): void {
        const raw = protestedAt(atRoleCountry(unplaced));
        // An event between actors no country or organisation names ("people were killed by forces") tells an
        // analyst nothing to filter on.
        if (!located(raw.source) && !located(raw.target)) return;
        if (isLitigation(raw)) return;
        if (isTollOfKilling(tokens, raw)) return;
        if (isMarketOperation(doc, raw)) return;
        if (isBusinessDecision(raw) || isCommentary(raw) || isFirmsForce(raw)) return;
        if (isCorporatePurchase(doc, raw)) return;
        const draft = struckAbroad(
          ownCountryPolicy(
            formalProtest(leftOrganisation(fellInAttack(bySpeakersHead(atHome(reportedBy(raw)))))),
          ),
        );
        // Without the place struck, the event stands only on what the text itself says of its source.
        if (raw.target && !draft.target && !located(raw.source)) return;
        const entry = codebook.lookup(draft.code);
        if (!entry || !entry.emitted) {
          diagnostics.push({
            stage: 'events',
            rule: 'unknown-code',
            message: `pattern ${draft.pattern} gives code ${draft.code}, which the codebook does not emit`,
            start: draft.verb.start,
            end: draft.verb.end,
          });
          return;
        }
        const dated = eventDate(doc, draft, clauses);
        // "when he visits Washington next month", "meets tomorrow": an act dated after the article was written
        // has not happened.
        const ahead =
          dated.rule === TOMORROW_RULE ||
          isWeekendAhead(dated.date, dated.rule, doc.meta.published) ||
          isAfterPublication(dated.date, dated.granularity, doc.meta.published);
        // "has cancelled a trip tomorrow", "pledged 9 billion euros in military aid for next year", "proposed a
        // preparatory meeting on April 23": an act in the perfect or the simple past is done, whenever what it is
        // about will be, so the time is that of what it is about, and the act is dated by the article.
        const done = ahead && draft.clause !== null && isDone(tokens, draft.clause.verb);
        const { date, granularity, rule } = done
          ? { date: doc.meta.published, granularity: 'day' as const, rule: undefined }
          : dated;
        const future = ahead && !done && (draft.modality === 'asserted' || draft.modality === 'reported');
        const modality = future ? 'intended' : draft.modality;
        // The trace says which time expression dated the act ("date:month-ahead"), if any did.
        const rules = [
          ...draft.rules,
          ...(rule !== undefined ? [`date:${rule}`] : []),
          ...(future ? ['future-date:intended'] : []),
          ...(done ? ['future-date:done'] : []),
        ];
        const location = eventLocation(
          doc.layers.places ?? [],
          draft,
          doc.layers.clauses ?? [],
          doc.layers.tokens ?? [],
        );
        const record: EventRecord = {
          id: eventId(doc.meta.id, draft),
          articleId: doc.meta.id,
          url: doc.meta.url,
          sentenceIndex: draft.sentence,
          date,
          dateGranularity: granularity,
          publicationDate: doc.meta.published,
          source: toActor(doc.text, draft.source),
          target: draft.target ? toActor(doc.text, draft.target) : null,
          code: entry.code,
          rootCode: entry.rootCode,
          quadClass: entry.quadClass,
          goldstein: entry.goldstein,
          plover: entry.plover ? { type: entry.plover.type, mode: entry.plover.mode } : null,
          modality,
          condition: draft.condition ? textSpan(doc.text, draft.condition) : null,
          speaker: draft.speaker ? toActor(doc.text, draft.speaker) : null,
          evidence: textSpan(doc.text, draft.evidence),
          location,
          confidence: Math.round(draft.confidence * 100) / 100,
          coder: { name: coder.name, version: coder.version, dictionaries },
        };
        if (seen.has(record.id)) return;
        seen.add(record.id);
        layer.push({ record, trace: { pattern: draft.pattern, rules, verb: draft.verb } });
      }
      return { layer, diagnostics };
    },
  };
}

/** Roots of cooperation and aid, which a bank's dealings in the money market are not. */
const MARKET_DEALING_ROOTS = /^(03|06|07)/;
/** Words of the money market: "money market", "discount houses", "liquidity", "repurchase". */
const MONEY_MARKET_WORDS = new Set(['liquidity', 'repurchase', 'discount', 'interbank', 'tender']);

/** Markets named by what is dealt in them: "the money market", "the bond market", "the foreign exchange market". */
const MARKET_KINDS = new Set(['money', 'bond', 'exchange', 'currency', 'credit']);

/**
 * Is this a bank's or a firm's dealing in the money market? "the Bank of England said it had invited the
 * discount houses to make …", "it gave the money market a further 191 mln stg assistance", "the Bundesbank was
 * offering more funds above the call money rate": a source that does business (a company, or a central bank,
 * GOV and BUS), no actor or only a private party as the target, a code of cooperation or aid, and a sentence
 * that tells of the money market.
 */
function isMarketOperation(doc: Doc, draft: Draft): boolean {
  if (!draft.source.roles.includes('BUS') || !MARKET_DEALING_ROOTS.test(draft.code)) return false;
  if (draft.target && !isPrivateParty(draft.target)) return false;
  const tokens = doc.layers.tokens ?? [];
  const sentence = doc.layers.sentences?.[draft.sentence];
  if (!sentence) return false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    if (MONEY_MARKET_WORDS.has(token.lower)) return true;
    // "In the bond market, the Bank of Japan offered to buy around 50 billion yen of 10-year government bonds":
    // a central bank's dealing in the bond or the currency market is as much a market operation.
    if (MARKET_KINDS.has(token.lower) && /^markets?$/.test(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Codes that a firm's own decisions take in business news: weighing an option (014), restricting (17). */
const BUSINESS_DECISION_CODE = /^(014|17)/;

/**
 * Is this a company's decision about its own business? "AMR Corp's American Airlines restricting the right of
 * its members to communicate with the public" (a dispute with a union), "Major Japanese banks have been
 * considering a plan", "U.S. companies considering moving food processing plants to Canada": a company (BUS, no
 * government role, no organisation of states) weighing an option or restricting, aimed at no actor or at another private party;
 * or a firm's dealings (isBusinessDealing).
 */
function isBusinessDecision(draft: Draft): boolean {
  const { roles, knownGroup, code } = draft.source;
  if (!roles.includes('BUS') || roles.includes('GOV')) return false;
  // The IMF, GATT and the EC carry BUS among their roles: organisations of states, not firms.
  if (knownGroup !== null || code.startsWith('IGO')) return false;
  if (BUSINESS_DECISION_CODE.test(draft.code)) return draft.target === null || isPrivateParty(draft.target);
  return isBusinessDealing(draft) || isBetweenFirms(draft);
}

/**
 * A bare statement (010) by firms' people or scholars — bankers, traders, economists — about a country or a body:
 * market commentary ("A Western banker said China's portfolio contains too much short-term debt", "Western
 * economists said Yugoslavia has had its way with the Paris Club creditors"), not a political act.
 */
function isCommentary(draft: Draft): boolean {
  const { roles, knownGroup, code } = draft.source;
  if (draft.code !== '010' || knownGroup !== null || code.startsWith('IGO')) return false;
  return roles.length > 0 && roles.every((role) => role === 'BUS' || role === 'EDU');
}

/** Roots of force, which stays an event whoever does it to whom. */
const FORCE_ROOT = /^(18|19|20)/;

/** Roots of shows of force, coercion and force (15, 17–20). */
const FORCE_OR_COERCION_ROOT = /^(15|17|18|19|20)/;

/** Roots of force and of shows of force (15, 18–20). */
const FORCE_OR_POSTURE_ROOT = /^(15|18|19|20)/;

/**
 * A firm does not use force or show it: what a company (BUS and no other role, no organisation of states) does
 * with a verb of force is business, an accident or a figure of speech. "the Japan Air Lines 747 jumbo jet which
 * crashed into a mountain …, killing 520 people", "the company was not targeting the U.S. for its planned
 * expansion", "it plans to increase its presence in Brazil", "Foreign firms that entered Canada after 1971",
 * "U.S. Banks were required to hold more primary capital". Armed groups that are companies (Wagner) are coded
 * as groups, not as BUS.
 */
function isFirmsForce(draft: Draft): boolean {
  if (!FORCE_OR_POSTURE_ROOT.test(draft.code)) return false;
  const { roles, knownGroup, code } = draft.source;
  if (knownGroup !== null || code.startsWith('IGO')) return false;
  return roles.length > 0 && roles.every((role) => role === 'BUS');
}

/**
 * Is this an act of one firm towards another, named as firms? "The Hong Kong Stock Exchange said it will not
 * accept further proposals by listed firms", "German bankers at the presentation criticized the Bank for its
 * overly conservative lending", "the American Stock Exchange's inquiry on the activity of the company's common
 * stock": market and corporate affairs, not political events. Force stays.
 */
function isBetweenFirms(draft: Draft): boolean {
  const target = draft.target;
  if (!target || FORCE_ROOT.test(draft.code)) return false;
  return (
    target.knownGroup === null && target.roles.length > 0 && target.roles.every((role) => role === 'BUS')
  );
}

/**
 * Codes of a firm's dealings: asking and proposing (02), offering and agreeing (03), meeting and negotiating
 * (04), signing (057), trading and investing (061), filing claims (115).
 */
const BUSINESS_DEALING_CODE = /^(0[234]|057|061|115)/;

/**
 * Is this a firm's dealing with no one, with another firm, or (a claim) with a court? "it signed a definitive
 * agreement to buy three retail savings branches", "Bank of China has agreed", "Indian and Australian
 * businessmen signed a memorandum of understanding", "the Bank of Bahrain and Kuwait filed claims with a special
 * Saudi court". A firm's trade and investment is commerce whoever its partner is ("the company exports its
 * products to Japan", "investing in New Zealand"). A firm asking or meeting a government or a state stays
 * ("Japanese banks have asked the finance ministry to increase tax breaks"), and so does a state dealing with firms.
 */
function isBusinessDealing(draft: Draft): boolean {
  if (!BUSINESS_DEALING_CODE.test(draft.code)) return false;
  const target = draft.target;
  if (target === null || draft.code === '061') return true;
  if (target.knownGroup !== null || target.roles.length === 0) return false;
  const allowed = draft.code === '115' ? /^(BUS|JUD)$/ : /^BUS$/;
  return target.roles.every((role) => allowed.test(role));
}

/** Codes of agreeing, offering and negotiating (03, 04, 057), which a deal to buy a firm takes. */
const PURCHASE_DEAL_CODE = /^(0[34]|057)/;

/** Words of buying, paying for or acquiring: the act an agreement or an offer may be about. */
const PURCHASE_WORDS = new Set(
  'buy buys buying bought acquire acquires acquired acquiring acquisition purchase purchases purchasing pay paying'.split(
    ' ',
  ),
);

/** Acts that are a firm's change of hands by themselves: "negotiating a takeover of … Air Atlanta". */
const CORPORATE_ACTS = new Set(['takeover', 'merger']);

/**
 * Heads of what is bought when a firm changes hands: its shares, a stake in it, the company itself. Not debt
 * paper ("a novel Philippine proposal for paying its interest bill"), which a state pays or buys back.
 */
const CORPORATE_HEADS = new Set(
  'share shares stock stake stakes equity securities company firm subsidiary corporation control'.split(' '),
);

/** How far after the agreement's word its purchase may come: "the tentative offer by British Petroleum of
 * North America <BP> to buy the company" puts eleven tokens between them. */
const PURCHASE_WINDOW = 12;

/** How far the purchase's object may run: "to pay 101 mln dlrs for all of Resorts International's class B
 * shares" ends twelve tokens after "pay". */
const PURCHASED_WINDOW = 15;

/** Is this token what a firm is bought as: its shares, a stake, the company, or a company's name? */
function isCorporateObject(token: Token): boolean {
  return CORPORATE_HEADS.has(token.lower) || COMPANY_SUFFIXES.has(token.text);
}

/**
 * Is this an agreement, an offer or talks whose act is buying shares, a stake or a company? "Developer Donald
 * Trump has agreed to pay 101 mln dlrs for all of Resorts International's class B shares", "the tentative offer
 * by British Petroleum of North America <BP> to buy the company", "U.S. Bancorp and Old National reached a
 * definitive agreement covering the acquisition of all the stock": business, whoever makes it (a person, or a
 * firm whose name holds a country or a region, escape the checks on firms). A state buying goods ("Greece has
 * agreed to buy … Spanish corn") is trade and stays.
 */
function isCorporatePurchase(doc: Doc, draft: Draft): boolean {
  if (!PURCHASE_DEAL_CODE.test(draft.code)) return false;
  const tokens = doc.layers.tokens ?? [];
  const sentence = doc.layers.sentences?.[draft.sentence];
  if (!sentence) return false;
  const verb = tokenAt(tokens, draft.verb.start);
  const last = Math.min(sentence.tokenEnd, verb + PURCHASE_WINDOW + 1);
  for (let i = verb + 1; i < last; i++) {
    const token = tokens[i]!;
    if (token.lower === ';') return false;
    if (CORPORATE_ACTS.has(token.lower)) return true;
    if (!PURCHASE_WORDS.has(token.lower)) continue;
    // What is bought follows within its phrase ("to buy the company", "for all of … class B shares"); a comma
    // ends it ("to buy … Spanish corn, a spokesman for Cargill's Spanish unit said").
    for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + PURCHASED_WINDOW); k++) {
      if (tokens[k]!.lower === ',' || tokens[k]!.lower === ';') break;
      if (isCorporateObject(tokens[k]!)) return true;
    }
    // "the shares he has agreed already to buy": the object of a relative clause stands before its subject.
    for (let k = verb - 1; k >= Math.max(sentence.tokenStart, verb - 5); k--)
      if (isCorporateObject(tokens[k]!)) return true;
    return false;
  }
  return false;
}

/** Nouns of a kind of place that a definite article makes stand for one named before ("the city's mayor"). */
const PLACE_ANAPHORS = new Set(
  [...PLACE_KIND_NOUNS].filter((noun) => noun !== 'country' && noun !== 'state'),
);

/** Voices of a country that are not its state's or its own bodies': the press, the opposition, its people. */
const INDEPENDENT_VOICES = new Set(['MED', 'OPP', 'CVL']);

/**
 * Does a speaker state its own act: the same country or group, and not its press, opposition or people telling of
 * another of its actors ("Ukraine says it shot down 57 drones" is Ukraine's own word; "Israel is considering a
 * ground operation, according to Israeli media" is the media's)?
 */
function speaksFor(speaker: SlotActor, source: SlotActor): boolean {
  if (actorKey(speaker) !== actorKey(source)) return false;
  const independent = speaker.roles.find((role) => INDEPENDENT_VOICES.has(role));
  return independent === undefined || source.roles.includes(independent);
}

/** Words after an envoy summoned (the parse may end the object with them) that call the envoy back home. */
const HOMEWARD = new Set(['home', 'back']);

/** Roles of authorities that act where they sit: a court or the police "in" a city are its country's. */
const SEATED_ROLES = new Set(['JUD', 'COP']);

/** Verbs of a purpose that money serves: "a loan to help Brazil", "dlrs to support a project". */
const PURPOSE_AID_VERBS = new Set(['help', 'assist', 'aid', 'support', 'finance', 'fund', 'back']);

/** Heads of a sum of money or of a loan, lent, given, asked for or needed. */
const MONEY_HEADS = new Set(
  (
    'loan loans credit credits dlr dlrs dollars marks yen francs sdrs stg pounds aid assistance financing ' +
    'investment investments funds grant grants package money liquidity'
  ).split(' '),
);

/** Verbs by which money is given, whose purpose is the giver's help when nothing else codes the gift. */
const GIVING_VERBS = new Set([
  'provide',
  'give',
  'grant',
  'lend',
  'loan',
  'extend',
  'offer',
  'pledge',
  'donate',
]);

/** Nouns of what may come, whose "of" phrase names an act that has not happened: "the risk of Iranian attack". */
const POSSIBILITY_NOUNS = new Set(
  (
    'event case risk risks threat threats possibility possibilities danger dangers prospect prospects fear fears ' +
    'chance chances likelihood spectre specter'
  ).split(' '),
);

/**
 * The noun of possibility whose "of" governs the act named from `left`, if any: "in the event of any U.S. strike
 * against Iran", "The risk of Iranian attack on U.S. Warships … is rated by diplomats as low". Such an act is
 * hypothetical, whatever the clause around it asserts.
 */
function possibilityBefore(tokens: readonly Token[], left: number): string | null {
  let i = left - 1;
  // "of any U.S. strike": a determiner or a name may open the phrase before where the act's modifiers begin.
  while (i >= 0 && i >= left - 3 && tokens[i]!.lower !== 'of') {
    const pos = tokens[i]!.pos;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PROPN') return null;
    i--;
  }
  if (i < 1 || tokens[i]!.lower !== 'of') return null;
  const noun = tokens[i - 1]!.lower;
  return POSSIBILITY_NOUNS.has(noun) ? noun : null;
}

/** Roles of a protester that speaks for a state: its government and those who hold its offices. */
const OFFICIAL_ROLES = new Set(['GOV']);

/**
 * A state protesting is lodging a formal complaint (114), not taking to the streets (141), as the pattern
 * dictionary's note on `protest` says: "France today protested over Canada's decision to declare its ports off
 * limits", "The French government strongly protests against the closing of Canadian ports", "Indonesia … has
 * protested against the EC plan". A source named as a country, a capital, a government or its officials, or an
 * organisation of states; people named by their nationality ("Thousands of Israelis protested") or by a role
 * other than government ("Spanish farmers have been protesting") still demonstrate.
 */
function formalProtest(draft: Draft): Draft {
  if (draft.code !== '141' || draft.pattern !== 'protest') return draft;
  const { roles, knownGroup, code, mention } = draft.source;
  const official =
    roles.length > 0
      ? roles.every((role) => OFFICIAL_ROLES.has(role))
      : knownGroup !== null ||
        code.startsWith('IGO') ||
        mention.via === 'name' ||
        mention.via === 'capital' ||
        mention.via === 'metonym' ||
        mention.via === 'alias';
  return official ? { ...draft, code: '114', rules: [...draft.rules, 'formal-protest:114'] } : draft;
}

/**
 * "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS", "Russia withdrew from the Council of
 * Europe": a state that leaves an organisation reduces its relations with it (160, as leaving a treaty or a
 * union does); it retreats from no battlefield (0874).
 */
function leftOrganisation(draft: Draft): Draft {
  if (draft.code !== '0874' || draft.target?.mention.kind !== 'organisation') return draft;
  return { ...draft, code: '160', rules: [...draft.rules, 'left-organisation:160'] };
}

/**
 * "Two journalists were killed in an Israeli strike on a hospital": people who fell in an attack were not singled
 * out; the attack killed them (190), it assassinated no one (186). A killing with an agent ("were shot dead by
 * gunmen") or a subject ("Israel killed Hezbollah's chief of staff") keeps its reading.
 */
function fellInAttack(draft: Draft): Draft {
  if (draft.code !== '186' || !draft.rules.includes('passive:attack-agent')) return draft;
  return { ...draft, code: '190', rules: [...draft.rules, 'fell-in-attack:190'] };
}

/**
 * "The minister said Indonesia should hold three months' supply": a government saying what its own country
 * should do states a domestic policy; it demands nothing of anyone. A demand read from the tone of the content
 * (no demand verb) whose target is the source's own country as a whole is a statement (010).
 */
function ownCountryPolicy(draft: Draft): Draft {
  const target = draft.target;
  if (
    !target ||
    target.roles.length > 0 ||
    target.country === null ||
    target.country !== draft.source.country ||
    !draft.code.startsWith('10') ||
    !draft.rules.includes('tone:demand') ||
    draft.rules.some((rule) => rule.startsWith('pattern:'))
  )
    return draft;
  return { ...draft, code: '010', rules: [...draft.rules, 'own-country:010'] };
}

/** Codes of demands: a demand noun's target is someone asked, never a thing. */
const DEMAND_CODE = /^10/;
/** Heads that name a state or its members, which a demand may be made of with no mention on the head. */
const STATE_NOUNS = new Set([
  'state',
  'states',
  'country',
  'countries',
  'nation',
  'nations',
  'member',
  'members',
]);

/** Is the head at `head` a thing: no actor's name, no state and no people ("goods", "reserves", "soybeans")? */
function namesThing(tokens: readonly Token[], head: number, mentionTokens: ReadonlySet<number>): boolean {
  const token = tokens[head]!;
  if (mentionTokens.has(head) || token.pos === 'PROPN') return false;
  return !STATE_NOUNS.has(token.lower) && !namesPeople(token);
}

/** Words that make a time the start or end of a period: "from April 1", "until June", "effective March 1". */
const PERIOD_BOUNDS = new Set(['from', 'until', 'till', 'through', 'effective', 'starting', 'beginning']);

/** Verbs of a one-sided pledge: what they promise is a course of the speaker's own unless it names another. */
const PLEDGE_VERBS = new Set(['pledge', 'promise', 'vow', 'assure', 'undertake', 'offer']);

/** Nouns of an accord or a meeting, whose parties a pledge may be made to. */
const ACCORD_WORDS = new Set(
  'agreement accord pact treaty deal talks summit meeting negotiations understanding'.split(' '),
);

/** Modals of a clause that tells rather than asks: "could be close", "would be ready", "may have to give up". */
const INDICATIVE_MODALS = new Set(['could', 'may', 'might', 'would', 'will', 'can', "'ll", 'wo', 'ca']);

/**
 * Is the clause's verb in the indicative: a modal of telling, a tensed auxiliary ("is keeping", "was"), or an
 * inflected form ("suggests", "engaged")? A bare form after a subject ("that Nakasone make efforts", "that the
 * buffer stock have a maximum share") or "should" is the subjunctive of a proposal.
 */
function isIndicative(tokens: readonly Token[], clause: Clause): boolean {
  const verb = clause.verb;
  if (verb.modal) return INDICATIVE_MODALS.has(verb.modal);
  for (let i = verb.tokenStart; i < verb.head; i++) if (tokens[i]!.pos === 'AUX') return true;
  const head = tokens[verb.head]!;
  return head.lower !== head.lemma.toLowerCase();
}

/** Objects of force that labour also launches: a strike. */
const LABOUR_STRIKES = new Set(['strike', 'strikes']);

/**
 * Words before "strike" that only a work stoppage takes: "an indefinite national strike", "a nine-day strike", "a
 * one and a half day strike", "a 24-hour general strike", "a token strike". Strikes of force are "air", "missile",
 * "retaliatory", "limited" or "pre-emptive".
 */
const LABOUR_STRIKE_MODIFIERS = new Set([
  'general',
  'national',
  'nationwide',
  'indefinite',
  'token',
  'warning',
  'wage',
  'labour',
  'labor',
  'sympathy',
  'rolling',
  'day',
  'hour',
  'week',
]);

/**
 * Does the strike phrase name a work stoppage by its modifiers ("began an indefinite national strike"), whoever
 * is said to strike ("Brazil's 700,000 bankworkers", "Spanish dockers")?
 */
function namesLabourStrike(tokens: readonly Token[], phrase: Phrase): boolean {
  for (let i = phrase.tokenStart; i < phrase.head; i++) {
    const token = tokens[i]!;
    if (LABOUR_STRIKE_MODIFIERS.has(token.lower) || LABOUR_STRIKE_MODIFIERS.has(token.lemma.toLowerCase()))
      return true;
  }
  return false;
}

/** Heads of a "with" phrase that names the subjects themselves: "met with each other", "with one another". */
const RECIPROCAL_HEADS = new Set(['other', 'another']);

/**
 * Words of force that a state may decline to rule out: "the use of force", "military action". Retaliation and
 * intervention are as often in trade and currencies ("refused to rule out Japanese retaliation", "central bank
 * intervention").
 */
const FORCE_OPTIONS = new Set(
  'force military airstrike airstrikes attack attacks invasion nuclear weapons bombing'.split(' '),
);
/** "a strike on Syria": a strike is force only aimed at someone (a labour strike is not). */
const AIMED_FORCE = new Set(['strike', 'strikes']);

/** Is the clause "rule out" or "exclude" with force as its object ("the use of force", "military action")? */
function rulesOutForce(tokens: readonly Token[], clause: Clause): boolean {
  const object = clause.objects[0];
  if (!isRulingOut(clause) || !object) return false;
  let end = object.tokenEnd;
  const of = clause.preps.find((prep) => prep.prep === 'of' && prep.tokenIndex === object.tokenEnd);
  if (of) end = of.phrase.tokenEnd;
  for (let i = object.tokenStart; i < end; i++) {
    const lower = tokens[i]!.lower;
    if (FORCE_OPTIONS.has(lower)) return true;
    const next = tokens[i + 1]?.lower;
    if (AIMED_FORCE.has(lower) && (next === 'on' || next === 'against')) return true;
  }
  return false;
}

/**
 * Is a verb group's act done: in the perfect ("has cancelled") or the simple past ("pledged", "proposed", "sought"),
 * with no modal? A past spelled like its base ("cut", "set") says nothing of the tense; a participle ("talks
 * proposed for May") or an infinitive is no finite past.
 */
function isDone(tokens: readonly Token[], verb: VerbGroup): boolean {
  if (isPerfect(tokens, verb)) return true;
  if (verb.modal || verb.infinitive || verb.participle || verb.passive) return false;
  for (let i = verb.tokenStart; i < verb.head; i++) if (tokens[i]!.pos === 'AUX') return false;
  const head = tokens[verb.head]!;
  return head.lower !== head.lemma.toLowerCase() && isPastForm(head);
}

/** Words before "as" that make it no characterisation: "such as", "as well as", "so as to". */
const NOT_CHARACTERISING_AS = new Set(['such', 'well', 'so', 'just', 'same']);

/**
 * Is the noun at `i` what something is called in an "as" phrase ("criticised U.S. tariffs as blackmail",
 * "denounced the sanctions as an act of war", "dismissed the report as propaganda")? A name given to an act is no
 * act of the one who gives it.
 */
function isCharacterisation(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= Math.max(sentenceStart, i - 6); k--) {
    const token = tokens[k]!;
    if (token.lower === 'as') {
      const before = tokens[k - 1];
      return k > sentenceStart && !!before && !NOT_CHARACTERISING_AS.has(before.lower);
    }
    const modifier =
      token.pos === 'DET' ||
      token.pos === 'ADJ' ||
      token.pos === 'NUM' ||
      token.pos === 'NOUN' ||
      token.pos === 'PROPN' ||
      token.lower === 'of';
    if (!modifier) return false;
  }
  return false;
}

/** "Russian drones violated its airspace": "its" before the object of agents named in the plural, who cannot own it. */
function pluralAgentsOwnPhrase(tokens: readonly Token[], clause: Clause, owned: Phrase | undefined): boolean {
  return (
    !!owned &&
    tokens[owned.tokenStart]!.lower === 'its' &&
    clause.subject !== null &&
    !clause.verb.passive &&
    isPluralNoun(tokens[clause.subject.head]!)
  );
}

/**
 * Is the regret over or at what another actor did ("expressed regret over the EU decision", "at Japan's
 * remarks")? That disapproves of it (110); regret "for" one's own act, or over an incident, apologises (055).
 */
function regretsOthersAct(match: VerbMatch, targets: readonly SlotActor[]): boolean {
  const phrase = match.targetPhrase;
  if (!phrase || (match.targetSlot !== 'over' && match.targetSlot !== 'at')) return false;
  return targets.some(({ mention }) => mention.tokenEnd <= phrase.head);
}

/**
 * A weapon with no country as the target: what is shot down or struck is the force of whoever sent it (---MIL),
 * but an appeal, a ban or a statement about weapons is aimed at no one ("Denmark's Prime Minister called for a
 * ban on drone flights").
 */
function weaponTarget(draft: Draft): SlotActor | null {
  const target = draft.target!;
  const unowned = target.country === null && target.knownGroup === null;
  return unowned && !MATERIAL_CONFLICT_ROOTS.test(draft.code) ? null : target;
}

/** Words of a telephone or video line: "by telephone", "in a phone call", "over a video link". */
const PHONE_WORDS = new Set(['phone', 'telephone', 'videoconference', 'video']);

/**
 * Is the consultation held by telephone ("Putin and Trump discussed a summit by telephone", "met in a video
 * call")? That is 041, not a meeting.
 */
function heldByPhone(tokens: readonly Token[], clause: Clause): boolean {
  return clause.preps.some(
    ({ prep, phrase }) =>
      (prep === 'by' || prep === 'over' || prep === 'in' || prep === 'via') &&
      tokens.slice(phrase.tokenStart, phrase.tokenEnd).some((token) => PHONE_WORDS.has(token.lower)),
  );
}

/** Is a verb group in the perfect ("has cancelled", "had agreed"), with no modal ("will have met")? */
function isPerfect(tokens: readonly Token[], verb: VerbGroup): boolean {
  if (verb.modal) return false;
  for (let i = verb.tokenStart; i < verb.head; i++) {
    const token = tokens[i]!;
    if (token.pos === 'AUX' && (token.lower === 'has' || token.lower === 'have' || token.lower === 'had'))
      return true;
  }
  return false;
}

/** Does the clause's object or a phrase of it say "each other" or "one another" ("blamed each other for …")? */
function namesEachOther(tokens: readonly Token[], clause: Clause): boolean {
  return [...clause.objects, ...clause.preps.map((prep) => prep.phrase)].some(
    (phrase) =>
      RECIPROCAL_HEADS.has(tokens[phrase.head]!.lower) &&
      (tokens[phrase.tokenStart]!.lower === 'each' || tokens[phrase.tokenStart]!.lower === 'one'),
  );
}

/**
 * Does the clause, or the clause whose subject an infinitive of it shares ("met with Baldrige to discuss …"),
 * name a party the act is done with: a "with" phrase that is not "each other"?
 */
function namesCounterpart(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[]): boolean {
  const withOther = (candidate: Clause) =>
    candidate.preps.some(
      (prep) => prep.prep === 'with' && !RECIPROCAL_HEADS.has(tokens[prep.phrase.head]!.lower),
    ) ||
    (candidate.verb.particle === 'with' && candidate.objects.length > 0);
  if (withOther(clause)) return true;
  const parent = clause.parent !== null ? clauses[clause.parent] : undefined;
  return !!parent && clause.subjectInherited && clause.kind === 'infinitive' && withOther(parent);
}

/** Livestock and other animals, whose slaughter or killing is farming or disease control, not violence. */
const ANIMALS = new Set(
  'pig pigs hog hogs cattle cow cows sheep lamb lambs calf calves chicken chickens poultry bird birds animal animals livestock herd herds'.split(
    ' ',
  ),
);

/**
 * Codes whose nouns of force ("operations", "war", "intervention") also have a sense of business or markets. 087
 * is here for halting them: "U.S. Lines planned to suspend operations", "ordered banks to cease foreign exchange
 * operations", "asked the United States to suspend operations at one of the American military bases" stop a
 * firm's or a base's work, not fighting. 062 is here for taking part in them: "Peru did not want to participate in
 * speculative operations with silver" joins a market, no joint military operation.
 */
const FORCE_SENSE_ROOTS = /^(062|087|13|15|18|19|20)/;

/**
 * Is the force noun heading `phrase` used in its business or market sense by these sources: a firm's
 * "operations", a "trade war", a central bank's "intervention"?
 */
function isCivilSenseOfForce(doc: Doc, code: string, phrase: Phrase, sources: readonly SlotActor[]): boolean {
  if (!FORCE_SENSE_ROOTS.test(code)) return false;
  const tokens = doc.layers.tokens ?? [];
  const sentence = (doc.layers.sentences ?? []).find(
    (candidate) => candidate.tokenStart <= phrase.head && candidate.tokenEnd > phrase.head,
  );
  const roles = sources.map((source) => source.roles);
  return (
    (!!sentence && namesBusinessOperation(tokens, phrase.tokenStart, phrase.head, sentence, roles)) ||
    namesEconomicWar(tokens, phrase.tokenStart, phrase.head) ||
    namesMarketIntervention(tokens, phrase.tokenStart, phrase.head, phrase.tokenEnd, roles)
  );
}

/**
 * The noun a time expression modifies, naming what an act is about rather than when it happened (its token
 * index), or -1. It is the noun after a possessive time ("tomorrow's vote", "Monday's attack"), after a time
 * between a possessive and a noun ("its January decision"), or, after the act's verb, after a time between a
 * determiner or an adjective and a noun, a name possibly between ("discuss the June Venice summit", "gave
 * firms an October deadline", "prior to its scheduled June session", "violations of a September 1986
 * agreement"). Before the verb the noun may be the act's own frame: "under a February 21 deal, Trump agreed".
 */
function modifiedNoun(tokens: readonly Token[], time: TimeExpression, verb: Span): number {
  const first = tokenAt(tokens, time.start);
  let next = tokenAt(tokens, time.end - 1) + 1;
  const possessive = tokens[next] !== undefined && POSSESSIVE_MARKS.has(tokens[next]!.text);
  if (possessive) next++;
  if (tokens[next]?.pos === 'PROPN' && !tokens[next]!.sentenceStart) next++;
  const before = tokens[first - 1];
  const after = tokens[next];
  if (!after || after.sentenceStart || after.pos !== 'NOUN') return -1;
  if (possessive) return next;
  if (!before) return -1;
  if (POSSESSIVE_MARKS.has(before.text) || OWNER_PRONOUNS.test(before.lower)) return next;
  if (time.start <= verb.start) return -1;
  if (before.pos === 'DET' || before.pos === 'ADJ') return next;
  // "its scheduled June session": a participle that a determiner opens, not the act's verb ("accused Monday …").
  const opener = tokens[first - 2];
  const participle =
    before.pos === 'VERB' &&
    before.lower.endsWith('ed') &&
    before.start >= verb.end &&
    opener !== undefined &&
    (opener.pos === 'DET' || OWNER_PRONOUNS.test(opener.lower));
  return participle ? next : -1;
}

const OWNER_PRONOUNS = /^(his|her|its|their|our)$/;

/**
 * Is a date after the publication date? A day must be two or more days later: a dateline a day after the
 * wire's date ("March 2 - …" filed on March 1) is the time zones, not the future.
 */
/**
 * Is a weekend dated by its week the one to come? "Bangemann, who flies to Washington this weekend", written on a
 * Friday: the week holds the day of writing, but its Saturday is ahead.
 */
function isWeekendAhead(date: string, rule: string | undefined, published: string): boolean {
  return rule === WEEKEND_RULE && addDays(date, 5) > published;
}

function isAfterPublication(date: string, granularity: Granularity, published: string): boolean {
  if (granularity !== 'day') return date > published;
  return Date.parse(date) - Date.parse(published) >= 2 * 86_400_000;
}

const isModifier = (token: Token) =>
  token.pos === 'DET' ||
  token.pos === 'ADJ' ||
  token.pos === 'PROPN' ||
  token.pos === 'NUM' ||
  POSSESSIVE_MARKS.has(token.text) ||
  token.text === '-' ||
  (token.pos === 'PRON' && /^(his|her|its|their|our)$/.test(token.lower));

/**
 * Is token `i` in one of the clause's objects or in the "of" phrases that complete it ("blocked a new package |
 * of EU sanctions")?
 */
function inObjectWithOfChain(clause: Clause, i: number): boolean {
  return clause.objects.some((object) => {
    if (object.tokenStart > i) return false;
    let end = object.tokenEnd;
    for (const prep of clause.preps)
      if (prep.prep === 'of' && prep.tokenIndex === end) end = prep.phrase.tokenEnd;
    return i < end;
  });
}

/**
 * The phrases of a clause's target slots with the place and "of" phrases that complete each: "for the
 * shootings | in Charleston", "over the deaths | of sailors | in Nepal".
 */
function slotPhraseChain(clause: Clause, slots: readonly string[]): Phrase[] {
  const found: Phrase[] = [];
  let chainEnd = -1;
  for (const prep of clause.preps) {
    if (prep.tokenIndex === chainEnd && (prep.prep === 'of' || LOCATIVE.has(prep.prep))) {
      found.push(prep.phrase);
      chainEnd = prep.phrase.tokenEnd;
      continue;
    }
    chainEnd = -1;
    if (!slots.includes(prep.prep)) continue;
    found.push(prep.phrase);
    chainEnd = prep.phrase.tokenEnd;
  }
  return found;
}

/**
 * Token ranges of the content's place phrases ("on the East Coast of the U.S."), with the "of" phrases that
 * complete them.
 */
function locativeRanges(tokens: readonly Token[], content: readonly Clause[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of content) {
    let open: [number, number] | null = null;
    for (const prep of part.preps) {
      if (open && prep.prep === 'of' && prep.tokenIndex === open[1]) {
        open[1] = prep.phrase.tokenEnd;
        continue;
      }
      open = null;
      // "launched a fresh offensive today north of Baghdad", "on the outskirts of Kabul": a place too.
      if (prep.prep === 'of' && OF_PLACE_NOUNS.has(tokens[prep.tokenIndex - 1]?.lower ?? '')) {
        open = [prep.tokenIndex - 1, prep.phrase.tokenEnd];
        ranges.push(open);
        continue;
      }
      if (!CONTENT_LOCATIVE.has(prep.prep)) continue;
      open = [prep.tokenIndex, prep.phrase.tokenEnd];
      ranges.push(open);
    }
  }
  return ranges;
}

/** "wants Putin to attack", "urged the bloc to send": the infinitive's subject is the governor's object. */
function isAskedOfObject(clause: Clause, governor: Clause): boolean {
  const subject = clause.subject;
  return (
    clause.kind === 'infinitive' &&
    clause.subjectInherited &&
    subject !== null &&
    governor.objects.some(
      (object) => object.tokenStart === subject.tokenStart && object.tokenEnd === subject.tokenEnd,
    )
  );
}

/**
 * Is the actor only the place named in a locative phrase of the subject, not its head? "The meeting in Qatar
 * had reaffirmed the six Gulf Arab countries' commitment": the meeting reaffirmed, Qatar is where it met.
 */
function isPlaceInSubject(tokens: readonly Token[], actor: SlotActor, subject: Phrase): boolean {
  const mention = actor.mention;
  if (mention.kind !== 'country' && mention.kind !== 'region') return false;
  if (isPlaceBeforeClause(tokens, mention, subject)) return true;
  if (mention.tokenStart <= subject.head && mention.tokenEnd > subject.head) return false;
  // "Republicans in Congress" are its members; "mine owners in Malaysia" are its people.
  if (namesPeople(tokens[subject.head]!)) return false;
  for (let i = mention.tokenStart - 1; i >= subject.tokenStart; i--) {
    const token = tokens[i]!;
    if (token.pos === 'ADP') return CONTENT_LOCATIVE.has(token.lower);
  }
  return false;
}

/** Verbs whose object is a place one goes to: "visited Washington to explain Brazil's move". */
const PLACE_VISITING_VERBS = new Set(['visit', 'tour']);

/**
 * Is the subject the parse gave a clause a place that ends the phrase before it, so that the clause's real
 * subject is elsewhere? "while Funaro is in Washington holding talks with creditors", "FOSFA, in London said",
 * "Martinez Cuenca said in London producers cannot afford …", "Funaro and … Gros last week visited Washington
 * to explain Brazil's move": the object of a locative preposition or of a visit opens the subject; no subject
 * stands after a preposition, and the one who visits is the one who explains. A comma after the place makes it
 * a setting and keeps the clause's own subject apart ("In Malaysia, trade officers … said").
 */
function isPlaceBeforeClause(tokens: readonly Token[], mention: Mention, subject: Phrase): boolean {
  if (mention.tokenStart !== subject.tokenStart || tokens[mention.tokenEnd]?.text === ',') return false;
  const before = tokens[subject.tokenStart - 1];
  if (!before || tokens[subject.tokenStart]!.sentenceStart) return false;
  if (before.pos === 'ADP') return LOCATIVE.has(before.lower);
  return before.pos === 'VERB' && PLACE_VISITING_VERBS.has(before.lemma);
}

/** Prepositions after a noun that name what it is aimed at or for: "the drain on the Saudis", "the money for …". */
const AIM_PREPOSITIONS = new Set([
  'on',
  'for',
  'to',
  'with',
  'against',
  'about',
  'over',
  'into',
  'toward',
  'towards',
]);

/**
 * Is the actor only what a subject's thing is aimed at ("the drain on the Saudis will continue, forcing them to cut
 * output", "the money for Canadian mineral projects")? A thing headed by no actor and by no word for people does
 * not act through the actor after its "on", "for" or "with".
 */
function isAimOfSubject(
  tokens: readonly Token[],
  actor: SlotActor,
  subject: Phrase,
  inMention: (tokenIndex: number) => boolean,
): boolean {
  const mention = actor.mention;
  if (mention.tokenStart <= subject.head || inMention(subject.head)) return false;
  const head = tokens[subject.head]!;
  if (head.pos !== 'NOUN' || namesPeople(head)) return false;
  for (let i = mention.tokenStart - 1; i > subject.head; i--) {
    const token = tokens[i]!;
    if (token.pos === 'ADP') return i === subject.head + 1 && AIM_PREPOSITIONS.has(token.lower);
  }
  return false;
}

/** Roots of speech verbs' patterns ("agree" 03, "warn" 13) that a "that" clause about no actor makes an opinion. */
const OPINION_PRONE_ROOTS = /^(03|13)/;

/**
 * A country or organisation named as a whole ("the United States", "Washington", "the EC"), or its government;
 * not its people ("two Iranians"), who can be charged at law.
 */
function isStateAsAWhole(tokens: readonly Token[], actor: SlotActor): boolean {
  if (actor.country === null && actor.knownGroup === null) return false;
  // "the government", "Washington" stand for the state; "three Russian diplomats" are people.
  if (actor.roles.length > 0)
    return (
      !actor.mention.person &&
      !namesPeople(tokens[actor.mention.tokenEnd - 1]!) &&
      actor.roles.every((role) => role === 'GOV')
    );
  const via = actor.mention.via;
  return via === 'name' || via === 'capital' || via === 'metonym' || via === 'alias';
}

/** Verbs of a battle's toll: the dead (190 by the `kill` pattern) and the wounded beside them. */
const TOLL_WOUNDING = new Set(['wound', 'injure']);

/**
 * Is this a wounding counted with a killing, the toll of one fight? "Iraq said its forces killed or wounded 15,000
 * Iranian Revolutionary Guards", "Iranian forces … killed or wounded 1,500 Iraqi soldiers": the killing is the act
 * (190, with the wounded as its target); the wounding beside it is no assault (182) of its own.
 */
function isTollOfKilling(tokens: readonly Token[], draft: Draft): boolean {
  if (!draft.code.startsWith('18')) return false;
  const verb = tokenAt(tokens, draft.verb.start);
  if (!TOLL_WOUNDING.has(tokens[verb]?.lemma ?? '')) return false;
  const joined = (conjunction: number, other: number) =>
    (tokens[conjunction]?.lower === 'or' || tokens[conjunction]?.lower === 'and') &&
    tokens[other]?.lemma === 'kill';
  return joined(verb - 1, verb - 2) || joined(verb + 1, verb + 2);
}

/**
 * Is this a court's act that is litigation, not politics? "The U.S. Court of Appeals … upheld a lower court
 * decision" reviews a ruling at law and supports no one (051–053); "a three-judge panel … had blocked the
 * merger", "a U.S. judge dismissed a lawsuit by …" rule between private parties. Sentences and arrests (17 and
 * up) stay, and so does a ruling aimed at a state.
 */
function isLitigation(draft: Draft): boolean {
  if (!draft.source.roles.includes('JUD')) return false;
  if (JUDICIAL_SUPPORT_CODE.test(draft.code)) return true;
  return draft.code < '17' && (draft.target === null || isPrivateParty(draft.target));
}

/**
 * Is this actor a person, named or by a bare word for people ("Shultz", "the food agency official")? "It" never
 * stands for one: in "It arrived in Ujungpandang today …, the food agency official said", "it" is the rice
 * shipment. An office named with its body ("a Foreign Ministry spokesman said it would …") may speak for the body.
 */
function isOnePerson(tokens: readonly Token[], actor: SlotActor): boolean {
  const { mention } = actor;
  if (mention.person) return true;
  return mention.tokenEnd - mention.tokenStart === 1 && namesPeople(tokens[mention.tokenStart]!);
}

/** A company: BUS and no other role, no organisation of states. */
function isFirm(actor: SlotActor): boolean {
  if (actor.knownGroup !== null || actor.code.startsWith('IGO')) return false;
  return actor.roles.length > 0 && actor.roles.every((role) => role === 'BUS');
}

/** A company or an unnamed party: no state, organisation or group of people a political event is about. */
function isPrivateParty(actor: SlotActor): boolean {
  if (actor.country === null && actor.knownGroup === null) return true;
  return actor.roles.length > 0 && actor.roles.every((role) => role === 'BUS');
}

/** Verbal support (praise, defence, rallying support): what a court does so to a ruling is judicial review. */
const JUDICIAL_SUPPORT_CODE = /^05[123]/;

/** Roots of verbal acts, aimed at someone: statements, appeals, intents, … demands, threats (01–13). */
const VERBAL_ROOTS = /^(0\d|1[0-3])/;
/** Demonstrations of force, coercion, assault, fighting and mass violence (15–20). */
const MATERIAL_CONFLICT_ROOTS = /^(1[5-9]|20)/;

/**
 * Is the target a role with no country that a first-person or "own" possessive makes the source's own side:
 * "our negotiators", "my officials", "its own banks"?
 */
function isOwnSide(tokens: readonly Token[], target: SlotActor): boolean {
  if (target.country !== null || target.knownGroup !== null) return false;
  const before = tokens[target.mention.tokenStart - 1];
  if (!before) return false;
  if (before.lower === 'our' || before.lower === 'my') return true;
  const owner = tokens[target.mention.tokenStart - 2];
  return before.lower === 'own' && !!owner && /^(his|her|its|their|our|my)$/.test(owner.lower);
}

/**
 * Are a violent act's agents, named only by a role with no country ("troops", "the destroyers"), the speaker's own
 * forces? So when the act strikes another country's side: "Chad's military high command said today troops killed
 * 1,269 Libyan soldiers" tells of Chad's own troops and accuses no one.
 */
function ownForces(draft: Draft, speakerCountries: ReadonlySet<string>): boolean {
  if (draft.source.country !== null || draft.source.knownGroup !== null || speakerCountries.size === 0)
    return false;
  const struck = draft.target?.country ?? null;
  return struck !== null && !speakerCountries.has(struck);
}

/** Prepositions that put a blow in or over a country's own ground: "shot down drones over Polish territory". */
const STRUCK_IN_PREPS = new Set(['over', 'in', 'into', 'inside', 'above', 'within']);

/**
 * "Polish Defence Minister Wladyslaw Kosiniak-Kamysz said NATO jets shot down Russian drones over Polish territory":
 * a blow struck at a foreign intruder in the speaker's own airspace, territory or waters (SOVEREIGN_SPACES) or at
 * one of its places defends it, and telling of it accuses no one (least of all the ally who struck). The victim
 * must be another country's: "Ukraine said Russian jets bombed Ukrainian towns" still accuses.
 */
function struckAtHome(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  places: readonly Place[],
  draft: Draft,
  speakerCountries: ReadonlySet<string>,
): boolean {
  const struck = draft.target?.country ?? null;
  if (struck === null || speakerCountries.has(struck) || !draft.clause) return false;
  return draft.clause.preps.some(({ prep, phrase }) => {
    if (!STRUCK_IN_PREPS.has(prep)) return false;
    const from = tokens[phrase.tokenStart]!.start;
    const to = tokens[phrase.tokenEnd - 1]!.end;
    if (places.some((place) => place.start >= from && place.end <= to && speakerCountries.has(place.country)))
      return true;
    return (
      SOVEREIGN_SPACES.has(tokens[phrase.head]!.lemma.toLowerCase()) &&
      phraseActors(tokens, mentions, phrase).some(
        (actor) => actor.country !== null && speakerCountries.has(actor.country),
      )
    );
  });
}

/** An actor named only by a role ("government forces", "police"): it can be accused of what it did. */
function isRoleAgent(actor: SlotActor): boolean {
  return actor.roles.length > 0 && actor.mention.via !== 'pronoun' && !actor.mention.guess;
}

function descendants(clause: Clause, clauses: readonly Clause[]): Clause[] {
  const found: Clause[] = [];
  const queue = [clause.index];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const other of clauses) {
      if (other.parent === parent && other.sentence === clause.sentence && !found.includes(other)) {
        found.push(other);
        queue.push(other.index);
      }
    }
  }
  return found;
}

function innermostClause(clauses: readonly Clause[], token: Token): Clause | undefined {
  let best: Clause | undefined;
  for (const clause of clauses) {
    if (
      clause.start <= token.start &&
      clause.end >= token.end &&
      (!best || clause.end - clause.start < best.end - best.start)
    )
      best = clause;
  }
  return best;
}

function sentenceOfToken(doc: Doc, i: number): number {
  return (
    (doc.layers.sentences ?? []).find((sentence) => sentence.tokenStart <= i && sentence.tokenEnd > i)
      ?.index ?? 0
  );
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function verbSpan(tokens: readonly Token[], clause: Clause): Span {
  return { start: tokens[clause.verb.head]!.start, end: tokens[clause.verb.tokenEnd - 1]!.end };
}

function toActor(text: string, actor: SlotActor): Actor {
  const mention: Mention = actor.mention;
  return {
    code: actor.code,
    country: actor.country,
    knownGroup: actor.knownGroup,
    roles: actor.roles,
    name: mention.name,
    text: text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
  };
}

/**
 * Confidence, 0–1: the base for the kind of evidence (a verb pattern 0.9, a speech act coded by its
 * content 0.8, a nominal event 0.7), less 0.15 for each actor that coreference guessed and 0.1 for a
 * missing target or a subject taken from another clause.
 */
function confidenceOf(
  source: SlotActor,
  target: SlotActor | null,
  standing: Standing | null,
  base: number,
): number {
  let confidence = base;
  if (source.mention.guess || source.rule === 'pronoun-speaker') confidence -= 0.15;
  if (target?.mention.guess) confidence -= 0.15;
  if (!target) confidence -= 0.1;
  if (standing?.frame) confidence -= 0.05;
  return Math.max(0.05, Math.min(1, confidence));
}

/** The key an actor is compared by: its known group, else its country, else its code. */
function actorKey(actor: SlotActor): string {
  return codeKey(actor);
}

function eventId(articleId: string, draft: Draft): string {
  return createHash('sha256')
    .update(
      [
        articleId,
        draft.sentence,
        draft.code,
        draft.source.code,
        draft.target?.code ?? '',
        draft.evidence.start,
        draft.evidence.end,
        draft.source.mention.start,
      ].join('|'),
    )
    .digest('hex')
    .slice(0, 16);
}

/**
 * The date of an event: a time expression of its own clause, else of the clauses that govern it (and
 * their -ing and adverbial clauses: "Speaking … last week, Putin told"), else one that belongs to no
 * clause ("In October, Moscow announced"), else the publication date.
 */
function eventDate(
  doc: Doc,
  draft: Draft,
  clauses: readonly Clause[],
): { date: string; granularity: Granularity; rule?: string } {
  const times = (doc.layers.times ?? []).filter((time) => time.sentence === draft.sentence);
  if (times.length === 0) return { date: doc.meta.published, granularity: 'day' };
  const own = draft.clause;
  const family = new Set<number>();
  for (
    let clause: Clause | undefined = own ?? undefined;
    clause;
    clause = clause.parent !== null ? clauses[clause.parent] : undefined
  ) {
    if (family.has(clause.index)) break;
    family.add(clause.index);
  }
  for (const clause of clauses) {
    if (
      clause.parent !== null &&
      family.has(clause.parent) &&
      (clause.kind === 'adverbial' ||
        (clause.kind === 'participle' &&
          isClauseAdjunct(clause, clauses[clause.parent]!, doc.layers.tokens ?? [])))
    )
      family.add(clause.index);
  }
  const sentenceClauses = clauses.filter((clause) => clause.sentence === draft.sentence);
  const tokens = doc.layers.tokens ?? [];
  const score = (time: TimeExpression): number => {
    // "reversed its January 1987 decision": a time between a possessive and a noun dates the noun, not the act
    // (unless the noun is the act itself: "the March 3 expulsion").
    const noun = modifiedNoun(tokens, time, draft.verb);
    if (noun >= 0 && tokens[noun]!.start !== draft.verb.start) return 9;
    // "offered a rise in wages from April 1", "extended the ban until June": the start or end of what the act
    // sets, not when it was done. A time right after another one is part of it ("from July next year").
    let openerIndex = tokenAt(tokens, time.start) - 1;
    for (let k = times.length - 1; k >= 0; k--) {
      const other = times[k]!;
      if (other.end <= time.start && tokenAt(tokens, other.end - 1) === openerIndex)
        openerIndex = tokenAt(tokens, other.start) - 1;
    }
    const opener = tokens[openerIndex];
    if (time.start > draft.verb.start && opener && PERIOD_BOUNDS.has(opener.lower)) return 9;
    // "said last month Thailand could …", "announced on Tuesday": a time right after the verb dates it.
    if (
      time.start >= draft.verb.end &&
      tokenAt(tokens, time.start) - tokenAt(tokens, draft.verb.end - 1) <= 2
    )
      return 0;
    // The innermost clause that holds the time is the one it dates: "The minister, who was appointed in 1979,
    // met Reagan on Monday" dates the appointment, not the meeting.
    let holder: Clause | undefined;
    for (const clause of sentenceClauses) {
      if (clause.start > time.start || clause.end < time.end) continue;
      if (!holder || clause.end - clause.start < holder.end - holder.start) holder = clause;
    }
    // A time no clause holds dates the act when it comes first ("In October, Moscow announced") or names its
    // day ("shelled positions in the capital, Beirut, on Tuesday"); a month or a year trailing the verb belongs to
    // an aside ("…, up from 3.7 pct in 1985", "because of a drop in oil income last year"), and so does a time
    // after "since" ("has not met the press since November 19").
    if (!holder) {
      if (time.end <= draft.verb.start) return 2;
      const since = tokens[tokenAt(tokens, time.start) - 1]?.lower === 'since';
      return time.granularity === 'day' && !since ? 2 : 9;
    }
    if (holder === own && time.start >= draft.evidence.start && time.end <= draft.evidence.end) return 0;
    if (family.has(holder.index)) return 1;
    return 9;
  };
  let best: TimeExpression | undefined;
  let bestScore = 9;
  for (const time of times) {
    const value = score(time);
    if (
      value < bestScore ||
      (value === bestScore &&
        best &&
        Math.abs(time.start - draft.verb.start) < Math.abs(best.start - draft.verb.start))
    ) {
      best = time;
      bestScore = value;
    }
  }
  return best
    ? { date: best.date, granularity: best.granularity, rule: best.rule }
    : { date: doc.meta.published, granularity: 'day' };
}

/**
 * Is an -ing clause an adjunct of its governing clause ("Speaking … last week, Putin told …", "Putin, speaking
 * in Moscow last week, told …"), whose time is the governor's? It is when it stands before the governor's
 * subject or right after it, or when a preposition introduces it ("by approving …"); after another noun
 * phrase it is a reduced relative of that noun ("a convoy carrying aid …"), unless the parser gave it the
 * governor's subject.
 */
function isClauseAdjunct(participle: Clause, governor: Clause, tokens: readonly Token[]): boolean {
  // "by approving … on February 18", "after absorbing …": an introduced -ing clause tells how or when.
  if (participle.introducer !== null) return true;
  const subject = governor.subject;
  if (!subject || governor.subjectInherited) return participle.end <= governor.start;
  // "a U.S. trader visited Tokyo last week requesting Japan buy more rice": an -ing clause the parser gave the
  // governor's subject tells what that subject did then.
  if (
    participle.subject?.tokenStart === subject.tokenStart &&
    participle.subject.tokenEnd === subject.tokenEnd
  )
    return true;
  const subjectStart = tokens[subject.tokenStart]!.start;
  const subjectEnd = tokens[subject.tokenEnd - 1]!.end;
  // ", speaking" after the subject: only the comma and a space between.
  return participle.end <= subjectStart || participle.start - subjectEnd <= 3;
}

/** The clause's "of" phrase that starts at token `at`, if any. */
function ofPhraseAt(clause: Clause, at: number): Clause['preps'][number] | undefined {
  return clause.preps.find((prep) => prep.prep === 'of' && prep.tokenIndex === at);
}

/**
 * Where an event happened: a place named in its own clause ("talks in Geneva"), or for a nominal event in
 * its phrase ("the expulsion … from its Brussels headquarters"). A place named in what a speaker said is
 * not where the speaking happened, and a name is a location only where the places stage read it as where
 * something is or happens (`LOCATION_CUES`): the countries that act ("Italy, Greece and Denmark supported",
 * "reached by Indonesia"), a mayor's city ("the governor of Basra accused") and a delegation's origin ("a
 * delegation from Moscow") are not where the act happened.
 */
function eventLocation(
  places: readonly Place[],
  draft: Draft,
  clauses: readonly Clause[],
  tokens: readonly Token[],
): EventRecord['location'] {
  const clause = draft.clause;
  const scope =
    clause && draft.verb.start >= clause.start && draft.verb.end <= clause.end ? clause : draft.evidence;
  // A relative clause inside the scope tells of another act and its place: "Mustapha, who leaves for Moscow on
  // Tuesday, met Mubarak", "Saddam, who presided over a meeting in Baghdad two days ago, visited Mosul today".
  const asides = clauses.filter(
    (other) =>
      other.kind === 'relative' && other !== clause && other.start >= scope.start && other.end <= scope.end,
  );
  const located = places.filter(
    (place) =>
      place.start >= scope.start &&
      place.end <= scope.end &&
      LOCATION_CUES.has(place.cue) &&
      !asides.some((aside) => place.start >= aside.start && place.end <= aside.end),
  );
  // "will visit Canada and Japan next week", "visit Denmark and Belgium": each visit goes to its own target's
  // place, not to the first of the list; a first place in the target's own country stays, being nearer
  // ("arrived in Alexandria last night for a visit to Egypt").
  const target = draft.target?.mention;
  const own = target && located.find((place) => place.start === target.start && place.end === target.end);
  const found = own && located[0] && located[0].country !== own.country ? own : located[0];
  const place =
    found ?? (isMainAct(clause, clauses) ? openingPlace(places, draft, clauses, tokens, scope) : undefined);
  return place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon } : null;
}

/** Does the sentence holding token `i` open with "In" or "At" ("In Paris, …", "At a meeting in Paris last month, …")? */
function opensWithLocative(tokens: readonly Token[], i: number): boolean {
  let first = i;
  while (first > 0 && !tokens[first]!.sentenceStart) first--;
  if (tokens[first]?.kind === 'punctuation') first++;
  return LOCATIVE.has(tokens[first]?.lower ?? '');
}

/** Is the clause a main clause, or an infinitive of one ("agreed to cooperate"): not what a clause reports? */
function isMainAct(clause: Clause | null | undefined, clauses: readonly Clause[]): boolean {
  let current = clause ?? undefined;
  while (current && current.kind === 'infinitive' && current.parent !== null)
    current = clauses[current.parent];
  return current !== undefined && current.parent === null;
}

/**
 * The place of a locative phrase that opens the sentence before a main clause and belongs to no clause ("In
 * Paris, Britain, Canada … agreed to cooperate", "In Washington, President Reagan said …"): as an opening time
 * dates the act (see `eventDate`), an opening place locates it. What the clause reports is not located by it.
 */
function openingPlace(
  places: readonly Place[],
  draft: Draft,
  clauses: readonly Clause[],
  tokens: readonly Token[],
  scope: { readonly start: number },
): Place | undefined {
  const sentenceClauses = clauses.filter((clause) => clause.sentence === draft.sentence);
  return places.find(
    (place) =>
      place.sentence === draft.sentence &&
      opensWithLocative(tokens, tokenAt(tokens, place.start)) &&
      place.end <= scope.start &&
      LOCATION_CUES.has(place.cue) &&
      place.cue !== 'event' &&
      !sentenceClauses.some((clause) => place.start >= clause.start && place.end <= clause.end),
  );
}

/**
 * Place cues that say where something is or happens: "in Geneva", "the city of Kharkiv", "travelled to Geneva",
 * "in Kyiv and Lviv", "east of Basra", "its Brussels headquarters", "the Paris summit", "Victoria, Seychelles".
 */
const LOCATION_CUES: ReadonlySet<PlaceCue> = new Set([
  'locative',
  'place-of',
  'motion',
  'list',
  'of',
  'site',
  'event',
  'comma-country',
  'seized',
]);

/** Is this head a reported figure or economic state ("outlooks", "exports"), by lemma or form? */
function isReportedFigure(head: Token): boolean {
  return REPORTED_FIGURE_HEADS.has(head.lemma.toLowerCase()) || REPORTED_FIGURE_HEADS.has(head.lower);
}
