import type { Clause, Token } from '../../doc/layers.js';
import type { ToneFile } from '../../dictionaries/lexicon-schema.js';

/** The tone of what a speaker said, read off the words of the content. */
export type Tone = 'criticism' | 'demand' | 'neutral';

export interface ToneLexicon {
  readonly criticism: readonly (readonly string[])[];
  readonly demand: readonly (readonly string[])[];
}

export function toneLexicon(tone: ToneFile): ToneLexicon {
  const split = (phrases: readonly string[]) => phrases.map((phrase) => phrase.split(/\s+/));
  return { criticism: split(tone.criticism), demand: split(tone.demand) };
}

function containsPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrase: readonly string[],
): boolean {
  for (let i = from; i + phrase.length <= to; i++) {
    let all = true;
    for (let k = 0; k < phrase.length; k++) {
      const token = tokens[i + k]!;
      if (token.lower !== phrase[k] && token.lemma.toLowerCase() !== phrase[k]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Criticism cues outrank demand cues: "must stop its dangerous provocations" is a criticism first. */
export function contentTone(tokens: readonly Token[], from: number, to: number, lexicon: ToneLexicon): Tone {
  if (lexicon.criticism.some((phrase) => containsPhrase(tokens, from, to, phrase))) return 'criticism';
  if (lexicon.demand.some((phrase) => containsPhrase(tokens, from, to, phrase))) return 'demand';
  return 'neutral';
}

/**
 * The code of a speech act from its content's tone: a criticism of another actor is a disapproval (111)
 * or, when that actor is the agent of the content ("the US is dragging Kiev …"), an accusation (112); a
 * demand is 100; anything else a statement (010).
 */
export function speechActCode(tone: Tone, targetIsAgent: boolean): string {
  if (tone === 'criticism') return targetIsAgent ? '112' : '111';
  if (tone === 'demand') return '100';
  return '010';
}

/** Clauses that are the content of a speech clause: its complements, and theirs, and what they coordinate. */
export function contentClauses(speech: Clause, clauses: readonly Clause[]): Clause[] {
  const content: Clause[] = [];
  const queue = [speech.index];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const clause of clauses) {
      if (
        clause.parent === parent &&
        clause.sentence === speech.sentence &&
        !content.includes(clause) &&
        clause !== speech
      ) {
        if (parent === speech.index && clause.kind !== 'complement') continue;
        content.push(clause);
        queue.push(clause.index);
      }
    }
  }
  return content.sort((a, b) => a.start - b.start);
}
