import type { EntryOrigin } from '../../dictionaries/actor-dictionary.js';
import type { PatternDictionary } from '../../dictionaries/pattern-dictionary.js';
import { PARTICLES as VERB_PARTICLES, type VerbLexicon } from '../clauses/verb-groups.js';

/** Particles of phrasal verbs ("call on", "break off", "step up"), and "together" ("come together"). */
export const PARTICLES = new Set([...VERB_PARTICLES, 'together']);
const PREPOSITIONS = new Set([
  'as',
  'alongside',
  'beside',
  'with',
  'to',
  'on',
  'against',
  'at',
  'for',
  'from',
  'in',
  'into',
  'of',
  'over',
  'about',
  'upon',
  'toward',
  'towards',
  'between',
  'among',
  'by',
  'across',
  'onto',
  'under',
  'around',
  'behind',
  'after',
  'before',
  'within',
  'without',
]);

/** Particles that stay particles even when the phrase goes on ("take over the city", "call on X to"). */
const PARTICLES_FIRST = new Set(['on', 'off', 'up', 'over', 'out', 'down', 'back', 'away']);

/** A pattern compiled for one verb phrase or noun. */
export interface CompiledPattern {
  readonly id: string;
  readonly code: string;
  readonly root: string;
  readonly origin: EntryOrigin;
  readonly kind: 'verb' | 'noun';
  readonly lemma: string;
  readonly particle: string | null;
  /** Required object heads, each a list of lower-cased words ("phone call" → ["phone", "call"]). */
  readonly objects: readonly (readonly string[])[] | null;
  /** A preposition the phrase itself names ("meet with"): its phrase is the target. */
  readonly prep: string | null;
  /** Where the target may be, in order: "object" or prepositions. */
  readonly targets: readonly string[];
  /** Prepositions whose phrase is the source instead of the subject ("receive … from"); the subject is then the target. */
  readonly sources: readonly string[];
  /** The pattern's examples include an act with no target ("Russia's veto of the resolution"). */
  readonly targetless: boolean;
  /** How much the pattern constrains: more specific patterns win. */
  readonly specificity: number;
  /** The phrase as written, for `dyad explain`. */
  readonly phrase: string;
}

export interface PatternIndex {
  readonly byVerb: ReadonlyMap<string, readonly CompiledPattern[]>;
  readonly byNoun: ReadonlyMap<string, readonly CompiledPattern[]>;
  readonly lexicon: VerbLexicon;
  readonly version: string;
}

/**
 * Compiles the pattern dictionary. A verb phrase is read as: the verb lemma, then an optional particle
 * ("break off"), words that must head the object ("exchange views with"), and a final preposition whose
 * phrase is the target ("meet with").
 */
export function compilePatterns(
  dictionary: PatternDictionary,
  extraVerbs: Iterable<string> = [],
): PatternIndex {
  const byVerb = new Map<string, CompiledPattern[]>();
  const byNoun = new Map<string, CompiledPattern[]>();
  const verbs = new Set<string>(extraVerbs);
  const phrasal = new Set<string>();
  for (const { pattern, root, origin } of dictionary.patterns) {
    // wink-nlp splits most hyphenated words ("cease - fire", "confidence - building") and keeps a few whole
    // ("re-examine"): a hyphenated object word is matched in both forms.
    const objectList =
      pattern.object?.flatMap((object) => {
        const words = object.toLowerCase().split(/\s+/);
        return object.includes('-')
          ? [
              words,
              object
                .toLowerCase()
                .replace(/(\S)-(\S)/g, '$1 - $2')
                .split(/\s+/),
            ]
          : [words];
      }) ?? null;
    // Specificity counts the words as written: a split hyphenated word is one word.
    const longestObject = Math.max(0, ...(pattern.object ?? []).map((object) => object.split(/\s+/).length));
    for (const phrase of pattern.verb ?? []) {
      const words = phrase.toLowerCase().split(/\s+/);
      const lemma = words[0]!;
      let particle: string | null = null;
      let prep: string | null = null;
      const objectWords: string[] = [];
      words.slice(1).forEach((word, i, rest) => {
        const last = i === rest.length - 1;
        // "hand over", "take over", "call on": a particle right after the verb; "meet with": a preposition.
        if (
          i === 0 &&
          PARTICLES.has(word) &&
          (!(last && PREPOSITIONS.has(word)) || PARTICLES_FIRST.has(word))
        ) {
          particle = word;
        } else if (last && PREPOSITIONS.has(word)) {
          prep = word;
        } else {
          objectWords.push(word);
        }
      });
      const objects = objectWords.length > 0 ? [objectWords] : objectList;
      verbs.add(lemma);
      if (particle) phrasal.add(`${lemma} ${particle}`);
      const compiled: CompiledPattern = {
        id: pattern.id,
        code: pattern.code,
        root,
        origin,
        kind: 'verb',
        lemma,
        particle,
        objects,
        prep,
        targets: pattern.target,
        sources: pattern.source ?? [],
        targetless: pattern.examples.some((example) => example.events.some((event) => event.target === null)),
        // More object words constrain more: "car bomb" beats "bomb", "military aid" beats "aid".
        specificity:
          (objects ? 4 + (objectWords.length > 0 ? objectWords.length : longestObject) - 1 : 0) +
          (particle ? 2 : 0) +
          (prep ? 2 : 0),
        phrase,
      };
      const list = byVerb.get(lemma) ?? [];
      list.push(compiled);
      byVerb.set(lemma, list);
    }
    for (const noun of pattern.noun ?? []) {
      const words = noun.toLowerCase().split(/\s+/);
      const lemma = words[words.length - 1]!;
      const compiled: CompiledPattern = {
        id: pattern.id,
        code: pattern.code,
        root,
        origin,
        kind: 'noun',
        lemma,
        particle: null,
        objects: words.length > 1 ? [words.slice(0, -1)] : objectList,
        prep: null,
        targets: pattern.target,
        sources: pattern.source ?? [],
        targetless: pattern.examples.some((example) => example.events.some((event) => event.target === null)),
        specificity: (words.length > 1 ? 2 : 0) + (objectList ? 4 : 0),
        phrase: noun,
      };
      const list = byNoun.get(lemma) ?? [];
      list.push(compiled);
      byNoun.set(lemma, list);
      if (lemma.endsWith('s')) continue;
      // wink-nlp lemmatises most plurals, but not all ("talks"): index the plural too.
      const plural = byNoun.get(`${lemma}s`) ?? [];
      plural.push(compiled);
      byNoun.set(`${lemma}s`, plural);
    }
  }
  return { byVerb, byNoun, lexicon: { verbs, phrasal }, version: dictionary.version };
}
