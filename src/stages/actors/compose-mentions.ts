import type { EntryKind, MentionVia, Token } from '../../doc/layers.js';
import { composeActorCode, type ParsedActorCode } from '../../dictionaries/actor-code.js';
import { CALENDAR_WORDS } from '../places/locative-cues.js';
import type { PersonEntry } from '../../dictionaries/actor-schema.js';
import { groupCodeOn } from '../../dictionaries/person-code.js';
import { codeAsOf, slug, type ActorMatcher, type Unit } from './actor-matcher.js';
import { fitsPerson, STANCE_NOUNS, type UnitMatch } from './find-units.js';
import { regionMembers } from './region-members.js';
import { personOfTitledSurname } from './titled-surname.js';

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
  /**
   * The article's companies named after a country, by their first two words ("british printing" from "British
   * Printing and Communication Corp"): a later "British Printing said" is the company too. Filled as the
   * sentences are composed.
   */
  readonly companies: Set<string>;
  /**
   * Codes the article's titles gave people the dictionary has no office for that day, by entry: a later bare
   * "Miyazawa said" keeps the JPNGOV of "Japanese Finance Minister Kiichi Miyazawa". Filled as the sentences
   * are composed.
   */
  readonly titledPeople: Map<string, string>;
}

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
/**
 * "US-led", "Moscow-based", "Iranian-backed": the place modifies something that is not its government. "the
 * Iran-contra panel", "the Iran-contra affair" name the 1986 US scandal (arms sold to Iran, the profits to the
 * Nicaraguan contras), in which Iran does nothing.
 */
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
  'contra',
]);
/** "pro-Russia rebels", "anti-American protests": the country is the object of a stance, not the actor. */
const STANCE_PREFIXES = new Set(['pro', 'anti', 'non', 'ex']);

/**
 * Nouns of force and coercion: a country named before them is the one using it ("Israel tank shelling",
 * "US air strikes", "U.S. sanctions"), unlike "the Paris pact" or "the Iran arms initiative".
 */
export const ACTS_OF_FORCE = new Set(
  (
    'attack strike airstrike raid shelling shell bombing bomb bombardment barrage offensive invasion incursion ' +
    'assault fire gunfire missile rocket artillery mortar tank jet aircraft plane helicopter gunboat submarine ' +
    'torpedo shooting killing massacre ambush siege occupation blockade embargo sanction crackdown retaliation ' +
    'reprisal intervention action'
  ).split(' '),
);
/**
 * Nouns of what an actor puts forward or says: a name right before one alone is its author ("rejected the U.S.
 * proposal", "the US demands", "a Moscow offer"), unlike "the Iran arms initiative" or "the China trade deal".
 */
const AUTHORED_NOUNS = new Set(
  (
    'proposal counterproposal offer plan demand request ultimatum warning threat accusation allegation ' +
    'criticism pressure refusal rejection veto announcement statement suggestion bid appeal call condition ' +
    'position stance decision move overture invitation concession pledge promise'
  ).split(' '),
);
/** Is the compound that ends at `head` a transfer to a party named after it: "… arms sales to Taiwan"? */
function givenTo(tokens: readonly Token[], match: UnitMatch, head: number): boolean {
  const to = tokens[head + 1];
  const receiver = tokens[head + 2];
  if (!TRANSFER_NOUNS.has(tokens[head]!.lemma) || to?.lower !== 'to' || !receiver) return false;
  if (receiver.pos === 'NUM' || receiver.text === '$') return false;
  return receiver.text !== tokens[match.tokenStart]!.text;
}

/** Nouns of what one party gives, sells or sends to another: "the U.S. arms sales to Taiwan". */
const TRANSFER_NOUNS = new Set(
  'aid assistance support sale shipment delivery export loan credit grant supply transfer'.split(' '),
);
/** Role words that also modify a noun after them: "an association agreement", "association talks". */
const NOUN_MODIFYING_ROLES = new Set(['association']);
/** Nouns for a state's seat or leaders: "the Moscow leadership", "its Brussels headquarters". */
const INSTITUTION_NOUNS = new Set(['headquarters', 'leadership']);
/** Words that open a noun phrase before a modifying name: "the", "its", "Britain's". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

/**
 * Whether a determiner or a possessive stands before token `start`, across at most three modifiers ("the 1976
 * Berne Agreement", "the February 22 Paris accord", "the six nation Paris accord").
 */
function afterDeterminer(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && !tokens[k + 1]!.sentenceStart && isModifier(tokens[k]!)) k--;
  const token = tokens[k];
  if (!token || tokens[k + 1]!.sentenceStart) return false;
  return DETERMINERS.has(token.lower) || POSSESSIVES.has(token.text);
}

const isModifier = (token: Token) =>
  token.pos === 'ADJ' ||
  token.pos === 'NUM' ||
  (token.pos === 'NOUN' && token.text === token.lower) ||
  CALENDAR_WORDS.has(token.lower);

/** Currencies (lemmas): "French franc", "Canadian dollar" name money, not the state. */
export const CURRENCIES = new Set(
  (
    'franc mark dollar dlr euro yen pound lira peseta peso crown krona krone guilder schilling rouble ruble rupee ' +
    'yuan won rand escudo drachma dinar riyal rial shekel ringgit baht currency'
  ).split(' '),
);
/** Securities: "government bonds", "British equities" name paper traded in markets, not their issuer acting. */
const SECURITIES = new Set(
  'bond bonds securities gilts debentures treasuries equities bill bills note notes paper certificate certificates balances yields'.split(
    ' ',
  ),
);
/** Words that end a company's name: "Aluminum Co of America", "British Printing and Communication Corp". */
export const COMPANY_SUFFIXES = new Set(
  'Co Co. CO Corp Corp. CORP Corporation Company Inc Inc. INC Ltd Ltd. LTD Limited PLC Plc Bhd AG SA NV GmbH Holdings Industries'.split(
    ' ',
  ),
);
/**
 * Capitalised words for a company's trade that, right after a country adjective, make a company's name
 * ("Thai International", "British Airways", "Canadian Pacific", "British Petroleum").
 */
const COMPANY_NAME_WORDS = new Set(
  (
    'international airways airlines airline air petroleum oil gas steel telecom telecommunications motors ' +
    'pacific express shipping insurance electric chemical chemicals mining'
  ).split(' '),
);
/** Nouns of a part of a company, after the company's name: "RJ Reynolds Tobacco USA unit". */
const COMPANY_PART_NOUNS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'arm', 'branch']);
/** How many capitalised words may stand between a country and its company suffix ("American Express Co"). */
const MAX_COMPANY_WORDS = 5;

/** Nouns for one state: after a region ("the Gulf state") they name a country of it. */
const ONE_STATE_NOUNS = new Set([
  'state',
  'nation',
  'country',
  'kingdom',
  'emirate',
  'republic',
  'monarchy',
  'sultanate',
  'sheikhdom',
]);

const isCountryish = (unit: Unit) => unit.kind === 'country' || unit.kind === 'region';
const isCapitalised = (text: string) => /^\p{Lu}/u.test(text);

/**
 * "the Paris pact", "Iran arms initiative", "U.S. crushing industry": a capital or country name directly before
 * a common noun (a compound of nouns and -ing words ending in a noun) modifies it and names no actor, unless
 * the compound holds a role or another name ("U.S. trade officials") or an act of force ("US air strikes").
 */
function modifiesCommonNoun(
  tokens: readonly Token[],
  match: UnitMatch,
  nextStart: number,
  sentenceEnd: number,
): boolean {
  const via = match.unit.via;
  if (via !== 'capital' && via !== 'name' && via !== 'alias') return false;
  // Only inside a noun phrase ("the Paris pact", "its Iran policy"): a name that opens its clause is the
  // subject, whatever the tagger makes of the verb after it ("as Kyiv appeals for weapons").
  if (!afterDeterminer(tokens, match.tokenStart)) return false;
  // In a headline in capitals ("IRAN WARNS U.S.") the tagger cannot tell nouns from verbs.
  const after = tokens[match.tokenEnd];
  if (!after || after.text === after.text.toUpperCase()) return false;
  let k = match.tokenEnd;
  let lastNoun = -1;
  for (; k < sentenceEnd && k < nextStart; k++) {
    const token = tokens[k]!;
    if (token.pos === 'NOUN') lastNoun = k;
    else if (!(token.pos === 'ADJ' || (token.pos === 'VERB' && token.lower.endsWith('ing')))) break;
    if (ACTS_OF_FORCE.has(token.lemma) || INSTITUTION_NOUNS.has(token.lemma)) return false;
  }
  // A role or a name right after the compound belongs with the country ("U.S. trade officials").
  if (k === nextStart && lastNoun >= 0) return false;
  if (lastNoun === match.tokenEnd && AUTHORED_NOUNS.has(tokens[lastNoun]!.lemma)) return false;
  // "the U.S. arms sales to Taiwan", "the U.S. aid to Ukraine": what is given to someone is the giver's. Not a
  // level ("the U.S. milk price support to 10.60 dlrs") nor the affair named after the receiver ("the secret Iran
  // arms sales to Iran").
  if (lastNoun === k - 1 && lastNoun >= 0 && givenTo(tokens, match, lastNoun)) return false;
  return lastNoun === k - 1 && lastNoun >= match.tokenEnd;
}

/**
 * Nouns for a region's states, their people or the voices that speak for them, which a region may modify:
 * "Latin American debtor nations", "the Association of South-east Asian Nations", "Latin American coffee
 * producers" (in commodity news producers and consumers are mostly countries, which is why "producer" is no
 * role), "Western diplomatic sources", "Salomon Brothers Asia analyst" (whose words are reported, not asserted).
 */
const REGION_MEMBER_NOUNS = new Set([
  ...ONE_STATE_NOUNS,
  'member',
  'producer',
  'consumer',
  'debtor',
  'creditor',
  'partner',
  'ally',
  'neighbour',
  'neighbor',
  'source',
  'observer',
  'analyst',
  'expert',
  'economist',
]);
const COMPOUND_COORDINATORS = new Set(['and', 'or', '&']);
const isRegionMemberNoun = (token: Token) =>
  REGION_MEMBER_NOUNS.has(token.lemma) || REGION_MEMBER_NOUNS.has(token.lower.replace(/s$/, ''));
const isCompoundWord = (token: Token | undefined) =>
  token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ');

/**
 * "kept off Western markets", "European models rejected include …", "the Latin American debt problem",
 * "Gulf States Utilities Co", "the European Patent Office": a region is a bloc of states, not a country, so
 * before a compound of words that ends in a noun and names none of its states, peoples or roles it only says
 * where the thing is or comes from. Unlike `modifiesCommonNoun`, no article is needed and an adjective counts
 * ("Japanese goods" are Japan's; "Western markets" are nobody's), and so do capitalised words (a region opens
 * the names of many bodies that are not its governments). Kept: a name that holds its own head noun ("Gulf
 * Arab states", "Western countries"), a role or a name after the compound ("Western trade officials", "U.S.
 * and European farm trade and government representatives"), an act of force ("Western air strikes"), a
 * stance ("Latin American opposition to U.S. proposals") and what an actor puts forward ("a European
 * proposal").
 */
function regionModifiesNoun(
  tokens: readonly Token[],
  match: UnitMatch,
  nextStart: number,
  sentenceEnd: number,
): boolean {
  if (match.unit.kind !== 'region' || match.unit.via === 'demonym') return false;
  if (tokens[match.tokenEnd - 1]!.pos === 'NOUN') return false;
  const after = tokens[match.tokenEnd];
  if (match.tokenEnd >= sentenceEnd || !isCompoundWord(after) || after!.text === after!.text.toUpperCase())
    return false;
  let k = match.tokenEnd;
  let lastNoun = -1;
  for (; k < sentenceEnd && k < nextStart; k++) {
    const token = tokens[k]!;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') lastNoun = k;
    else if (COMPOUND_COORDINATORS.has(token.lower) && isCompoundWord(tokens[k + 1])) continue;
    else if (!(token.pos === 'ADJ' || (token.pos === 'VERB' && token.lower.endsWith('ing')))) break;
    // "the European counter-proposal", "Western air-strikes": a hyphenated compound is its last part.
    const lemma = token.lemma.slice(token.lemma.lastIndexOf('-') + 1);
    if (isRegionMemberNoun(token) || ACTS_OF_FORCE.has(lemma) || STANCE_NOUNS.has(token.lower)) return false;
    if (INSTITUTION_NOUNS.has(lemma) || AUTHORED_NOUNS.has(lemma)) return false;
  }
  if (k === nextStart && lastNoun >= 0) return false;
  return lastNoun === k - 1 && lastNoun >= match.tokenEnd;
}

/**
 * Head words of a state's bodies, offices and titles before "of": "the Government of Sweden", "the Republic
 * of Korea", "Emir of Kuwait" name the state (or its office), not a company.
 */
const STATE_HEADS = new Set(
  (
    'government governments republic kingdom state states federation union confederation commonwealth ' +
    'emirate emirates sultanate principality people peoples nation nations ministry ministries embassy ' +
    'embassies consulate parliament congress assembly senate council cabinet court army navy police president ' +
    'premier minister king queen prince princess emir sultan shah monarch crown ambassador consul governor ' +
    'mayor province city capital islands church party front movement delegation mission forces leader leaders ' +
    'bank'
  ).split(' '),
);
/** Initials and capitalised words that may make a company's name before "of": "L.M. Ericsson". */
const MAX_NAME_WORDS_BEFORE_OF = 4;

/**
 * Counts that open a sentence after a dateline, capitalised but no name: "SARAGOSSA, March 2 - Thousands of
 * Spanish farmers battled police", "BEIRUT - Scores of Syrian troops marched into …".
 */
const COUNT_WORDS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'billions']);

/**
 * "L.M. Ericsson of Sweden", "Electrolux of Sweden": a run of capitalised words right before "of" (at `last`)
 * that holds no dictionary name (no role such as "the Foreign Minister of Sweden", no person) and is no state
 * body ("the Republic of Korea"), written without an article ("the Bank of Canada"), names a company of the
 * country. `previousEnd` is where the unit before the country ends.
 */
function companyBeforeOf(tokens: readonly Token[], last: number, previousEnd: number): boolean {
  const head = tokens[last];
  if (!head || head.pos !== 'PROPN' || !isCapitalised(head.text) || STATE_HEADS.has(head.lower)) return false;
  if (COUNT_WORDS.has(head.lower)) return false;
  let k = last;
  while (k > last - MAX_NAME_WORDS_BEFORE_OF && k >= 0 && isCapitalised(tokens[k]!.text)) {
    if (tokens[k]!.sentenceStart) break;
    k--;
  }
  // k is the token before the run (or the run's first word when it opens the sentence).
  const runStart = tokens[k]!.sentenceStart && isCapitalised(tokens[k]!.text) ? k : k + 1;
  if (previousEnd > runStart) return false;
  const before = tokens[runStart - 1];
  return runStart === k || !before || !DETERMINERS.has(before.lower);
}

/** "Gregg River Co of Canada", "Royal Bank of Canada", "American Express Co": the country is in a company's name. */
function inCompanyName(
  tokens: readonly Token[],
  match: UnitMatch,
  sentenceEnd: number,
  companies: Set<string>,
  previousEnd: number,
): boolean {
  // "<Ecolab Co> of the United States": the article and a closing bracket may stand between.
  let k = match.tokenStart - 1;
  if (tokens[k]?.lower === 'the') k--;
  const before = tokens[k];
  if (tokens[k - 1]?.text === '>') k--;
  const suffix = tokens[k - 1];
  if (before?.text === 'of' && suffix && !tokens[match.tokenStart]!.sentenceStart) {
    if (COMPANY_SUFFIXES.has(suffix.text)) return true;
    // "the Bank of Canada" is the central bank; "Royal Bank of Canada" is a company.
    const first = tokens[k - 2];
    if (
      suffix.text === 'Bank' &&
      first &&
      !suffix.sentenceStart &&
      isCapitalised(first.text) &&
      !DETERMINERS.has(first.lower)
    )
      return true;
    if (companyBeforeOf(tokens, k - 1, previousEnd)) return true;
  }
  const next = tokens[match.tokenEnd];
  if (next && match.tokenEnd < sentenceEnd && match.tokenEnd > match.tokenStart + 1)
    return opensCompanyNameAfterLongCountry(tokens, match, sentenceEnd, companies);
  if (match.tokenEnd === match.tokenStart + 1 && next && match.tokenEnd < sentenceEnd) {
    const key = `${tokens[match.tokenStart]!.lower} ${next.lower}`;
    if (companies.has(key)) return true;
    // "RJ Reynolds Tobacco USA unit", "Nestle Japan subsidiary": a name before the country and a part of a
    // company after it.
    const name = tokens[match.tokenStart]!.sentenceStart ? undefined : tokens[match.tokenStart - 1];
    if (
      COMPANY_PART_NOUNS.has(next.lower) &&
      name?.pos === 'PROPN' &&
      isCapitalised(name.text) &&
      name.end >= tokens[match.tokenStart]!.start - 1
    )
      return true;
    for (let k = match.tokenEnd; k < sentenceEnd && k <= match.tokenEnd + MAX_COMPANY_WORDS; k++) {
      const token = tokens[k]!;
      if (COMPANY_SUFFIXES.has(token.text)) {
        if (k === match.tokenEnd) {
          // "Texaco Canada Inc": a name before the country and the suffix after it make a company; "Japan
          // Inc" alone is the country's business world.
          const name = tokens[match.tokenStart]!.sentenceStart ? undefined : tokens[match.tokenStart - 1];
          if (
            !name ||
            name.pos !== 'PROPN' ||
            !isCapitalised(name.text) ||
            name.end < tokens[match.tokenStart]!.start - 1
          )
            return false;
          companies.add(key);
          return true;
        }
        companies.add(key);
        return true;
      }
      if (!isCapitalised(token.text) && token.text !== 'and' && token.text !== '&') return false;
    }
  }
  return false;
}

/**
 * "Hong Kong Land Co Ltd", "New Zealand Steel Ltd", "United States Lines Inc", "Australia and New Zealand Banking
 * Group Ltd": a country of two or more words that opens a run of capitalised words ending in a company suffix is
 * the start of the company's name, as a one-word country is in `inCompanyName`. The company is remembered by the
 * country's last word and the next ("kong land"), so a later "Hong Kong Land said" is the company too. A suffix
 * right after the country ("South Korea Inc") names no company.
 */
function opensCompanyNameAfterLongCountry(
  tokens: readonly Token[],
  match: UnitMatch,
  sentenceEnd: number,
  companies: Set<string>,
): boolean {
  const next = tokens[match.tokenEnd]!;
  const key = `${tokens[match.tokenEnd - 1]!.lower} ${next.lower}`;
  if (companies.has(key)) return true;
  for (let k = match.tokenEnd + 1; k < sentenceEnd && k <= match.tokenEnd + MAX_COMPANY_WORDS; k++) {
    const token = tokens[k]!;
    if (!isCapitalised(next.text) || COMPANY_SUFFIXES.has(next.text)) return false;
    if (COMPANY_SUFFIXES.has(token.text)) {
      companies.add(key);
      return true;
    }
    if (!isCapitalised(token.text) && token.text !== 'and' && token.text !== '&') return false;
  }
  return false;
}

/** Most capitalised words between a country and a part of a company ("Pan American World Airways unit"). */
const MAX_PART_NAME_WORDS = 3;

/**
 * "Gibraltar Financial Corp said its Gibraltar Savings unit has agreed", "its Canadian Courier unit", "the South
 * African Rank Xerox unit": a country that opens capitalised words before a part of a company (unit,
 * subsidiary, division) opens that part's name. The words must name no actor of their own ("a Syrian Army
 * unit" keeps its army, a unit of the dictionary), so `nextStart`, where the next unit begins, bounds them.
 */
function opensCompanyPartName(
  tokens: readonly Token[],
  match: UnitMatch,
  nextStart: number,
  sentenceEnd: number,
): boolean {
  let k = match.tokenEnd;
  while (k < sentenceEnd && k < nextStart && k - match.tokenEnd < MAX_PART_NAME_WORDS) {
    const token = tokens[k]!;
    if (token.sentenceStart || !isCapitalised(token.text) || token.text === token.text.toUpperCase()) break;
    k++;
  }
  const part = tokens[k];
  return (
    k > match.tokenEnd &&
    k < sentenceEnd &&
    k < nextStart &&
    !!part &&
    part.text === part.lower &&
    (COMPANY_PART_NOUNS.has(part.lower) || COMPANY_PART_NOUNS.has(part.lemma))
  );
}

/**
 * "Marine Midland Banks Inc", "General Dynamics Corp": a capitalised role word (a soldier, an officer) followed
 * by capitalised words and a company suffix opens the company's name; it names no role. The company's first
 * two words are remembered, so a later "Marine Midland said" is the company too.
 */
function opensCompanyName(
  tokens: readonly Token[],
  match: UnitMatch,
  sentenceEnd: number,
  companies: Set<string>,
): boolean {
  const first = tokens[match.tokenStart]!;
  const next = tokens[match.tokenEnd];
  if (!isCapitalised(first.text) || !next || match.tokenEnd >= sentenceEnd || !isCapitalised(next.text))
    return false;
  const key = `${tokens[match.tokenEnd - 1]!.lower} ${next.lower}`;
  if (companies.has(key)) return true;
  // The suffix must follow at least one more name ("Marine Midland Banks Inc"), not the role itself ("Marine Inc").
  for (let k = match.tokenEnd + 1; k < sentenceEnd && k <= match.tokenEnd + MAX_COMPANY_WORDS; k++) {
    const token = tokens[k]!;
    if (COMPANY_SUFFIXES.has(token.text)) {
      companies.add(key);
      return true;
    }
    if (!isCapitalised(token.text) && token.text !== 'and' && token.text !== '&') return false;
  }
  return false;
}

/** A bank's name after a seat of power: "National Westminster Bank" is a company, not Parliament. */
const BANK_WORDS = new Set(['Bank', 'BANK']);

/**
 * "Whitehall Corp said the U.S. Navy …", "NSA Inc said", "Rada Electronic Industries Ltd", "National Westminster
 * Bank": a seat of power or state body (Whitehall, Westminster, the NSA, Ukraine's Rada) whose name a company
 * suffix follows, directly or after capitalised words, or that "Bank" follows, opens a company's name. A body
 * that is itself a firm or a central bank (Gazprom, Petroleos de Venezuela SA) keeps its name.
 */
function institutionOpensCompanyName(
  tokens: readonly Token[],
  match: UnitMatch,
  sentenceEnd: number,
): boolean {
  if (match.unit.code?.includes('BUS')) return false;
  const next = tokens[match.tokenEnd];
  if (!next || match.tokenEnd >= sentenceEnd || next.sentenceStart) return false;
  if (BANK_WORDS.has(next.text)) return true;
  for (let k = match.tokenEnd; k < sentenceEnd && k < match.tokenEnd + MAX_COMPANY_WORDS; k++) {
    const token = tokens[k]!;
    if (COMPANY_SUFFIXES.has(token.text)) return true;
    if (!isCapitalised(token.text)) return false;
  }
  return false;
}

/**
 * "The Industrial Bank of Japan", "Royal Bank of Canada", "Long-Term Credit Bank of Japan": a capitalised word
 * right before a central bank's "Bank of <country>" makes it the end of a commercial bank's name. "the Bank of
 * Japan" keeps its own (a determiner before it), and so does an actor's; an all-capital word before
 * it may be a headline's ("SAYS BANK OF JAPAN"), and is left alone.
 */
/** Tags of a word that can open a company's name ("Industrial", "Royal", "Credit"); not "The" or "In". */
const NAME_WORD_TAGS = new Set(['PROPN', 'ADJ', 'NOUN']);

function endsBankName(tokens: readonly Token[], match: UnitMatch, previous: UnitMatch | undefined): boolean {
  const first = tokens[match.tokenStart]!;
  if (first.lower !== 'bank' || first.sentenceStart) return false;
  // A country right before it names whose bank it is; any other word opens a name ("Union", "Royal").
  if (previous?.tokenEnd === match.tokenStart && isCountryish(previous.unit)) return false;
  const before = tokens[match.tokenStart - 1];
  if (!before || before.end < first.start - 1 || !isCapitalised(before.text)) return false;
  if (!NAME_WORD_TAGS.has(before.pos)) return false;
  return before.text !== before.text.toUpperCase();
}

/**
 * "the wealthy Gulf state", "the Balkan nation": a region before a noun for one state names one country of
 * the region, which the article names elsewhere. The region and the noun become a reference to the
 * region's countries, resolved (or dropped) with the other references (see `resolveCoreference`).
 */
function regionReferences(
  tokens: readonly Token[],
  matches: readonly UnitMatch[],
  sentenceEnd: number,
): readonly UnitMatch[] {
  if (!matches.some((match) => match.unit.kind === 'region')) return matches;
  return matches.map((match, index) => {
    const { unit } = match;
    const noun = tokens[match.tokenEnd];
    if (
      unit.kind !== 'region' ||
      !unit.code ||
      match.tokenEnd >= sentenceEnd ||
      !noun ||
      !ONE_STATE_NOUNS.has(noun.lower) ||
      (matches[index + 1]?.tokenStart ?? sentenceEnd) <= match.tokenEnd ||
      !afterDeterminer(tokens, match.tokenStart)
    )
      return match;
    const members = regionMembers(unit.code);
    return {
      tokenStart: match.tokenStart,
      tokenEnd: match.tokenEnd + 1,
      unit: {
        kind: 'reference',
        via: 'coreference',
        caseMode: 'any',
        tokens: [],
        entry: unit.entry,
        name: unit.name,
        references: members.map((code) => `country:${code}`),
      },
    };
  });
}

/**
 * Drops country units that only modify ("US-led", "pro-Russia", "the Paris pact", "French franc") or stand in
 * a company's name, keeping full aliases such as "US-led bloc".
 */
function actorUnits(
  tokens: readonly Token[],
  matches: readonly UnitMatch[],
  sentenceEnd: number,
  companies: Set<string>,
): UnitMatch[] {
  return matches.filter((match, index) => {
    if (match.unit.kind === 'role' && opensCompanyName(tokens, match, sentenceEnd, companies)) return false;
    // "endorsed an association agreement with the European Union": a role word before a noun modifies it.
    if (
      match.unit.kind === 'role' &&
      NOUN_MODIFYING_ROLES.has(tokens[match.tokenEnd - 1]!.lower) &&
      match.tokenEnd < sentenceEnd &&
      tokens[match.tokenEnd]!.pos === 'NOUN'
    )
      return false;
    if (match.unit.kind === 'institution' && endsBankName(tokens, match, matches[index - 1])) return false;
    if (abbreviatesAnother(tokens, match, matches[index - 1], sentenceEnd, companies)) return false;
    // After abbreviatesAnother, which remembers "CPC International Inc" for the article's later bare "CPC".
    if (match.unit.kind === 'institution' && institutionOpensCompanyName(tokens, match, sentenceEnd))
      return false;
    if (monitorsOrReceives(tokens, match)) return false;
    if (match.unit.kind === 'role' && namesPowerToAct(tokens, match, sentenceEnd)) return false;
    if (!isCountryish(match.unit) && match.unit.kind !== 'institution') return true;
    if (isCountryish(match.unit)) {
      const nextStart = matches[index + 1]?.tokenStart ?? sentenceEnd;
      if (modifiesCommonNoun(tokens, match, nextStart, sentenceEnd)) return false;
      if (regionModifiesNoun(tokens, match, nextStart, sentenceEnd)) return false;
      const after = tokens[match.tokenEnd];
      if (
        match.unit.via === 'adjective' &&
        after &&
        match.tokenEnd < sentenceEnd &&
        CURRENCIES.has(after.lemma)
      )
        return false;
      const previousEnd = matches[index - 1]?.tokenEnd ?? -1;
      if (inCompanyName(tokens, match, sentenceEnd, companies, previousEnd)) return false;
      if (opensCompanyPartName(tokens, match, nextStart, sentenceEnd)) return false;
    }
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

/**
 * "CPC International Inc said", "Ceylon Petroleum Corp (CPC) has decided": a dictionary abbreviation that opens
 * a company's name, or that the article defines after another name, is not the dictionary's body (here the
 * Communist Party of China) in this article, and neither is the abbreviation alone later on ("CPC officials");
 * "the International Monetary Fund (IMF)" defines it as the dictionary does.
 */
function abbreviatesAnother(
  tokens: readonly Token[],
  match: UnitMatch,
  previous: UnitMatch | undefined,
  sentenceEnd: number,
  companies: Set<string>,
): boolean {
  const unit = match.unit;
  if (unit.via !== 'alias' || match.tokenEnd !== match.tokenStart + 1) return false;
  const text = tokens[match.tokenStart]!.text;
  if (!/^[A-Z]{2,6}$/.test(text)) return false;
  const key = `abbreviation:${text}`;
  if (companies.has(key)) return true;
  for (let k = match.tokenEnd; k < sentenceEnd && k <= match.tokenEnd + MAX_COMPANY_WORDS; k++) {
    const token = tokens[k]!;
    if (COMPANY_SUFFIXES.has(token.text) && k > match.tokenEnd) {
      companies.add(key);
      return true;
    }
    if (!isCapitalised(token.text)) break;
  }
  const open = tokens[match.tokenStart - 1];
  if (open?.text !== '(' || tokens[match.tokenEnd]?.text !== ')') return false;
  // A role word that ends the name ("the leftist National Liberation Army (ELN)") names no other body.
  const named =
    previous && previous.tokenEnd === match.tokenStart - 1 && previous.unit.kind !== 'role'
      ? previous
      : undefined;
  const suffix = tokens[match.tokenStart - 2];
  if ((named && named.unit.entry !== unit.entry) || (!named && suffix && COMPANY_SUFFIXES.has(suffix.text))) {
    companies.add(key);
    return true;
  }
  return false;
}

/**
 * "Mousavi told the radio, monitored by the British Broadcasting Corporation", "An Ankara Radio report monitored
 * in London said …", "The agency, received in London, quoted him …": who monitors a broadcast or where it is
 * received is no party to what it reports. ("a proposal received by the International Sugar Organization" keeps
 * its recipient.)
 */
function monitorsOrReceives(tokens: readonly Token[], match: UnitMatch): boolean {
  let k = match.tokenStart - 1;
  if (tokens[k]?.lower === 'the') k--;
  const prep = tokens[k]?.lower;
  const verb = tokens[k - 1]?.lower;
  if (verb === 'monitored') return prep === 'by' || prep === 'in';
  return verb === 'received' && prep === 'in' && isCountryish(match.unit);
}

/** Articles that make "authority" a body: "the authority to review", "a public debt authority to purchase". */
const BODY_ARTICLES = new Set(['the', 'a', 'an', 'this', 'that']);

/** Words that qualify a power, not a body: "the additional authority to cover", "the legal authority to bind". */
const POWER_QUALIFIERS = new Set(
  'additional legal full primary special temporary continued broad broader sole new statutory necessary same final limited wide wider expanded emergency'.split(
    ' ',
  ),
);

/**
 * Is this "authority" a power to act rather than a body? "the Reagan administration is pushing for authority to
 * sell the Soviets U.S. wheat", "voted to give President Reagan authority to block foreign takeovers", "to expand
 * Reagan's authority to block": the singular word in lower case with a verb's "to" after it, and no article before
 * it across the names and modifiers of a body ("the West German monetary authority to curb interest rate rises",
 * "a public debt authority to purchase … debt" are bodies; "the additional authority to cover" is a power).
 */
function namesPowerToAct(tokens: readonly Token[], match: UnitMatch, sentenceEnd: number): boolean {
  if (match.tokenEnd - match.tokenStart !== 1 || tokens[match.tokenStart]!.text !== 'authority') return false;
  const to = tokens[match.tokenEnd];
  const verb = tokens[match.tokenEnd + 1];
  if (match.tokenEnd + 1 >= sentenceEnd || to?.lower !== 'to' || verb?.pos !== 'VERB') return false;
  let k = match.tokenStart - 1;
  while (k >= match.tokenStart - 4 && k >= 0 && !tokens[k + 1]!.sentenceStart) {
    const token = tokens[k]!;
    if (POWER_QUALIFIERS.has(token.lower)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') break;
    k--;
  }
  const before = tokens[k];
  return !before || tokens[k + 1]!.sentenceStart || !BODY_ARTICLES.has(before.lower);
}

/**
 * Words for a government that a leader's name may qualify. "Authority" is left out: "to give President Reagan
 * authority to block foreign takeovers" grants a power.
 */
const LEADERS_GOVERNMENT_WORDS = new Set(['administration', 'government', 'cabinet', 'regime']);

/**
 * "The Reagan administration", "the Thatcher government": a leader's surname right before the word for a
 * government names that leader's government, coded by the leader's country.
 */
function isLeadersGovernment(previous: Unit, next: Unit): boolean {
  return (
    previous.kind === 'person' &&
    !!previous.personEntry?.country &&
    next.kind === 'role' &&
    next.tokens.length === 1 &&
    LEADERS_GOVERNMENT_WORDS.has(next.tokens[0]!.toLowerCase())
  );
}

/** Whether the tokens between two units let them name one actor ("Russia's intelligence service"). */
function glues(tokens: readonly Token[], from: number, to: number, previous: Unit, next: Unit): boolean {
  if (isLeadersGovernment(previous, next) && from === to) return true;
  if (previous.kind === 'person' || previous.kind === 'reference' || next.kind === 'reference') return false;
  // A country or region may lead ("Russian Foreign Ministry"); after anything else only roles and names follow
  // ("Kremlin spokesman", "UN troops"), so "NATO's European partners" stays two actors.
  if (isCountryish(next)) return false;
  if (!isCountryish(previous) && next.kind !== 'role' && next.kind !== 'person') return false;
  let adjectives = 0;
  let nouns = 0;
  let portfolio = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (POSSESSIVES.has(token.text) && i === from && previous.kind !== 'role') continue;
    // "Bangladesh Commerce Minister M.A. Munim", "Thailand's Commerce Ministry": a portfolio the dictionary
    // does not list, written with capitals between a country and a minister or ministry.
    if (isCountryish(previous) && isMinisterial(next) && portfolio < 3 && isPortfolioWord(tokens, i, to)) {
      portfolio++;
      continue;
    }
    if (token.pos === 'ADJ' && adjectives < 2) {
      adjectives++;
      continue;
    }
    // "U.S. trade officials", "Japanese car makers": a country, a common noun or two, then a role.
    if (
      token.pos === 'NOUN' &&
      isCountryish(previous) &&
      next.kind === 'role' &&
      nouns < 2 &&
      /\p{Ll}/u.test(token.text)
    ) {
      nouns++;
      continue;
    }
    if (isCountryish(previous) && isFirmRole(next) && nouns < 2 && wireCapitalisedTrade(tokens, i, from)) {
      nouns++;
      continue;
    }
    // "Japanese chip-makers", "Iranian oil-producing companies", "Uruguayan grain exporting firms", "Japanese
    // LPG buyers": the compound may be hyphenated, end in an industry's -ing word, or be an acronym.
    if (isCountryish(previous) && next.kind === 'role' && isCompoundPart(tokens, i, nouns)) {
      if (token.text !== '-') nouns++;
      continue;
    }
    return false;
  }
  return true;
}

const isFirmRole = (unit: Unit) => unit.kind === 'role' && (unit.roles ?? []).includes('BUS');

/**
 * "U.S. Research firm Dataquest", "U.K. Property company Greycoat", "U.S. Chip maker Micron": Reuters' wire
 * capitalises the word after a country written with full stops, and the tagger then reads it as a name; right
 * after the country and before a firm's role it is the firm's trade, a common noun.
 */
function wireCapitalisedTrade(tokens: readonly Token[], i: number, from: number): boolean {
  const before = tokens[i - 1];
  const token = tokens[i]!;
  // Not a word that joins or dates ("U.S. And other central banks", "U.K. September sterling bank lending").
  if (COMPOUND_COORDINATORS.has(token.lower) || CALENDAR_WORDS.has(token.lower)) return false;
  return i === from && !!before && before.text.endsWith('.') && /^\p{Lu}\p{Ll}+$/u.test(token.text);
}

/**
 * Heads of a country's trade that are no roles in roles.yaml: "the U.S. semiconductor industry", "Dutch cocoa
 * processors" always name the country's firms; "producer", "group" and "concern" only before a firm's name
 * ("Algerian producer ENOF", "British group Thorn EMI"), since "producers" alone are mostly states in commodity
 * news ("Malaysia has come under pressure from some producers").
 */
const TRADE_HEADS = new Set(['industry', 'industries', 'processor', 'processors']);
const NAMED_TRADE_HEADS = new Set(['producer', 'group', 'concern']);
/** Words of a trade before its head: "semiconductor", "meat", "pharmaceutical". */
const MAX_TRADE_WORDS = 2;

/**
 * Where a country's trade that follows a country at `from` ends ("U.S. meat processors", "Algerian producer
 * ENOF"), or `from` when none does: up to two lower-case nouns, adjectives or industry -ing words (or one
 * wire-capitalised word after "U.S.") and a trade head.
 */
function tradeEnd(tokens: readonly Token[], from: number, sentenceEnd: number): number {
  for (let k = from; k < sentenceEnd && k <= from + MAX_TRADE_WORDS; k++) {
    const token = tokens[k]!;
    if (token.sentenceStart) return from;
    if (TRADE_HEADS.has(token.lower)) return k + 1;
    // In lower case, or capitalised by the wire ("the U.S. Group General Electric"): "The U.S. Producer Price
    // Index" is a statistic, "New Zealand Banking Group Ltd" a company's name.
    const headCase =
      token.text === token.lower || (token.lower !== 'producer' && wireCapitalisedTrade(tokens, k, from));
    if (NAMED_TRADE_HEADS.has(token.lower) && headCase) {
      const name = tokens[k + 1];
      const named =
        k + 1 < sentenceEnd &&
        !!name &&
        (name.text === '<' || (name.pos === 'PROPN' && isCapitalised(name.text)));
      return named ? k + 1 : from;
    }
    const modifier =
      (token.text === token.lower && (token.pos === 'NOUN' || token.pos === 'ADJ')) ||
      INDUSTRY_ING_WORDS.has(token.lower) ||
      wireCapitalisedTrade(tokens, k, from);
    if (!modifier) return from;
  }
  return from;
}

/**
 * Words of an industry that stand in a compound before a role: "oil-producing companies", "grain exporting
 * firms". Only these: "Russia targeting civilians" is a clause, not one actor.
 */
const INDUSTRY_ING_WORDS = new Set(
  (
    'exporting importing producing manufacturing processing trading refining shipping mining banking farming ' +
    'publishing consuming growing making lending broking brokering'
  ).split(' '),
);

/** Longest acronym read as a common noun in a compound ("LPG", "LNG", "EV"). */
const MAX_ACRONYM_LENGTH = 4;

/**
 * Is the token at `i` part of a compound between a country and a role, besides a plain lowercase noun: a hyphen
 * inside a word ("chip-makers"), an industry's -ing word after a noun or a hyphen ("grain exporting",
 * "oil-producing"), or an acronym no dictionary knows ("LPG")? `nouns` counts the compound's words so far.
 */
function isCompoundPart(tokens: readonly Token[], i: number, nouns: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (token.text === '-')
    return !!before && !!after && before.end === token.start && token.end === after.start && nouns > 0;
  if (nouns >= 2) return false;
  if (INDUSTRY_ING_WORDS.has(token.lower)) return nouns > 0;
  return (
    token.text.length >= 2 &&
    token.text.length <= MAX_ACRONYM_LENGTH &&
    /^\p{Lu}+$/u.test(token.text) &&
    (token.pos === 'PROPN' || token.pos === 'NOUN')
  );
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
  const units = actorUnits(
    tokens,
    regionReferences(tokens, matches, sentence.tokenEnd),
    sentence.tokenEnd,
    context.companies,
  );
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
    // "U.K. Government bonds", "Japanese government securities": a security named after its issuer.
    const next = tokens[group[group.length - 1]!.tokenEnd];
    if (next && !next.sentenceStart && next.pos === 'NOUN' && SECURITIES.has(next.lower)) continue;
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
      start: tokens[first.tokenStart]!.start,
      end: tokens[tokenEnd - 1]!.end,
      tokenStart: first.tokenStart,
      tokenEnd,
      sentence: sentence.index,
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

  if (group.length === 2 && isLeadersGovernment(first.unit, last)) {
    const code = codeAsOf(
      context.matcher,
      composeActorCode(first.unit.personEntry!.country!, last.roles ?? []),
      context.date,
    );
    const parsed = context.parseCode(code);
    return {
      start: tokens[first.tokenStart]!.start,
      end: tokens[tokenEnd - 1]!.end,
      tokenStart: first.tokenStart,
      tokenEnd,
      sentence: sentence.index,
      code,
      country: parsed.country,
      knownGroup: parsed.knownGroup,
      roles: parsed.roles,
      entry: last.entry,
      name: tokensText(tokens, first.tokenStart, tokenEnd),
      kind: 'role',
      via: 'role',
      person: false,
      guess: false,
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
      // "governor Mario Branco Peres" is not Shimon Peres: a given name before the surname must be the entry's.
      const given = extra - tokenEnd > 1 ? tokens[extra - 2]!.lower : undefined;
      const bearers = (context.matcher.surnames.get(surname) ?? []).filter(
        (entry) => given === undefined || fitsPerson(entry, given),
      );
      const entry = personOfTitledSurname(
        bearers,
        last.tokens.join(' ').toLowerCase(),
        context.date,
        (bearer) => context.parseCode(context.personCode(bearer, context.date).code).roles.length > 0,
      );
      if (entry) {
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

  // "The government also asked Thai International to cooperate with the finance and communications
  // ministries": a country adjective alone before a capitalised word for a company's trade ("Thai
  // International", "British Airways", "Canadian Pacific") names a company of that country, not the state.
  let company = false;
  if (group.length === 1 && isCountryish(first.unit) && first.unit.via === 'adjective') {
    let extra = tokenEnd;
    while (
      extra < sentence.tokenEnd &&
      extra - tokenEnd < 3 &&
      !tokens[extra]!.sentenceStart &&
      isCapitalised(tokens[extra]!.text) &&
      COMPANY_NAME_WORDS.has(tokens[extra]!.lower)
    )
      extra++;
    // "Canadian International Development Agency", "American Petroleum Institute": a longer capitalised name
    // goes on after the trade word and may be an agency or association; a company suffix may end it
    // ("British Petroleum Co").
    const after = tokens[extra];
    const nameGoesOn =
      extra < sentence.tokenEnd &&
      !!after &&
      !after.sentenceStart &&
      isCapitalised(after.text) &&
      !COMPANY_SUFFIXES.has(after.text);
    if (extra > tokenEnd && !nameGoesOn) {
      company = true;
      tokenEnd = extra;
    }
    // "the American Soybean Association", "the Indonesian Importers Association": a trade association of the
    // country's firms, not its state.
    const association = associationEnd(tokens, tokenEnd, sentence.tokenEnd);
    if (!company && association > tokenEnd) {
      company = true;
      tokenEnd = association;
    }
  }
  // "U.S. meat processors", "the U.S. semiconductor industry", "Algerian producer ENOF": the country's firms.
  if (!company && group.length === 1 && isCountryish(first.unit) && first.unit.via !== 'capital') {
    const trade = tradeEnd(tokens, tokenEnd, sentence.tokenEnd);
    if (trade > tokenEnd) {
      company = true;
      tokenEnd = trade;
    }
  }

  // The mention objects are written out field by field: spreads here cost a fifth of the actors stage.
  const start = tokens[first.tokenStart]!.start;
  const end = tokens[tokenEnd - 1]!.end;
  if (person?.personEntry) {
    let code = context.personCode(person.personEntry, context.date).code;
    // "French Finance Minister Edouard Balladur" in 1987: the dictionary lists only his later office, so the
    // title the text gives him is the one he holds that day (his country's GOV, not bare FRA).
    const title = personTitleRoles(group, person);
    if (title.length > 0 && person.personEntry.country && code === person.personEntry.country) {
      code = codeAsOf(context.matcher, composeActorCode(person.personEntry.country, title), context.date);
      context.titledPeople.set(person.entry, code);
    } else if (code === person.personEntry.country && title.length === 0)
      code = context.titledPeople.get(person.entry) ?? code;
    const parsed = context.parseCode(code);
    const mention: DraftMention = {
      start,
      end,
      tokenStart: first.tokenStart,
      tokenEnd,
      sentence: sentence.index,
      code,
      country: parsed.country,
      knownGroup: parsed.knownGroup,
      roles: parsed.roles,
      entry: person.entry,
      name: person.name,
      kind: 'person',
      via: person.via,
      person: true,
      guess: false,
    };
    if (person.gender) mention.gender = person.gender;
    return mention;
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
  if (company) roles.push('BUS');
  const head = base ?? country;
  const headCode =
    localInstitutionCode(country, base, context) ??
    (head?.code === undefined ? '---' : groupCodeOn(head.code, head.periods, context.date));
  const code = codeAsOf(context.matcher, composeActorCode(headCode, roles), context.date);
  const parsed = context.parseCode(code);
  let lastRole: UnitMatch | undefined;
  for (let i = group.length - 1; i >= 0 && !lastRole; i--)
    if (group[i]!.unit.kind === 'role') lastRole = group[i];
  const singular = lastRole
    ? tokens[lastRole.tokenEnd - 1]!.lemma === tokens[lastRole.tokenEnd - 1]!.lower
    : false;
  const isPerson = !!lastRole?.unit.person && singular && last.kind === 'role';
  const named = head ?? last;
  const mention: DraftMention = {
    start,
    end,
    tokenStart: first.tokenStart,
    tokenEnd,
    sentence: sentence.index,
    code,
    country: parsed.country,
    knownGroup: parsed.knownGroup ?? head?.knownGroup ?? null,
    roles: parsed.roles,
    entry: lastRole && !base ? lastRole.unit.entry : named.entry,
    name: lastRole && !base ? tokensText(tokens, first.tokenStart, tokenEnd) : named.name,
    kind: ((base ?? (lastRole ? undefined : country))?.kind as EntryKind | undefined) ?? 'role',
    via: lastRole && !base ? 'role' : group.length === 1 ? first.unit.via : (base ?? first.unit).via,
    person: isPerson,
    guess: false,
  };
  if (isPerson && lastRole?.unit.gender) mention.gender = lastRole.unit.gender;
  return mention;
}

/**
 * "South Korea's Joint Chiefs of Staff", "the Pakistani Joint Chiefs of Staff": a body the dictionary lists for one
 * state (the US Joint Chiefs) named after another state's name is that state's body of the same name, with the
 * listed body's roles (KORMIL). Only a country that comes before the body in the group counts ("Russia's
 * Gazprom" is the listed body's own country anyway); a body coded for a bloc or an organisation keeps its code.
 */
function localInstitutionCode(
  country: Unit | undefined,
  base: Unit | undefined,
  context: ComposeContext,
): string | undefined {
  if (!country?.code || country.kind !== 'country' || base?.kind !== 'institution' || !base.code)
    return undefined;
  const own = context.parseCode(groupCodeOn(base.code, base.periods, context.date));
  if (!own.country || own.knownGroup || own.country === country.code) return undefined;
  return composeActorCode(groupCodeOn(country.code, country.periods, context.date), own.roles);
}

/** Words that end the name of a trade association. */
const ASSOCIATION_WORDS = new Set(['Association', 'Associations']);

/**
 * Where a run of capitalised words from `from` that ends in "Association" ends ("Soybean Association"), or
 * `from` when there is none.
 */
function associationEnd(tokens: readonly Token[], from: number, sentenceEnd: number): number {
  for (let k = from; k < sentenceEnd && k <= from + MAX_COMPANY_WORDS; k++) {
    const token = tokens[k]!;
    if (token.sentenceStart || !isCapitalised(token.text)) return from;
    if (ASSOCIATION_WORDS.has(token.text)) return k + 1;
  }
  return from;
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

/**
 * The roles of the titles a group gives a known person ("Finance Minister" in "Japanese Finance Minister Kiichi
 * Miyazawa"). "Leader" names no office: "Solidarity leader Lech Walesa" leads no government.
 */
function personTitleRoles(group: readonly UnitMatch[], person: Unit): string[] {
  const roles: string[] = [];
  for (const { unit } of group) {
    if (unit === person || unit.kind !== 'role' || !unit.person || !unit.roles) continue;
    if (unit.tokens[unit.tokens.length - 1] === 'leader') return [];
    for (const role of unit.roles) if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** A title or body of a government portfolio: "Minister", "Ministry", "Secretary", "Undersecretary". */
const isMinisterial = (unit: Unit) =>
  unit.kind === 'role' && /minist|secretar/.test(unit.name) && (unit.roles ?? []).includes('GOV');

/** A capitalised noun of a portfolio's name ("Commerce", "Industry"), or the "and" inside one ("Trade and Industry"). */
function isPortfolioWord(tokens: readonly Token[], i: number, to: number): boolean {
  const token = tokens[i]!;
  if (token.lower === 'and') return i + 1 < to && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]!.text);
  return (token.pos === 'NOUN' || token.pos === 'PROPN') && /^\p{Lu}\p{Ll}+$/u.test(token.text);
}
