import { z } from 'zod';

/** A CAMEO event code: 2 to 4 digits, always a string ("010" is not "10"). */
export const eventCode = z
  .string()
  .regex(/^\d{2,4}$/, 'a CAMEO event code written as a string of 2-4 digits, e.g. "042"');

/** One expected event of a pattern's example sentence. */
export const patternExampleEvent = z
  .object({
    /** Actor key of the source: a country code (RUS) or known group (NAT); `null` when none. */
    source: z.string().nullable(),
    target: z.string().nullable(),
    /** Expected code; defaults to the pattern's own code. */
    code: eventCode.optional(),
  })
  .strict();

export const patternExample = z
  .object({
    text: z.string().min(1),
    /** Events the coder must produce from `text` (at least the one of this pattern). */
    events: z.array(patternExampleEvent).min(1),
  })
  .strict();

/**
 * A verb or noun pattern of the events dictionary (`data/dictionaries/patterns/*.yaml`).
 *
 * - `verb`: verb phrases, lemma first, then particles ("suspend", "call on", "break off"); matched on lemmas.
 * - `noun`: event nouns ("expulsion", "invasion", "sanction"); the source is the possessor ("NATO's
 *   expulsion of …") or a `by` phrase, the target the `of`/`against`/`on` complement or an actor adjective
 *   inside the noun phrase ("the expulsion of eight Russian diplomats").
 * - `object`: when given, the head of the direct object (for a noun, of its `of` complement) must be one of
 *   these lemmas ("suspend ties", "expel diplomats"); `<place>` stands for any place of the gazetteer ("captured
 *   Kherson"). A pattern with `object` beats one without.
 * - `target`: where the target is: `object` (the direct object, or an actor inside the object phrase:
 *   "expelled eight Russian diplomats" → RUS) and/or prepositions whose object is the target ("with",
 *   "on", "against"). Default `[object]`.
 * - `examples`: sentences the tests code; each must give the listed events.
 */
export const pattern = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id such as expel-diplomats'),
    code: eventCode,
    verb: z.array(z.string().min(1)).optional(),
    noun: z.array(z.string().min(1)).optional(),
    object: z.array(z.string().min(1)).optional(),
    target: z.array(z.string().min(1)).default(['object']),
    /** Prepositions whose phrase is the source; the subject then is the target: "received weapons from X". */
    source: z.array(z.string().min(1)).optional(),
    examples: z.array(patternExample).min(1),
    note: z.string().optional(),
  })
  .strict()
  .refine((p) => (p.verb?.length ?? 0) + (p.noun?.length ?? 0) > 0, {
    message: 'a pattern needs at least one `verb` or `noun`',
  });

export const patternFile = z
  .object({
    /** The CAMEO root code this file covers, e.g. "16". */
    root: z.string().regex(/^\d{2}$/),
    name: z.string().min(1),
    patterns: z.array(pattern),
  })
  .strict();

export type Pattern = z.infer<typeof pattern>;
export type PatternFile = z.infer<typeof patternFile>;
