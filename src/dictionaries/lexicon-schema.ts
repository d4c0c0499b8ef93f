import { z } from 'zod';

const lemma = z.string().regex(/^[\p{Ll}' -]+$/u, 'a lower-case lemma such as "say" or "according to"');

/** `data/dictionaries/cues.yaml`: the words that introduce quotes. */
export const cuesFile = z
  .object({
    verbs: z.array(
      z
        .object({
          lemma,
          /** The speaker denies the content ("denied that …"). */
          denial: z.boolean().optional(),
          /** The content is an allegation ("accused X of …", "claimed that …"). */
          allegation: z.boolean().optional(),
          /**
           * A cue only beside a quotation ("'…,' returned she", "he continued: '…'"); elsewhere the verb has its
           * own sense ("returned four Armenian soldiers", "continue the offensive") and takes no reported clause.
           */
          quoteOnly: z.boolean().optional(),
          note: z.string().min(1),
        })
        .strict(),
    ),
    nouns: z.array(
      z
        .object({
          lemma,
          /** The noun names a document that can speak ("the statement read"). */
          document: z.boolean().optional(),
          note: z.string().min(1),
        })
        .strict(),
    ),
    according: z.array(z.object({ phrase: lemma, note: z.string().min(1) }).strict()),
  })
  .strict();

/** `data/dictionaries/modality.yaml`: frames and hedges that make an act not (yet) a fact. */
export const modalityFile = z
  .object({
    intent: z.array(lemma),
    desire: z.array(lemma),
    expectation: z.array(lemma),
    threat: z.array(lemma),
    refusal: z.array(lemma),
    implicative: z.array(lemma),
    hedges: z.array(lemma),
    habituals: z.array(lemma),
    presentHabituals: z.array(lemma),
    hypotheticalModals: z.array(lemma),
    intentModals: z.array(lemma),
  })
  .strict();

/** `data/dictionaries/tone.yaml`: cues for coding a speech act by its content. */
export const toneFile = z
  .object({
    criticism: z.array(lemma),
    demand: z.array(lemma),
  })
  .strict();

export type ToneFile = z.infer<typeof toneFile>;
export type CuesFile = z.infer<typeof cuesFile>;
export type ModalityFile = z.infer<typeof modalityFile>;
