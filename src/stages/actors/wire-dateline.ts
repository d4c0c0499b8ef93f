import type { Token } from '../../doc/layers.js';
import { CALENDAR_WORDS, DATELINE_DASHES } from '../places/locative-cues.js';

/** How far a dateline's dash may stand from its first word: `TAUPO, New Zealand, March 23 -`. */
const MAX_DATELINE_TOKENS = 16;

/** A word written in capitals only ("WASHINGTON", "U.S."), as wire datelines write the place. */
const isCapsWord = (text: string) => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * Where the text after a wire dateline starts. A paragraph that opens with a place in capitals, then a comma
 * or a parenthesis, a date or "(Reuters)" and a free-standing dash (`WASHINGTON, March 31 -`,
 * `MOSCOW (Reuters) -`) names where the story was filed, not who acts: the actors stage reads the sentence
 * from the token after the dash. Returns `start` when the sentence does not open with a dateline.
 */
export function afterDateline(tokens: readonly Token[], start: number, end: number): number {
  const first = tokens[start];
  if (!first || (start > 0 && tokens[start - 1]!.paragraph === first.paragraph)) return start;
  let k = start;
  while (k < end && isCapsWord(tokens[k]!.text)) k++;
  if (k === start || k >= end || (tokens[k]!.text !== ',' && tokens[k]!.text !== '(')) return start;
  let marked = false;
  for (const last = Math.min(end, start + MAX_DATELINE_TOKENS); k < last; k++) {
    const token = tokens[k]!;
    // The dateline's dash stands apart ("March 31 -"); a hyphen inside a word ("41-year-old") is no dash.
    if (DATELINE_DASHES.has(token.text) && tokens[k - 1]!.end < token.start) return marked ? k + 1 : start;
    if (token.text === '(' || /^\d/.test(token.text) || CALENDAR_WORDS.has(token.lower.replace(/\.$/, '')))
      marked = true;
  }
  return start;
}
