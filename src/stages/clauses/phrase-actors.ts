import type { Mention, Phrase, Token } from '../../doc/layers.js';
import { composeActorCode } from '../../dictionaries/actor-code.js';
import { RELATIONAL_NOUNS } from '../actors/relational-nouns.js';
import { DAY_WORDS } from './verb-groups.js';

/** An actor found for an event slot, with the mention it came from (possibly combined with another). */
export interface SlotActor {
  readonly mention: Mention;
  readonly code: string;
  readonly country: string | null;
  readonly knownGroup: string | null;
  readonly roles: readonly string[];
  /** Why this actor: "head", "coordination", "role+country", "pronoun-speaker", … */
  readonly rule: string;
}

export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', ',', '&']);

export function slotActor(mention: Mention, rule: string): SlotActor {
  return {
    mention,
    code: mention.code,
    country: mention.country,
    knownGroup: mention.knownGroup,
    roles: mention.roles,
    rule,
  };
}

/**
 * The same actor under another rule (and, where a place gives a role its country, another code and country),
 * built field by field: a spread copy (`{ ...actor, rule }`) gets a hidden class of its own, and the events
 * stage's readers of actors were deoptimised by each new one.
 */
export function restated(
  actor: SlotActor,
  rule: string,
  code: string = actor.code,
  country: string | null = actor.country,
): SlotActor {
  return { mention: actor.mention, code, country, knownGroup: actor.knownGroup, roles: actor.roles, rule };
}

/** A role actor given a country ("the mayor" of Istanbul → TURGOV), its rule extended by how (`+place`). */
export function inCountry(actor: SlotActor, how: string, country: string): SlotActor {
  return restated(actor, `${actor.rule}+${how}`, composeActorCode(country, actor.roles), country);
}

/** Mentions whose tokens lie inside the phrase, in order. */
export function mentionsIn(mentions: readonly Mention[], tokenStart: number, tokenEnd: number): Mention[] {
  return mentions.filter((mention) => mention.tokenStart >= tokenStart && mention.tokenEnd <= tokenEnd);
}

/**
 * Words after a country that make it the name of a currency: "asked Congress for 2.50 billion U.S. dlrs", "a 220 mln
 * Canadian dlr interest-free loan". Reuters writes "dlrs" for dollars; a currency is an amount, not an actor.
 */
const CURRENCY_WORDS = new Set(['dlr', 'dlrs', 'dollar', 'dollars']);

/** Does this mention name a currency ("U.S. dlrs"), not an actor? */
export function namesCurrency(tokens: readonly Token[], mention: Mention): boolean {
  return CURRENCY_WORDS.has(tokens[mention.tokenEnd]?.lower ?? '');
}

/** Possessive marks after a name: "Brazil's", "the creditors' ". */
const POSSESSIVE_MARKS = new Set(["'s", "'", '’s', '’']);

/**
 * Where the relational noun that `from` begins the modifiers of stands (index), or -1: only adjectives, numbers
 * and nouns between ("'s 700 creditors", "'s industrial partners", "trading partners").
 */
function relationalHeadAt(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i < from + 4; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart) return -1;
    if (RELATIONAL_NOUNS.has(token.lower)) {
      const next = tokens[i + 1];
      // "Japanese creditor banks": the relation only modifies the head, whose nationality the country gives. A day
      // word is no head ("Turkey's NATO allies today called on both countries").
      return next && !next.sentenceStart && next.pos === 'NOUN' && !DAY_WORDS.has(next.lower) ? -1 : i;
    }
    if (token.pos !== 'ADJ' && token.pos !== 'NUM' && token.pos !== 'NOUN') return -1;
  }
  return -1;
}

/**
 * Is this country named as the owner of a relation, not as an actor: "as demanded by West Germany's industrial
 * partners", "some of Brazil's 700 creditors had filed lawsuits", "U.S. trading partners called on Washington",
 * "he has called on U.S. Allies to help"? A possessive or a name before the relational noun says whose partners
 * they are; they are the other party. A nationality adjective ("Japanese creditors") and an organisation of
 * members ("its OPEC partners", "NATO allies") still name who they are.
 */
function ownsRelation(tokens: readonly Token[], mention: Mention): boolean {
  if (mention.roles.length > 0 || mention.knownGroup !== null || mention.kind !== 'country') return false;
  const after = tokens[mention.tokenEnd];
  if (!after) return false;
  if (POSSESSIVE_MARKS.has(after.text)) return relationalHeadAt(tokens, mention.tokenEnd + 1) >= 0;
  if (mention.via !== 'name' && mention.via !== 'alias') return false;
  return relationalHeadAt(tokens, mention.tokenEnd) >= 0;
}

/** Is there a possessive mark inside the mention or right after it ("Turkey's NATO allies", "Brazil's creditors")? */
function hasPossessive(tokens: readonly Token[], mention: Mention): boolean {
  for (let i = mention.tokenStart + 1; i <= mention.tokenEnd; i++)
    if (POSSESSIVE_MARKS.has(tokens[i]?.text ?? '')) return true;
  return false;
}

/**
 * "Greece and Turkey's NATO allies today called on both countries": a country joined by "and" to the possessive
 * owner of a relation shares the possessive; the allies are both countries', and neither of them is the caller.
 */
function ownsRelationJointly(
  tokens: readonly Token[],
  mention: Mention,
  mentions: readonly Mention[],
): boolean {
  if (mention.roles.length > 0 || mention.knownGroup !== null || mention.kind !== 'country') return false;
  if (tokens[mention.tokenEnd]?.lower !== 'and') return false;
  const owner = mentions.find((other) => other.tokenStart === mention.tokenEnd + 1);
  return !!owner && hasPossessive(tokens, owner) && ownsRelation(tokens, owner);
}

/**
 * "Chile's creditor banks have approved the package", "suggested to its foreign bank creditors": banks that are a
 * country's creditors are other countries' banks; the role stays, the possessor's country goes.
 */
function withoutRelationOwner(tokens: readonly Token[], mention: Mention): Mention {
  if (mention.roles.length === 0 || mention.country === null || mention.knownGroup !== null) return mention;
  let possessive = -1;
  for (let i = mention.tokenStart; i < mention.tokenEnd; i++)
    if (POSSESSIVE_MARKS.has(tokens[i]!.text)) possessive = i;
  if (possessive < 0) return mention;
  let relational = false;
  for (let i = possessive + 1; i < mention.tokenEnd; i++)
    if (RELATIONAL_NOUNS.has(tokens[i]!.lower)) relational = true;
  if (!relational) return mention;
  return { ...mention, code: composeActorCode('---', mention.roles), country: null };
}

/**
 * The actors a phrase names:
 * - coordinated actors each count ("Finland and Sweden"; "Ukraine's intelligence service and a number of
 *   Western leaders"); a bare country before a coordinated role noun shares its roles ("US and British
 *   activists" → USAOPP, GBROPP);
 * - otherwise one actor: the mention at the phrase's head, else the first mention before any preposition,
 *   else the first mention; a role with no country takes the country of a later mention in the phrase
 *   ("a court in Guyana" → GUYJUD, "the mayor of … Nablus" → PSEGOV).
 */
export function phraseActors(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  phrase: Phrase,
): SlotActor[] {
  const inside = mentionsIn(mentions, phrase.tokenStart, phrase.tokenEnd)
    .filter(
      (mention) =>
        (mention.via !== 'pronoun' || mention.code !== '---') &&
        !namesCurrency(tokens, mention) &&
        !ownsRelation(tokens, mention) &&
        !ownsRelationJointly(tokens, mention, mentions),
    )
    .map((mention) => withoutRelationOwner(tokens, mention));
  if (inside.length === 0) return [];
  const coordinated = coordination(tokens, inside);
  if (coordinated.length > 1) {
    const last = coordinated[coordinated.length - 1]!;
    return coordinated.map((mention) => {
      if (
        mention !== last &&
        mention.roles.length === 0 &&
        mention.kind === 'country' &&
        last.roles.length > 0 &&
        // A role noun shared ("US and British activists"), not a named group's roles ("Israel and Hamas").
        last.kind === 'role' &&
        tokens[mention.tokenEnd]?.lower === 'and' &&
        last.tokenStart === mention.tokenEnd + 1
      ) {
        const code = composeActorCode(mention.code, last.roles);
        return {
          mention,
          code,
          country: mention.country,
          knownGroup: mention.knownGroup,
          roles: last.roles,
          rule: 'coordination-shared-role',
        };
      }
      return slotActor(mention, 'coordination');
    });
  }
  const head =
    inside.find((mention) => mention.tokenStart <= phrase.head && mention.tokenEnd > phrase.head) ??
    inside.find((mention) => !hasPrepositionBefore(tokens, phrase.tokenStart, mention.tokenStart)) ??
    inside[0]!;
  if (head.country === null && head.knownGroup === null && head.roles.length > 0) {
    const organisation = inside.find(
      (mention) => mention.tokenStart > head.tokenStart && isOrganisationMember(tokens, head, mention),
    );
    if (organisation) {
      const { code, country, knownGroup, roles } = organisation;
      return [{ mention: head, code, country, knownGroup, roles, rule: 'member-of' }];
    }
    const withCountry = inside.find(
      (mention) => mention !== head && mention.country !== null && mention.tokenStart > head.tokenStart,
    );
    // "Officials of major Japanese banks said …": officials of a body that has roles of its own (banks, rebels,
    // a ministry) are its people, and are coded as it is, not as the government of its country.
    if (withCountry && isMemberOf(tokens, head, withCountry)) {
      const { code, country, knownGroup, roles } = withCountry;
      return [{ mention: head, code, country, knownGroup, roles, rule: 'member-of' }];
    }
    if (withCountry) {
      // "The foreign ministers of France, Germany and Britain": the role is each listed country's.
      const listed = coordination(tokens, inside.slice(inside.indexOf(withCountry)));
      const countries =
        listed.length > 1 &&
        joinedAsMember(tokens, head, withCountry) &&
        listed.every((mention) => mention.kind === 'country' && mention.roles.length === 0)
          ? listed
          : [withCountry];
      return countries.map((mention) => ({
        mention: head,
        code: composeActorCode(mention.country!, head.roles),
        country: mention.country,
        knownGroup: null,
        roles: head.roles,
        rule: 'role+country',
      }));
    }
  }
  return [slotActor(head, 'head')];
}

/** Prepositions that join a member to its body: "officials of the banks", "a spokesman for the rebels". */
const MEMBERSHIP_PREPS = new Set(['of', 'for', 'at']);

/**
 * Is `head` (a role with no country) a member of `body`, a country's body with roles the head lacks, joined to it by
 * "of", "for" or "at" with only determiners and adjectives between ("Officials of major Japanese banks")?
 */
function isMemberOf(tokens: readonly Token[], head: Mention, body: Mention): boolean {
  // A known group keeps the country's composite as before ("leaders of Egypt's Muslim Brotherhood" → EGY…).
  if (body.knownGroup !== null || body.roles.length === 0) return false;
  if (head.roles.every((role) => body.roles.includes(role))) return false;
  return joinedAsMember(tokens, head, body);
}

/**
 * Is `body` an organisation of states (an IGO) that `head`, a role with no country, speaks or works for? "A
 * spokeswoman for the EC Commission", "transport ministers of the European Community", "a spokesman for NATO":
 * its people are coded as the organisation, not as the government of the region it is filed under (EURGOV,
 * WSTGOV) nor as nobody's (---GOV for the World Bank, which has no country).
 */
function isOrganisationMember(tokens: readonly Token[], head: Mention, body: Mention): boolean {
  return body.kind === 'organisation' && body.code.startsWith('IGO') && joinedAsMember(tokens, head, body);
}

/**
 * Is `head` joined to `body` by "of", "for" or "at" with only determiners and adjectives between ("Officials of
 * major Japanese banks"), as one of its people?
 */
function joinedAsMember(tokens: readonly Token[], head: Mention, body: Mention): boolean {
  // "Opponents of Rwanda's Senate", "critics of the Iranian government" stand against the body, not in it.
  if (head.roles.includes('OPP')) return false;
  const prep = tokens[head.tokenEnd];
  if (!prep || !MEMBERSHIP_PREPS.has(prep.lower)) return false;
  let from = head.tokenEnd + 1;
  // "The leaders of two of Japan's top business groups": a part of the body is of it all the same.
  if (tokens[from]?.pos === 'NUM' && tokens[from + 1]?.lower === 'of') from += 2;
  for (let i = from; i < body.tokenStart; i++) {
    const pos = tokens[i]!.pos;
    if (pos !== 'DET' && pos !== 'ADJ') return false;
  }
  return true;
}

function hasPrepositionBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'ADP') return true;
  return false;
}

/** Mentions joined by "and", "or" or list commas with nothing else between them but determiners and adjectives. */
function coordination(tokens: readonly Token[], inside: readonly Mention[]): Mention[] {
  const chain: Mention[] = [inside[0]!];
  for (let k = 1; k < inside.length; k++) {
    const previous = chain[chain.length - 1]!;
    const next = inside[k]!;
    let joined = false;
    let clean = true;
    for (let i = previous.tokenEnd; i < next.tokenStart; i++) {
      const token = tokens[i]!;
      if (COORDINATORS.has(token.lower)) joined = true;
      else if (!(
        token.pos === 'DET' ||
        token.pos === 'ADJ' ||
        token.pos === 'NUM' ||
        (token.lower === 'of' && joined) ||
        token.pos === 'NOUN' ||
        inHyphenModifier(tokens, i)
      ))
        clean = false;
    }
    if (joined && clean) chain.push(next);
    else if (chain.length === 1) continue;
    else break;
  }
  return chain;
}

/** Is token `i` part of a hyphenated modifier such as "Kurdish-led" or "Iranian-backed" ("and the Kurdish-led SDF")? */
function inHyphenModifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.text === '-') return tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end;
  if (token.pos === 'VERB') return tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === token.start;
  return token.pos === 'PROPN' && tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === token.end;
}
