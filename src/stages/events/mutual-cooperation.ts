import type { Clause, Phrase, Token } from '../../doc/layers.js';

/**
 * Nouns of a relation between actors: "Brazil and the United States are seeking to deepen a partnership" is
 * a partnership of the two with each other.
 */
const RELATION_NOUNS = new Set([
  'tie',
  'ties',
  'relation',
  'relations',
  'relationship',
  'partnership',
  'friendship',
  'cooperation',
  'alliance',
  'dialogue',
  'link',
  'links',
  'contact',
  'contacts',
  'agreement',
  'accord',
  'deal',
  'pact',
  'treaty',
]);

/**
 * Codes whose act is done with the other signatories: "Japan and Britain have signed a memorandum", "China and
 * Portugal today initialled a joint declaration". The pattern already requires an agreement-like object.
 */
const MUTUAL_CODES = new Set(['057']);

/** Is the code's act one done with the other signatories (see `MUTUAL_CODES`)? */
export function isMutualCode(code: string): boolean {
  return MUTUAL_CODES.has(code);
}

/** Verbs whose act is done together: "France and Germany agreed to cooperate". */
const MUTUAL_VERBS = new Set(['cooperate', 'partner', 'reconcile', 'ally', 'collaborate']);

/** Words that make cooperation material: trade, energy, investment, arms. */
const MATERIAL_DOMAIN = new Set([
  'economic',
  'economy',
  'trade',
  'commerce',
  'commercial',
  'business',
  'investment',
  'investments',
  'financial',
  'finance',
  'energy',
  'oil',
  'gas',
  'biofuel',
  'biofuels',
  'industrial',
  'industry',
  'agricultural',
  'agriculture',
  'military',
  'defense',
  'defence',
  'arms',
]);

/** Prepositions whose phrase names what a relation is about: "a partnership in energy", "ties on trade". */
const DOMAIN_PREPS = new Set(['in', 'on', 'of', 'over']);

/**
 * Is the clause's act one that its sources do with each other? It is when its code is signing an agreement
 * (057), its verb is mutual ("cooperate") or its object is a relation ("deepen a partnership") and no phrase of the pattern's target
 * slots names another partner: with a compound subject, each source is the other's partner.
 */
export function isMutualAct(
  tokens: readonly Token[],
  clause: Clause,
  object: Phrase | null,
  targetSlots: readonly string[],
  code: string,
): boolean {
  // "pledged to cooperate with the ATPC": a partner is named, even one the dictionaries do not know.
  if (clause.preps.some((prep) => targetSlots.includes(prep.prep))) return false;
  if (MUTUAL_CODES.has(code) || MUTUAL_VERBS.has(clause.verb.lemma)) return true;
  const phrase = object ?? clause.objects[0];
  if (!phrase) return false;
  const head = tokens[phrase.head]!;
  return RELATION_NOUNS.has(head.lower) || RELATION_NOUNS.has(head.lemma.toLowerCase());
}

/**
 * Does the relation's phrase name a material domain ("energy partnership", "a partnership in energy",
 * "economic ties")? Looks at the object and the prepositional phrases that follow it directly.
 */
export function hasMaterialDomain(tokens: readonly Token[], clause: Clause, object: Phrase): boolean {
  const has = (phrase: Phrase) => {
    for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) {
      const token = tokens[i]!;
      if (MATERIAL_DOMAIN.has(token.lower) || MATERIAL_DOMAIN.has(token.lemma.toLowerCase())) return true;
    }
    return false;
  };
  if (has(object)) return true;
  let end = object.tokenEnd;
  for (const prep of clause.preps) {
    if (prep.tokenIndex < end) continue;
    if (prep.tokenIndex !== end || !DOMAIN_PREPS.has(prep.prep)) break;
    if (has(prep.phrase)) return true;
    end = prep.phrase.tokenEnd;
  }
  return false;
}
