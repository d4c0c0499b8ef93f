import type { Mention, Paragraph, Place, Token } from '../../doc/layers.js';
import { afterDateline } from '../actors/wire-dateline.js';
import { inCountry, type SlotActor } from '../clauses/phrase-actors.js';

/** Roots of acts that address someone: statements, appeals, consultations, demands, threats. */
const ADDRESSING_ROOTS = /^(01|02|04|10|13)/;

/** Roles of a state's own bodies: a bare "the government", "the ministry", "officials", "the army", "the courts". */
const STATE_ROLES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/**
 * Whether an organisation's naming leaves "the government" the home country's: lenders deal with a government
 * ("IMF and World Bank officials were pressing the government to explain …"). Any other organisation named (the
 * EC, OPEC, the UN) may own the ministers and officials of the story.
 */
const isLender = (mention: Mention) => mention.code.startsWith('IGO') && /IMF|DEV/.test(mention.code);

/**
 * How much of an article a dateline country must have for a definite "the government" to be its own: Reuters
 * stories filed in Bangkok name Thailand six times in eight when they mention Europe and SAS in passing; at a
 * half, Tokyo stories about U.S. banks are as much about Washington.
 */
const DOMINANT_SHARE = 0.7;

/** Words before a role that make it another country's: "foreign governments", "other officials", "both armies". */
const OTHER_STATE_WORDS = new Set([
  'foreign',
  'other',
  'overseas',
  'international',
  'world',
  'western',
  'eastern',
  'both',
  'several',
  'various',
  'member',
  'creditor',
  'donor',
  'allied',
  'neighbouring',
  'neighboring',
  // A possessive makes the role someone's in particular: "our negotiators", "its army" (resolved elsewhere).
  'our',
  'my',
  'its',
  'their',
  'his',
  'her',
  'own',
]);

/** The country an article is about, and whether it is the only one it names. */
export interface HomeCountry {
  readonly country: string;
  /** Every actor, place and the dateline name this country; else it only dominates, and needs "the government". */
  readonly only: boolean;
  /**
   * The dateline's country names more of the article than any other, but less than `DOMINANT_SHARE`: enough for
   * a named minister without a nationality, not for "the government".
   */
  readonly leading?: boolean;
}

/**
 * The country an article is about, or null: the country of every actor, place and dateline it names, when they
 * all name the same one; else the dateline's country when it has most of the article's actors and places
 * ("BANGKOK, March 24 - … Thai Airways … The government also asked Thai International …", with Europe and
 * SAS named once each). Regions and organisations count as other countries, lenders apart.
 */
export function articleHomeCountry(
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
  places: readonly Place[],
): HomeCountry | null {
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  // Organisations count as other countries, but none is a home: "The UN Security Council condemned the attack on
  // the embassy" has no embassy of the UN's.
  const groups = new Set<string>();
  for (const mention of mentions) {
    if (mention.country !== null) count(mention.country);
    else if (mention.knownGroup !== null && !isLender(mention)) {
      count(mention.knownGroup);
      groups.add(mention.knownGroup);
    }
  }
  const dateline = datelinePlace(tokens, paragraphs, places);
  // A place that is also an actor ("will visit Tokyo", "Moscow said") is one name, counted once.
  const named = new Set(mentions.map((mention) => mention.start));
  for (const place of places) if (place !== dateline && !named.has(place.start)) count(place.country);
  const countries = new Set(counts.keys());
  if (dateline) countries.add(dateline.country);
  if (countries.size === 1) {
    const only = [...countries][0]!;
    return groups.has(only) && only !== dateline?.country ? null : { country: only, only: true };
  }
  if (!dateline) return null;
  let total = 0;
  for (const n of counts.values()) total += n;
  const share = (counts.get(dateline.country) ?? 0) / total;
  if (share >= DOMINANT_SHARE) return { country: dateline.country, only: false };
  const own = counts.get(dateline.country) ?? 0;
  for (const [country, n] of counts) if (country !== dateline.country && n >= own) return null;
  return { country: dateline.country, only: false, leading: true };
}

/** The wire dateline's place ("BANGKOK, March 24 -"), or null. */
function datelinePlace(
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  places: readonly Place[],
): Place | null {
  const body = paragraphs.find((paragraph) => paragraph.kind === 'body');
  if (!body) return null;
  const place = places.find((candidate) => candidate.start === body.start);
  if (!place) return null;
  let first = 0;
  while (first < tokens.length && tokens[first]!.start < body.start) first++;
  let end = first;
  while (end < tokens.length && tokens[end]!.paragraph === tokens[first]!.paragraph) end++;
  return afterDateline(tokens, first, end) > first ? place : null;
}

/**
 * A state body named only by its role ("The government also asked Thai International …", "the ministry",
 * "officials"), given the article's home country (see `articleHomeCountry`); any other actor as it is. Only
 * the code changes: whether an event is coded at all is decided on the actor as the text names it.
 */
export function withHomeCountry(
  tokens: readonly Token[],
  actor: SlotActor,
  home: HomeCountry | null,
  mentions: readonly Mention[] = [],
): SlotActor {
  if (home === null) return actor;
  // "WASHINGTON - Commerce Secretary Malcolm Baldrige said he may recommend …": a pronoun that stands for a
  // named official takes the country the official takes.
  const antecedent = pronounAntecedent(actor, mentions);
  if (antecedent) {
    if (actor.country !== null || actor.knownGroup !== null) return actor;
    const official = { ...actor, mention: antecedent };
    if (!isBareStateRole(tokens, official) || !isNamedOfficial(tokens, antecedent)) return actor;
    return inCountry(actor, 'home-country', home.country);
  }
  if (!isBareStateRole(tokens, actor)) return actor;
  const named = isNamedOfficial(tokens, actor.mention);
  if (home.leading && !named) return actor;
  if (!home.only && !isDefinite(tokens, actor.mention) && !named) return actor;
  return inCountry(actor, 'home-country', home.country);
}

/**
 * A legislature or court named only by its role, addressed or asked by an actor of a country, is that country's:
 * "Baker told a Senate Appropriations subcommittee", "Thatcher told Parliament", "The Justice Department urged
 * the Supreme Court to reject the appeal". One speaks to one's own parliament and petitions one's own courts.
 */
/** People of a country's society, whom its own authorities coerce; former leaders (ELI) among them. */
const SOCIETY_ROLES = new Set(['OPP', 'CVL', 'EDU', 'LAB', 'MED', 'REL', 'AGR', 'REF', 'ELI']);
/** Coercion at law and by decree (arrests, sentences, bans): what a state as a whole does to its former leaders. */
const LAWFUL_COERCION_ROOT = /^17/;
/** Authorities that act at home: police, courts, governments, ruling parties. */
const DOMESTIC_AUTHORITY_ROLES = new Set(['COP', 'JUD', 'GOV', 'SPY']);
/** Coercion, assault and violence: the codes of a state's acts against its own people. */
const COERCIVE_ROOTS = /^(17|18|19|20)/;

export function withSourceCountry(
  tokens: readonly Token[],
  target: SlotActor,
  source: SlotActor,
  code: string,
): SlotActor {
  // A region or an organisation ("The European Community has told Congress") has no parliament of its own here.
  if (source.country === null || source.knownGroup !== null || source.mention.kind === 'region')
    return target;
  // "Tanzanian security forces killed hundreds of protesters", "Israeli police arrested dozens of protesters",
  // "Georgia's ruling party banned three main opposition parties", "Bolivian police arrested former President Luis
  // Arce": police, courts and governments coerce their own country's people. An army may strike another country's
  // ("Russian forces killed civilians").
  if (
    target.country === null &&
    target.knownGroup === null &&
    target.roles.length > 0 &&
    target.roles.every((role) => SOCIETY_ROLES.has(role)) &&
    ((source.roles.some((role) => DOMESTIC_AUTHORITY_ROLES.has(role)) &&
      !source.roles.includes('MIL') &&
      COERCIVE_ROOTS.test(code)) ||
      // "Bangladesh sentenced former Prime Minister Sheikh Hasina": a state named as a whole tries its own former
      // leaders; the activists or civilians it detains or kills may be anyone's ("Israel … detained more than 400
      // activists" of a flotilla).
      (source.roles.length === 0 &&
        LAWFUL_COERCION_ROOT.test(code) &&
        target.roles.every((role) => role === 'ELI')))
  )
    return inCountry(target, 'source-country', source.country);
  if (!isBareStateRole(tokens, target)) return target;
  const role = target.roles[0];
  // A court is one's own when asked or told something; one whose ruling is welcomed or opposed ("Spain and
  // Portugal backed the court's view") may be any, the European Court above all.
  if (role !== 'LEG' && !(role === 'JUD' && ADDRESSING_ROOTS.test(code))) return target;
  return inCountry(target, 'source-country', source.country);
}

/**
 * A title with a name after it and no country before it: "BONN, April 27 - Finance Minister Gerhard Stoltenberg
 * reaffirmed his commitment to the Louvre accord". Wire stories name their own country's ministers so and give a
 * foreign one his nationality ("French Finance Minister Edouard Balladur").
 */
function isNamedOfficial(tokens: readonly Token[], mention: Mention): boolean {
  if (!mention.person || mention.tokenEnd - mention.tokenStart < 2) return false;
  const last = tokens[mention.tokenEnd - 1]!;
  if (!/^\p{Lu}/u.test(last.text)) return false;
  const title = mention.entry.replace(/^role:/, '').split('-');
  return !title.includes(last.lower);
}

/** The named mention a pronoun ("he", "she") was resolved to, or undefined. */
function pronounAntecedent(actor: SlotActor, mentions: readonly Mention[]): Mention | undefined {
  const { mention } = actor;
  if (mention.antecedent === undefined) return undefined;
  const antecedent = mentions[mention.antecedent];
  return antecedent && antecedent.index === mention.antecedent ? antecedent : undefined;
}

/** "The government", "the finance ministry": a role the article has spoken of as the one it means. */
function isDefinite(tokens: readonly Token[], mention: Mention): boolean {
  // "Both the House and Senate Banking Committees opposed …", "told a Senate subcommittee": a body named with a
  // capital is a particular one, as with "the".
  const first = tokens[mention.tokenStart]!;
  if (!first.sentenceStart && /^\p{Lu}\p{Ll}/u.test(first.text)) return true;
  let i = mention.tokenStart - 1;
  while (i >= 0 && (tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'NOUN')) i--;
  return i >= 0 && tokens[i]!.lower === 'the';
}

function isBareStateRole(tokens: readonly Token[], actor: SlotActor): boolean {
  const mention = actor.mention;
  if (mention.kind !== 'role' || mention.via !== 'role') return false;
  if (actor.country !== null || actor.knownGroup !== null) return false;
  if (!STATE_ROLES.has(actor.roles[0] ?? '')) return false;
  for (let i = mention.tokenStart - 1; i >= 0 && i >= mention.tokenStart - 3; i--) {
    const token = tokens[i]!;
    if (OTHER_STATE_WORDS.has(token.lower)) return false;
    if (token.pos !== 'ADJ' && token.pos !== 'DET' && token.pos !== 'NUM' && token.pos !== 'PRON') break;
  }
  for (let i = mention.tokenStart; i < mention.tokenEnd; i++) {
    const lower = tokens[i]!.lower;
    // A spokesman's GOV is only a default: "a board spokesman" speaks for a wheat board.
    if (OTHER_STATE_WORDS.has(lower) || lower.startsWith('spokes')) return false;
  }
  return true;
}

/**
 * Role entries (roles.yaml) of a state's heads: "the president" (and its vice president), "the prime minister"
 * (premier, chancellor), "the king" (emperor, emir, sultan).
 */
const HEAD_ENTRIES = new Set(['role:president', 'role:prime-minister', 'role:king']);

/**
 * "White House press secretary Karoline Leavitt said the president would meet Putin in Budapest": a state's
 * official who speaks of "the president" with no country means their own. Only a definite head with nothing after
 * it ("the president of the Peruvian central bank" is another's), told by a government speaker with a country
 * (a firm's spokesman's "the president" is the firm's).
 */
export function withSpeakersHead(
  tokens: readonly Token[],
  actor: SlotActor,
  speaker: SlotActor | null,
): SlotActor {
  if (!speaker || speaker.country === null || !speaker.roles.includes('GOV')) return actor;
  const { mention } = actor;
  if (
    actor.country !== null ||
    actor.knownGroup !== null ||
    mention.kind !== 'role' ||
    mention.via !== 'role'
  )
    return actor;
  if (!HEAD_ENTRIES.has(mention.entry)) return actor;
  if (tokens[mention.tokenStart - 1]?.lower !== 'the') return actor;
  const after = tokens[mention.tokenEnd];
  if (after && (after.lower === 'of' || after.pos === 'PROPN')) return actor;
  return inCountry(actor, 'speaker-country', speaker.country);
}
