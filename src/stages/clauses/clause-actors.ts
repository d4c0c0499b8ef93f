import type { Clause, Mention, Token } from '../../doc/layers.js';
import { phraseActors, restated, type SlotActor } from './phrase-actors.js';

/** Personal pronouns that stand as a clause's subject. */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'we', 'i', 'he', 'she']);

/**
 * The actors a clause's subject names. A pronoun subject with no mention of its own ("NATO has said that it
 * is ready", "Israel announced it would free") is the actor of the clause that governs it: the speech verb's
 * subject for a complement, the governing verb's for an infinitive or a coordinated verb.
 */
export function clauseSubjectActors(
  clause: Clause,
  clauses: readonly Clause[],
  tokens: readonly Token[],
  mentions: readonly Mention[],
  depth = 0,
): SlotActor[] {
  if (!clause.subject) return [];
  const found = phraseActors(tokens, mentions, clause.subject);
  if (found.length > 0) return found;
  const head = tokens[clause.subject.head]!;
  if (!PRONOUN_SUBJECTS.has(head.lower) || depth > 5 || clause.parent === null) return [];
  const governing = clauses[clause.parent]!;
  return clauseSubjectActors(governing, clauses, tokens, mentions, depth + 1).map((actor) =>
    restated(actor, 'pronoun-governor'),
  );
}
