import type { Token } from '../../doc/layers.js';
import { CALENDAR_WORDS, DATELINE_DASHES } from '../places/locative-cues.js';

/** How far a dateline's dash may stand from its first word: `TAUPO, New Zealand, March 23 -`. */
const MAX_DATELINE_TOKENS = 16;

/** A word written in capitals only ("WASHINGTON", "U.S."), as wire datelines write the place. */
const isCapsWord = (text: string) => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** How many capitalised words may name the country or state after a dateline's place: `ZEEBRUGGE, West Germany -`. */
const MAX_DATELINE_REGION_WORDS = 3;

const isCapitalisedWord = (text: string) => /^\p{Lu}\p{Ll}/u.test(text);

/**
 * Where the text after a wire dateline starts. A paragraph that opens with a place in capitals, then a comma
 * or a parenthesis, a date or "(Reuters)" and a free-standing dash (`WASHINGTON, March 31 -`,
 * `MOSCOW (Reuters) -`) names where the story was filed, not who acts: the actors stage reads the sentence
 * from the token after the dash. News digests leave the date out (`BUENOS AIRES - Pope John Paul …`,
 * `FREETOWN, Sierra Leone - …`): the place in capitals, at most a capitalised country after a comma, then the
 * dash and a capitalised word. Returns `start` when the sentence does not open with a dateline.
 */
export function afterDateline(tokens: readonly Token[], start: number, end: number): number {
  const first = tokens[start];
  if (!first || (start > 0 && tokens[start - 1]!.paragraph === first.paragraph)) return start;
  let k = start;
  while (k < end && isCapsWord(tokens[k]!.text)) k++;
  if (k === start || k >= end) return start;
  const undated = undatedDash(tokens, k, end);
  if (undated > 0) return undated;
  if (tokens[k]!.text !== ',' && tokens[k]!.text !== '(') return start;
  let marked = false;
  for (const last = Math.min(end, start + MAX_DATELINE_TOKENS); k < last; k++) {
    const token = tokens[k]!;
    // The dateline's dash stands apart ("March 31 -"); a hyphen inside a word ("41-year-old") is no dash.
    if (isDash(tokens, k)) return marked ? k + 1 : start;
    if (token.text === '(' || /^\d/.test(token.text) || CALENDAR_WORDS.has(token.lower.replace(/\.$/, '')))
      marked = true;
  }
  return start;
}

/** A dash standing apart from the word before it. */
const isDash = (tokens: readonly Token[], k: number) =>
  DATELINE_DASHES.has(tokens[k]!.text) && tokens[k - 1]!.end < tokens[k]!.start;

/**
 * After the place in capitals (`k` is the token after it): the token after a dash that follows at once or
 * after a comma and a capitalised country (`, Sierra Leone -`), when a capitalised word follows the dash; else 0.
 */
function undatedDash(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]!.text === ',') {
    let words = 0;
    for (k++; k < end && words < MAX_DATELINE_REGION_WORDS && isCapitalisedWord(tokens[k]!.text); k++)
      words++;
    if (words === 0) return 0;
  }
  if (k + 1 >= end || !isDash(tokens, k)) return 0;
  const next = tokens[k + 1]!;
  return /^\p{Lu}/u.test(next.text) && /\p{Ll}/u.test(next.text) && next.start > tokens[k]!.end ? k + 1 : 0;
}
